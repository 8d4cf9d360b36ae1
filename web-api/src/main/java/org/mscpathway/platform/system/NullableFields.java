package org.mscpathway.platform.system;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The answers' records are written with nulls (a case not yet assessed has {@code "assessment": null}); a property
 * of a reference type therefore admits null, and a primitive one does not.
 */
final class NullableFields {

    private static final String NULL = "null";
    /** What springdoc calls a {@code JsonNode}: any JSON at all, which no answer is left as. */
    private static final String JSON_TREE = "JsonNode";

    private NullableFields() {
    }

    /**
     * Tidies what the property rule leaves behind: a JSON tree typed by a published schema
     * ({@code @Schema(ref = ...)}) becomes "that schema or null", and list items are never null.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static void tidy(Map<String, Schema> components) {
        components.remove(JSON_TREE);
        for (Schema component : components.values()) {
            if (component.getProperties() == null) {
                continue;
            }
            Map<String, Schema> properties = component.getProperties();
            properties.replaceAll((name, property) -> {
                if (isTypedTree(property) && property.get$ref() != null) {
                    return orNull(new JsonSchema().$ref(property.get$ref()));
                }
                if (isTypedTree(property) && property.getItems() != null) {
                    return new JsonSchema().types(new LinkedHashSet<>(List.of("array", NULL)))
                            .items(notNull(property.getItems()));
                }
                Schema items = property.getItems();
                if (items != null) {
                    property.setItems(notNull(items));
                }
                return property;
            });
        }
    }

    /** A JSON tree the property rule made "tree or null", whose annotation says which published schema it has. */
    private static boolean isTypedTree(Schema<?> property) {
        return property.getAnyOf() != null && property.getAnyOf().stream()
                .anyMatch(option -> ("#/components/schemas/" + JSON_TREE).equals(option.get$ref()));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema notNull(Schema items) {
        if (items.getAnyOf() != null && items.getAnyOf().size() == 2) {
            return (Schema) items.getAnyOf().get(0);
        }
        if (items.getTypes() != null && items.getTypes().contains(NULL)) {
            Set<String> types = new LinkedHashSet<>(items.getTypes());
            types.remove(NULL);
            items.setTypes(types);
            if (items.getEnum() != null) {
                List values = new ArrayList(items.getEnum());
                values.remove(null);
                items.setEnum(values);
            }
        }
        return items;
    }

    private static Schema<?> orNull(Schema<?> schema) {
        return new JsonSchema().anyOf(List.of(schema, new JsonSchema().types(Set.of(NULL))));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static Schema of(Schema property, AnnotatedType type) {
        if (property == null || type == null || type.getType() == null) {
            return property;
        }
        JavaType javaType = Json.mapper().constructType(type.getType());
        if (javaType.isPrimitive()) {
            return property;
        }
        if (property.get$ref() != null) {
            return orNull(property);
        }
        if (property.getTypes() == null || property.getTypes().isEmpty()) {
            return property;
        }
        property.addType(NULL);
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            List values = new ArrayList(property.getEnum());
            values.add(null);
            property.setEnum(values);
        }
        return property;
    }
}
