package org.mscpathway.screening.catalogue;

/** The named code sets of the catalogue file (key under {@code codes}) and the coding system of each. */
public enum CodeList {
    MALIGNANCY("malignancy", CodeSet.System.ICD10),
    LOW_RISK_MALIGNANCY("lowRiskMalignancy", CodeSet.System.ICD10),
    UNCERTAIN_BEHAVIOUR_NEOPLASM("uncertainBehaviourNeoplasm", CodeSet.System.ICD10),
    PERSONAL_HISTORY_OF_MALIGNANCY("personalHistoryOfMalignancy", CodeSet.System.ICD10),
    GENETIC_SUSCEPTIBILITY("geneticSusceptibility", CodeSet.System.ICD10),
    ANTINEOPLASTIC("antineoplastic", CodeSet.System.ATC),
    ENDOCRINE_THERAPY("endocrineTherapy", CodeSet.System.ATC),
    SYSTEMIC_AUTOIMMUNE("systemicAutoimmune", CodeSet.System.ICD10),
    IMMUNE_MEDIATED("immuneMediated", CodeSet.System.ICD10),
    SEVERE_INFECTION("severeInfection", CodeSet.System.ICD10),
    SEPSIS("sepsis", CodeSet.System.ICD10),
    TUBERCULOSIS("tuberculosis", CodeSet.System.ICD10),
    HIV_DISEASE("hivDisease", CodeSet.System.ICD10),
    CHRONIC_VIRAL_HEPATITIS("chronicViralHepatitis", CodeSet.System.ICD10),
    BONE_JOINT_INFECTION("boneJointInfection", CodeSet.System.ICD10),
    ENDOCARDITIS("endocarditis", CodeSet.System.ICD10),
    INFECTIOUS_DISEASE("infectiousDisease", CodeSet.System.ICD10),
    INFECTION_SEQUELAE("infectionSequelae", CodeSet.System.ICD10),
    SUPERFICIAL_INFECTION("superficialInfection", CodeSet.System.ICD10),
    OTHER_INFECTION("otherInfection", CodeSet.System.ICD10),
    IMMUNODEFICIENCY("immunodeficiency", CodeSet.System.ICD10),
    SYSTEMIC_ANTIBIOTIC("systemicAntibiotic", CodeSet.System.ATC),
    OTHER_ANTIMICROBIAL("otherSystemicAntimicrobial", CodeSet.System.ATC),
    ANTITUBERCULOSIS("antituberculosis", CodeSet.System.ATC),
    LIVE_VACCINE("liveVaccine", CodeSet.System.ATC),
    IMMUNOSUPPRESSANT("immunosuppressant", CodeSet.System.ATC),
    ACUTE_CORONARY_SYNDROME("acuteCoronarySyndrome", CodeSet.System.ICD10),
    OLD_MYOCARDIAL_INFARCTION("oldMyocardialInfarction", CodeSet.System.ICD10),
    CORONARY_DISEASE("coronaryDisease", CodeSet.System.ICD10),
    HEART_FAILURE("heartFailure", CodeSet.System.ICD10),
    LVEF_REQUIRED("lvefRequiredFor", CodeSet.System.ICD10),
    THROMBOEMBOLISM("thromboembolism", CodeSet.System.ICD10),
    COAGULATION_DEFECT("coagulationDefect", CodeSet.System.ICD10),
    ANTICOAGULANT("anticoagulant", CodeSet.System.ATC),
    KIDNEY_FAILURE("kidneyFailure", CodeSet.System.ICD10),
    HEPATIC_FAILURE("hepaticFailure", CodeSet.System.ICD10);

    private final String key;
    private final CodeSet.System system;

    CodeList(String key, CodeSet.System system) {
        this.key = key;
        this.system = system;
    }

    public String key() {
        return key;
    }

    public CodeSet.System system() {
        return system;
    }
}
