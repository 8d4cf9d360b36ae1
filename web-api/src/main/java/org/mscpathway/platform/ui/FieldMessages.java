package org.mscpathway.platform.ui;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mscpathway.workflow.pathway.InvalidCaseDataException;
import org.mscpathway.workflow.pathway.InvalidCaseDataException.FieldError;

/**
 * The pathway's field errors keyed by their path ({@code medicalHistory.conditions[0].status}), so that a form shows
 * each message beside the field it names; a message whose field has no input on the page is shown above the form.
 */
public final class FieldMessages {

    private static final FieldMessages NONE = new FieldMessages(Map.of());

    private final Map<String, String> byPath;
    private final Map<String, FieldName> names;

    private FieldMessages(Map<String, String> byPath) {
        this(byPath, Map.of());
    }

    private FieldMessages(Map<String, String> byPath, Map<String, FieldName> names) {
        this.byPath = byPath;
        this.names = names;
    }

    /**
     * How a form that is not one of the step forms names its fields (its label, the id of its input), by path; the
     * summary above the form names any other field as the step forms do ({@link FieldLabels}).
     */
    public record FieldName(String label, String anchor) {
    }

    /** The same messages, with the fields of a form of its own named as that form shows them. */
    public FieldMessages naming(Map<String, FieldName> fields) {
        return new FieldMessages(byPath, Map.copyOf(fields));
    }

    /** How the form that was sent names the field at {@code path}, or null when it is a step form's. */
    FieldName nameOf(String path) {
        return names.get(path);
    }

    public static FieldMessages none() {
        return NONE;
    }

    public static FieldMessages of(InvalidCaseDataException invalid) {
        return of(invalid.errors());
    }

    public static FieldMessages of(List<FieldError> errors) {
        Map<String, String> byPath = new LinkedHashMap<>();
        errors.forEach(error -> byPath.merge(error.field(), error.message(), (a, b) -> a + "; " + b));
        return new FieldMessages(Collections.unmodifiableMap(byPath));
    }

    /** The message for a field, or null. */
    public String at(String path) {
        return byPath.get(path);
    }

    public boolean has(String path) {
        return byPath.containsKey(path);
    }

    public boolean isEmpty() {
        return byPath.isEmpty();
    }

    /** Every message with its field, for the summary above a form. */
    public Map<String, String> all() {
        return byPath;
    }
}
