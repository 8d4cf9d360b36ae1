package org.mscpathway.screening.record;

/** Vital signs and functional classes at the exam; each {@code null} component was not measured. */
public record PhysicalExam(Double temperatureC, Integer heartRateBpm, Integer systolicMmHg, Integer diastolicMmHg,
                           Integer spo2Percent, Integer nyhaClass, Integer ecog) {

    public PhysicalExam {
        if (nyhaClass != null && (nyhaClass < 1 || nyhaClass > 4)) {
            throw new IllegalArgumentException("nyhaClass must be 1 to 4");
        }
        if (ecog != null && (ecog < 0 || ecog > 5)) {
            throw new IllegalArgumentException("ecog must be 0 to 5");
        }
    }
}
