package org.mscpathway.screening.record;

import java.time.LocalDate;
import java.util.Objects;

/** A medication from the history, ATC coded; {@code end} is when a stopped medication was last taken. */
public record Medication(String atc, String name, MedicationStatus status, LocalDate end) {

    public Medication {
        Objects.requireNonNull(atc, "atc");
        Objects.requireNonNull(status, "status");
        atc = atc.trim().toUpperCase(java.util.Locale.ROOT);
    }
}
