package org.mscpathway.workflow.pathway;

import java.util.List;

/** A submitted body failed validation; every bad field is named. Answered with 400. */
public class InvalidCaseDataException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidCaseDataException(List<FieldError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    public InvalidCaseDataException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String summary(List<FieldError> errors) {
        return errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " invalid fields";
    }

    public record FieldError(String field, String message) {
    }
}
