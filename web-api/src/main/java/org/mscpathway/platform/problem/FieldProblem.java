package org.mscpathway.platform.problem;

/**
 * One thing wrong with a request body, as it appears in a 400 problem's {@code errors}:
 * {@code {"field": "patient.birthDate", "message": "must be a date like 1968-04-12"}}.
 */
public record FieldProblem(String field, String message) {

    public FieldProblem {
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("a field problem names its field");
        }
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a field problem says what is wrong with " + field);
        }
    }
}
