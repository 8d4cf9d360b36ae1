package org.mscpathway.screening.catalogue;

import java.util.HashMap;
import java.util.Map;

/**
 * Every configurable threshold and time window of the rule catalogue, with the key it has under
 * {@code thresholds} in the catalogue file and the range a value must lie in. Windows are whole numbers.
 */
public enum Threshold {
    SEROLOGY_VALID_DAYS("trustedData.serologyValidDays", true, 0, 3_650),
    BLOOD_COUNT_VALID_DAYS("trustedData.bloodCountValidDays", true, 0, 3_650),
    OTHER_RESULT_VALID_DAYS("trustedData.otherResultValidDays", true, 0, 3_650),

    PREGNANCY_TEST_VALID_DAYS("pregnancy.testValidDays", true, 0, 365),
    CHILDBEARING_AGE_FROM_YEARS("pregnancy.childbearingAgeFromYears", true, 0, 120),
    CHILDBEARING_AGE_TO_YEARS("pregnancy.childbearingAgeToYears", true, 0, 120),

    MALIGNANCY_REMOTE_AFTER_YEARS("malignancy.remoteAfterYears", true, 0, 100),
    CEA_ABOVE("malignancy.ceaAboveNgMl", false, 0, 100_000),
    PSA_ABOVE("malignancy.psaAboveNgMl", false, 0, 100_000),
    AFP_ABOVE("malignancy.afpAboveNgMl", false, 0, 100_000),
    CA_125_ABOVE("malignancy.ca125AboveUMl", false, 0, 100_000),
    PERSONAL_HISTORY_REMOTE_AFTER_YEARS("malignancy.personalHistoryRemoteAfterYears", true, 0, 100),

    FEVER_AT_OR_ABOVE_C("infection.feverAtOrAboveCelsius", false, 35, 42),
    PROCALCITONIN_AT_OR_ABOVE("infection.procalcitoninAtOrAboveNgMl", false, 0, 1_000),
    ANTIBIOTIC_WITHIN_DAYS("infection.antibioticWithinDays", true, 0, 3_650),
    NEUTROPHILS_BELOW("infection.neutrophilsBelow10e9L", false, 0, 100),
    LEUKOCYTES_BELOW("infection.leukocytesBelow10e9L", false, 0, 100),
    CRP_ABOVE("infection.crpAboveMgL", false, 0, 1_000),
    SEPSIS_WITHIN_DAYS("infection.sepsisWithinDays", true, 0, 3_650),
    ANTIMICROBIAL_WITHIN_DAYS("infection.antimicrobialWithinDays", true, 0, 3_650),
    TUBERCULOSIS_TREATMENT_WITHIN_DAYS("infection.tuberculosisTreatmentWithinDays", true, 0, 3_650),
    LIVE_VACCINE_WITHIN_DAYS("infection.liveVaccineWithinDays", true, 0, 3_650),

    NYHA_ABSOLUTE_FROM_CLASS("cardiac.nyhaAbsoluteFromClass", true, 1, 5),
    NYHA_RELATIVE_FROM_CLASS("cardiac.nyhaRelativeFromClass", true, 1, 5),
    LVEF_ABSOLUTE_BELOW_PERCENT("cardiac.lvefAbsoluteBelowPercent", false, 0, 100),
    LVEF_RELATIVE_BELOW_PERCENT("cardiac.lvefRelativeBelowPercent", false, 0, 100),
    ACUTE_CORONARY_WITHIN_MONTHS("cardiac.acuteCoronaryWithinMonths", true, 0, 1_200),
    OLD_INFARCTION_WITHIN_MONTHS("cardiac.oldInfarctionOnsetWithinMonths", true, 0, 1_200),
    THROMBOEMBOLISM_WITHIN_MONTHS("cardiac.thromboembolismWithinMonths", true, 0, 1_200),
    SYSTOLIC_AT_OR_ABOVE("cardiac.systolicAtOrAboveMmHg", false, 0, 400),
    DIASTOLIC_AT_OR_ABOVE("cardiac.diastolicAtOrAboveMmHg", false, 0, 300),
    NT_PROBNP_ABOVE("cardiac.ntProBnpAbovePgMl", false, 0, 100_000),
    BNP_ABOVE("cardiac.bnpAbovePgMl", false, 0, 100_000),

    PLATELETS_ABSOLUTE_BELOW("coagulation.plateletsAbsoluteBelow10e9L", false, 0, 1_000),
    PLATELETS_RELATIVE_BELOW("coagulation.plateletsRelativeBelow10e9L", false, 0, 1_000),
    INR_ABOVE("coagulation.inrAbove", false, 0, 20),
    HAEMOGLOBIN_BELOW("coagulation.haemoglobinBelowGdL", false, 0, 25),

    EGFR_BELOW("organFunction.egfrBelow", false, 0, 200),
    CREATININE_ABOVE("organFunction.creatinineAboveMgDl", false, 0, 100),
    SPO2_ABSOLUTE_BELOW("organFunction.spo2AbsoluteBelowPercentIntravenous", false, 0, 100),
    SPO2_RELATIVE_BELOW("organFunction.spo2RelativeBelowPercent", false, 0, 100),
    HBA1C_ABOVE("organFunction.hba1cAbovePercent", false, 0, 30),
    ALT_ABOVE("organFunction.altAboveUL", false, 0, 100_000),
    AST_ABOVE("organFunction.astAboveUL", false, 0, 100_000),
    BILIRUBIN_ABOVE("organFunction.bilirubinAboveMgDl", false, 0, 1_000),

    MINOR_BELOW_YEARS("age.minorBelowYears", true, 0, 120),
    ELDERLY_FROM_YEARS("age.elderlyFromYears", true, 0, 150);

    private static final Map<String, Threshold> BY_KEY = new HashMap<>();

    static {
        for (Threshold threshold : values()) {
            BY_KEY.put(threshold.key, threshold);
        }
    }

    private final String key;
    private final boolean whole;
    private final double min;
    private final double max;

    Threshold(String key, boolean whole, double min, double max) {
        this.key = key;
        this.whole = whole;
        this.min = min;
        this.max = max;
    }

    /** The threshold of a key, or {@code null}. */
    public static Threshold forKey(String key) {
        return BY_KEY.get(key);
    }

    /** The key under {@code thresholds}, e.g. {@code cardiac.lvefAbsoluteBelowPercent}. */
    public String key() {
        return key;
    }

    /** The problem with a value for this threshold, or {@code null} if it is acceptable. */
    String problemWith(double value) {
        boolean inRange = value >= min && value <= max;
        if (whole && (!inRange || value != Math.rint(value))) {
            return "must be a whole number between " + format(min) + " and " + format(max);
        }
        return inRange ? null : "must be a number between " + format(min) + " and " + format(max);
    }

    private static String format(double value) {
        return Long.toString((long) value);
    }
}
