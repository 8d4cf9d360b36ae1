package org.mscpathway.platform.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Describes a body that did not bind, the way the API names fields ({@code observations[1].value}) and without
 * repeating the submitted value, which may be patient data.
 */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            }
        }
        return path.isEmpty() ? "(body)" : path.toString();
    }

    static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .map(value -> value.toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", "));
        }
        if (LocalDate.class.equals(type)) {
            return "must be a date like 2026-11-25";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "must be a number";
        }
        if (Boolean.class.equals(type) || boolean.class.equals(type)) {
            return "must be true or false";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "must be text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list";
        }
        return "must be an object";
    }
}
