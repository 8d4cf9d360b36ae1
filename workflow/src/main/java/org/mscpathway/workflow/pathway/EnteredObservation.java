package org.mscpathway.workflow.pathway;

import java.time.LocalDate;
import java.util.Objects;
import org.mscpathway.screening.record.ObservationValue;

/**
 * A LOINC-coded result as entered: the value in the {@code unit} typed (null: none typed, the test's own unit),
 * unlike the evaluator's {@link org.mscpathway.screening.record.Observation}, which holds it converted.
 */
public record EnteredObservation(String loinc, ObservationValue value, String unit, LocalDate date) {

    public EnteredObservation {
        Objects.requireNonNull(loinc, "loinc");
        Objects.requireNonNull(value, "value");
    }
}
