package org.mscpathway.screening.assessment;

import java.util.Objects;

/**
 * A data item the evaluator needs before it may call anyone eligible, e.g.
 * {@code ("LOINC 2106-3", "female of childbearing age: pregnancy test within 14 days")}.
 */
public record MissingData(String item, String reason) {

    public MissingData {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(reason, "reason");
    }
}
