package org.mscpathway.screening.json;

import java.util.Objects;

/**
 * One invalid field of a submitted document, by its path, e.g.
 * {@code ("observations[3].value", "must be a number in 10*9/L for this test (got a string)")}.
 * Messages never repeat patient-identifying values.
 */
public record FieldError(String path, String message) {

    public FieldError {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
