package org.mscpathway.screening.json;

import java.util.List;

/**
 * A patient record (or one of its sections, or a stored plan) that is not valid JSON or has invalid fields.
 * Unchecked: callers at the edge (REST controllers, workflow steps, the command line) turn it into a 400 or an
 * exit status, naming every field from {@link #errors()}.
 */
public class InvalidRecordException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidRecordException(List<FieldError> errors) {
        super(summary(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid record has at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    /** Every invalid field, in document order. */
    public List<FieldError> errors() {
        return errors;
    }

    private static String summary(List<FieldError> errors) {
        StringBuilder message = new StringBuilder("invalid record: ").append(errors.size())
                .append(errors.size() == 1 ? " error" : " errors");
        for (FieldError error : errors) {
            message.append("; ").append(error);
        }
        return message.toString();
    }
}
