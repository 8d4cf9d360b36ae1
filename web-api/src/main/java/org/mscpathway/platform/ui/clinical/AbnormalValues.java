package org.mscpathway.platform.ui.clinical;

import java.util.EnumMap;
import java.util.Map;
import org.mscpathway.screening.catalogue.Threshold;
import org.mscpathway.screening.catalogue.Thresholds;
import org.mscpathway.screening.record.LabTest;
import org.mscpathway.screening.record.ObservationValue;
import org.mscpathway.screening.record.QualitativeResult;

/**
 * Which values to flag, by the limits the case's rule catalogue (and its indication profile) already reads: a value
 * flagged here is one a rule takes as a contraindication or a reason for review (leukocytes below 3.0 ×10⁹/L, CRP
 * above 10 mg/L, SpO₂ below 90 %), and any positive test. These are decision limits, not a laboratory's normal
 * ranges; the record carries no flag of the laboratory's own (an entered result is a code, a value, a unit and a
 * date), so there is none to show. A test or vital sign the catalogue sets no limit for (heart rate) is never flagged.
 */
record AbnormalValues(Thresholds thresholds) {

    private record Limit(Threshold threshold, boolean below, boolean inclusive) {
    }

    private static final Map<LabTest, Limit> LAB_LIMITS = new EnumMap<>(LabTest.class);

    static {
        LAB_LIMITS.put(LabTest.LEUKOCYTES, new Limit(Threshold.LEUKOCYTES_BELOW, true, false));
        LAB_LIMITS.put(LabTest.NEUTROPHILS, new Limit(Threshold.NEUTROPHILS_BELOW, true, false));
        LAB_LIMITS.put(LabTest.PLATELETS, new Limit(Threshold.PLATELETS_RELATIVE_BELOW, true, false));
        LAB_LIMITS.put(LabTest.HAEMOGLOBIN, new Limit(Threshold.HAEMOGLOBIN_BELOW, true, false));
        LAB_LIMITS.put(LabTest.CRP, new Limit(Threshold.CRP_ABOVE, false, false));
        LAB_LIMITS.put(LabTest.PROCALCITONIN, new Limit(Threshold.PROCALCITONIN_AT_OR_ABOVE, false, true));
        LAB_LIMITS.put(LabTest.NT_PROBNP, new Limit(Threshold.NT_PROBNP_ABOVE, false, false));
        LAB_LIMITS.put(LabTest.BNP, new Limit(Threshold.BNP_ABOVE, false, false));
        LAB_LIMITS.put(LabTest.LVEF, new Limit(Threshold.LVEF_RELATIVE_BELOW_PERCENT, true, false));
        LAB_LIMITS.put(LabTest.CREATININE, new Limit(Threshold.CREATININE_ABOVE, false, false));
        LAB_LIMITS.put(LabTest.EGFR, new Limit(Threshold.EGFR_BELOW, true, false));
        LAB_LIMITS.put(LabTest.ALT, new Limit(Threshold.ALT_ABOVE, false, false));
        LAB_LIMITS.put(LabTest.AST, new Limit(Threshold.AST_ABOVE, false, false));
        LAB_LIMITS.put(LabTest.BILIRUBIN, new Limit(Threshold.BILIRUBIN_ABOVE, false, false));
        LAB_LIMITS.put(LabTest.CEA, new Limit(Threshold.CEA_ABOVE, false, false));
        LAB_LIMITS.put(LabTest.PSA, new Limit(Threshold.PSA_ABOVE, false, false));
        LAB_LIMITS.put(LabTest.AFP, new Limit(Threshold.AFP_ABOVE, false, false));
        LAB_LIMITS.put(LabTest.CA_125, new Limit(Threshold.CA_125_ABOVE, false, false));
        LAB_LIMITS.put(LabTest.INR, new Limit(Threshold.INR_ABOVE, false, false));
        LAB_LIMITS.put(LabTest.HBA1C, new Limit(Threshold.HBA1C_ABOVE, false, false));
    }

    /**
     * The flag of a result as entered: a number is compared in the catalogue's unit (2500 /µL is 2.5 ×10⁹/L).
     *
     * @return {@code null} when the value is within the limits, has no limit, or its unit is not one the test takes
     */
    Flag lab(LabTest test, ObservationValue value, String unit) {
        if (value instanceof ObservationValue.Qualitative qualitative) {
            return qualitative.result() == QualitativeResult.POSITIVE ? Flag.POSITIVE : null;
        }
        Limit limit = LAB_LIMITS.get(test);
        var conversion = test.conversionFrom(unit);
        if (limit == null || conversion == null) {
            return null;
        }
        return compare(conversion.toCatalogueUnit(((ObservationValue.Quantity) value).value()), limit);
    }

    Flag temperature(Double celsius) {
        return celsius == null ? null : compare(celsius, new Limit(Threshold.FEVER_AT_OR_ABOVE_C, false, true));
    }

    /** A blood pressure is high when either number reaches the catalogue's limit. */
    Flag bloodPressure(Integer systolic, Integer diastolic) {
        Flag high = systolic == null ? null : compare(systolic, new Limit(Threshold.SYSTOLIC_AT_OR_ABOVE, false, true));
        return high != null || diastolic == null ? high
                : compare(diastolic, new Limit(Threshold.DIASTOLIC_AT_OR_ABOVE, false, true));
    }

    Flag spo2(Integer percent) {
        return percent == null ? null : compare(percent, new Limit(Threshold.SPO2_RELATIVE_BELOW, true, false));
    }

    Flag nyha(Integer nyhaClass) {
        return nyhaClass == null ? null
                : compare(nyhaClass, new Limit(Threshold.NYHA_RELATIVE_FROM_CLASS, false, true));
    }

    private Flag compare(double value, Limit limit) {
        double bound = thresholds.value(limit.threshold());
        if (limit.below()) {
            return value < bound || limit.inclusive() && value == bound ? Flag.LOW : null;
        }
        return value > bound || limit.inclusive() && value == bound ? Flag.HIGH : null;
    }
}
