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

    private FieldMessages(Map<String, String> byPath) {
        this.byPath = byPath;
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
