package org.mscpathway.screening.record;

import java.time.LocalDate;
import java.util.Objects;

/** A diagnosis from the history, ICD-10-CM coded. {@code abatement} is when it resolved or went into remission. */
public record Condition(String icd10, ConditionStatus status, LocalDate onset, LocalDate abatement) {

    public Condition {
        Objects.requireNonNull(icd10, "icd10");
        Objects.requireNonNull(status, "status");
        icd10 = icd10.trim().toUpperCase(java.util.Locale.ROOT);
    }
}
