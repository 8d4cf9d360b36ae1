package org.mscpathway.screening.record;

import java.time.LocalDate;
import java.util.Objects;

/** A LOINC-coded result. Codes the evaluator does not read are kept and ignored. */
public record Observation(String loinc, ObservationValue value, String unit, LocalDate date) {

    public Observation {
        Objects.requireNonNull(loinc, "loinc");
        Objects.requireNonNull(value, "value");
        loinc = loinc.trim();
    }
}
