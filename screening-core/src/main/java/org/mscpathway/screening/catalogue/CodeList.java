package org.mscpathway.screening.catalogue;

/** The named code sets of the catalogue file (key under {@code codes}) and the coding system of each. */
public enum CodeList {
    MALIGNANCY("malignancy", CodeSet.System.ICD10),
    LOW_RISK_MALIGNANCY("lowRiskMalignancy", CodeSet.System.ICD10),
    GENETIC_SUSCEPTIBILITY("geneticSusceptibility", CodeSet.System.ICD10),
    ANTINEOPLASTIC("antineoplastic", CodeSet.System.ATC),
    SYSTEMIC_AUTOIMMUNE("systemicAutoimmune", CodeSet.System.ICD10),
    SEVERE_INFECTION("severeInfection", CodeSet.System.ICD10),
    SEPSIS("sepsis", CodeSet.System.ICD10),
    SYSTEMIC_ANTIBIOTIC("systemicAntibiotic", CodeSet.System.ATC),
    IMMUNOSUPPRESSANT("immunosuppressant", CodeSet.System.ATC),
    ACUTE_CORONARY_SYNDROME("acuteCoronarySyndrome", CodeSet.System.ICD10),
    CORONARY_DISEASE("coronaryDisease", CodeSet.System.ICD10),
    HEART_FAILURE("heartFailure", CodeSet.System.ICD10),
    LVEF_REQUIRED("lvefRequiredFor", CodeSet.System.ICD10);

    private final String key;
    private final CodeSet.System system;

    CodeList(String key, CodeSet.System system) {
        this.key = key;
        this.system = system;
    }

    public String key() {
        return key;
    }

    CodeSet.System system() {
        return system;
    }
}
