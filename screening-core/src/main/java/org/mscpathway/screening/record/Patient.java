package org.mscpathway.screening.record;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Who is being screened. {@code reference} is the site's identifier (e.g. an MRN): it is patient-identifying
 * and must never reach a log line or an event. Nullable components mean "not recorded yet".
 */
public record Patient(String reference, LocalDate birthDate, Sex sex, Double weightKg, Double heightCm) {

    public Patient {
        sex = Objects.requireNonNullElse(sex, Sex.UNKNOWN);
        if (weightKg != null && !(weightKg > 0)) {
            throw new IllegalArgumentException("weightKg must be positive");
        }
        if (heightCm != null && !(heightCm > 0)) {
            throw new IllegalArgumentException("heightCm must be positive");
        }
    }

    /** Completed years of age on {@code date}, or -1 when the birth date is unknown. */
    public int ageOn(LocalDate date) {
        if (birthDate == null) {
            return -1;
        }
        return java.time.Period.between(birthDate, date).getYears();
    }

    @Override
    public String toString() {
        // Records print every component; this one would leak the MRN and birth date into any log line.
        return "Patient[sex=" + sex + "]";
    }
}
