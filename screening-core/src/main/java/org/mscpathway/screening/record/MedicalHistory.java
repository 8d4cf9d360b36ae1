package org.mscpathway.screening.record;

import java.util.List;

/**
 * The history as taken by the coordinator. A {@code null} list means "not asked yet" (missing data);
 * an empty list means "asked: none".
 */
public record MedicalHistory(List<Condition> conditions, List<Medication> medications, List<Allergy> allergies,
                             PregnancyStatus pregnancy, Boolean lactating) {

    public MedicalHistory {
        conditions = conditions == null ? null : List.copyOf(conditions);
        medications = medications == null ? null : List.copyOf(medications);
        allergies = allergies == null ? null : List.copyOf(allergies);
    }

    public static MedicalHistory notTaken() {
        return new MedicalHistory(null, null, null, null, null);
    }
}
