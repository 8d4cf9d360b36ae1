package org.mscpathway.screening.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Typed access to the fields of a JSON document that records every problem by path instead of failing at the
 * first. No submitted value is ever repeated in a message, only its kind.
 */
final class JsonFields {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final List<FieldError> errors = new ArrayList<>();

    void error(String path, String message) {
        errors.add(new FieldError(path, message));
    }

    void addAll(JsonFields other) {
        errors.addAll(other.errors);
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidRecordException(errors);
        }
    }

    static String at(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static boolean isAbsent(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull();
    }

    /** The object at {@code path}, or {@code null} if absent or not an object (then an error is recorded). */
    JsonNode object(JsonNode node, String path) {
        return container(node, path, true);
    }

    /** The array at {@code path}, or {@code null} if absent or not an array (then an error is recorded). */
    JsonNode array(JsonNode node, String path) {
        return container(node, path, false);
    }

    private JsonNode container(JsonNode node, String path, boolean object) {
        if (isAbsent(node)) {
            return null;
        }
        if (object ? !node.isObject() : !node.isArray()) {
            error(path, "must be " + (object ? "an object" : "an array") + " (got " + describe(node) + ")");
            return null;
        }
        return node;
    }

    /** The field's node, or {@code null} when absent (an error if it is required). */
    private JsonNode field(JsonNode parent, String key, String path, boolean required) {
        JsonNode node = parent.path(key);
        if (isAbsent(node)) {
            if (required) {
                error(at(path, key), "required");
            }
            return null;
        }
        return node;
    }

    String text(JsonNode parent, String key, String path, boolean required, boolean identifying) {
        JsonNode node = field(parent, key, path, required);
        String at = at(path, key);
        if (node == null) {
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            error(at, "must be a non-empty string (got " + describe(node) + ")");
            return null;
        }
        return node.asText().trim();
    }

    LocalDate date(JsonNode parent, String key, String path, boolean required, boolean identifying) {
        JsonNode node = field(parent, key, path, required);
        String at = at(path, key);
        if (node == null) {
            return null;
        }
        String problem = "not a date (expected YYYY-MM-DD)";
        if (!node.isTextual() || !DATE.matcher(node.asText()).matches()) {
            error(at, problem);
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            error(at, "not a date of the calendar");
            return null;
        }
    }

    /** A finite number within [min, max]; {@code what} describes it in the message, e.g. "a number of kg". */
    Double number(JsonNode parent, String key, String path, double min, double max, String what, boolean identifying) {
        JsonNode node = parent.path(key);
        if (isAbsent(node)) {
            return null;
        }
        if (!node.isNumber() || !Double.isFinite(node.doubleValue())
                || node.doubleValue() < min || node.doubleValue() > max) {
            error(at(path, key), "must be " + what + " between " + format(min) + " and " + format(max)
                    + " (got " + describe(node) + ")");
            return null;
        }
        return node.doubleValue();
    }

    Integer integer(JsonNode parent, String key, String path, int min, int max, boolean identifying) {
        JsonNode node = parent.path(key);
        if (isAbsent(node)) {
            return null;
        }
        if (!node.isNumber() || !node.canConvertToExactIntegral() || !node.canConvertToInt()
                || node.intValue() < min || node.intValue() > max) {
            error(at(path, key), "must be a whole number between " + min + " and " + max
                    + " (got " + describe(node) + ")");
            return null;
        }
        return node.intValue();
    }

    Boolean bool(JsonNode parent, String key, String path) {
        JsonNode node = parent.path(key);
        if (isAbsent(node)) {
            return null;
        }
        if (!node.isBoolean()) {
            error(at(path, key), "must be true or false (got " + describe(node) + ")");
            return null;
        }
        return node.booleanValue();
    }

    /**
     * An enum constant written in the design's spelling: lower case, words joined by '-' ({@code not-pregnant}
     * for {@code NOT_PREGNANT}); case is not significant.
     */
    <E extends Enum<E>> E constant(JsonNode parent, String key, String path, Class<E> type, boolean required,
                                   boolean identifying) {
        JsonNode node = parent.path(key);
        String at = at(path, key);
        if (isAbsent(node)) {
            if (required) {
                error(at, "required: one of " + spellings(type));
            }
            return null;
        }
        if (node.isTextual()) {
            String value = node.asText().trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value)) {
                    return constant;
                }
            }
        }
        error(at, "must be one of " + spellings(type) + " (got " + describe(node) + ")");
        return null;
    }

    static <E extends Enum<E>> String spelling(E constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <E extends Enum<E>> String spellings(Class<E> type) {
        StringJoiner names = new StringJoiner(", ");
        for (E constant : type.getEnumConstants()) {
            names.add(spelling(constant));
        }
        return names.toString();
    }

    /**
     * How a value is shown in a message: its kind only. A message names the field and what it allows, never what
     * was sent, which may be a code or value of the clinical sections (and ends up in problem bodies and logs).
     */
    static String describe(JsonNode node) {
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "true or false";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        return "null";
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
