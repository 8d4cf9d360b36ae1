package org.mscpathway.screening.assessment;

import java.util.Objects;

/**
 * A result in the record that the evaluator did not count, and why, e.g.
 * {@code ("LOINC 1988-5", "older than 180 days")} or {@code ("LOINC 6690-2", "undated")}: it neither satisfied a
 * requirement nor fired a finding, so the person entering data sees why it was ignored.
 */
public record UncountedResult(String item, String reason) {

    public UncountedResult {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(reason, "reason");
    }
}
