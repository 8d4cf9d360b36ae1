package org.mscpathway.screening.record;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The terminology the evaluator reads (DESIGN.md, "Terminology the evaluator reads"): each test with the LOINC
 * codes that report it, whether its value is qualitative or a number, and the unit numbers are expected in.
 * The first code is the preferred one, used when a missing result is asked for.
 */
public enum LabTest {
    PREGNANCY_TEST("pregnancy test (hCG)", null, false, "2106-3", "2118-8"),
    HIV("HIV-1/2 Ag/Ab", null, false, "56888-1", "31201-7"),
    HBSAG("HBsAg", null, false, "5196-1"),
    ANTI_HCV("anti-HCV", null, false, "16128-1"),
    SYPHILIS("syphilis serology", null, false, "20507-0", "22587-0"),
    LEUKOCYTES("leukocytes", "10*9/L", true, "6690-2"),
    NEUTROPHILS("neutrophils", "10*9/L", true, "751-8"),
    PLATELETS("platelets", "10*9/L", true, "777-3"),
    HAEMOGLOBIN("haemoglobin", "g/dL", true, "718-7"),
    CRP("C-reactive protein", "mg/L", false, "1988-5"),
    PROCALCITONIN("procalcitonin", "ng/mL", false, "33959-8"),
    NT_PROBNP("NT-proBNP", "pg/mL", false, "33762-6"),
    BNP("BNP", "pg/mL", false, "30934-4"),
    LVEF("LVEF", "%", true, "10230-1", "18043-0"),
    CREATININE("creatinine", "mg/dL", false, "2160-0"),
    EGFR("eGFR", "mL/min/1.73m2", true, "62238-1", "98979-8"),
    ALT("ALT", "U/L", false, "1742-6"),
    AST("AST", "U/L", false, "1920-8"),
    BILIRUBIN("total bilirubin", "mg/dL", false, "1975-2"),
    CEA("CEA", "ng/mL", false, "2039-6"),
    PSA("PSA", "ng/mL", false, "2857-1"),
    AFP("AFP", "ng/mL", false, "1834-1"),
    CA_125("CA-125", "U/mL", false, "10334-1");

    private static final Map<String, LabTest> BY_LOINC = new HashMap<>();

    static {
        for (LabTest test : values()) {
            for (String code : test.loincCodes) {
                BY_LOINC.put(code, test);
            }
        }
    }

    private final String displayName;
    private final String unit;
    private final boolean lowerIsWorse;
    private final List<String> loincCodes;

    LabTest(String displayName, String unit, boolean lowerIsWorse, String... loincCodes) {
        this.displayName = displayName;
        this.unit = unit;
        this.lowerIsWorse = lowerIsWorse;
        this.loincCodes = List.of(loincCodes);
    }

    /** The test a LOINC code reports, if the evaluator reads it. */
    public static Optional<LabTest> forLoinc(String loinc) {
        return Optional.ofNullable(BY_LOINC.get(loinc));
    }

    /** As {@link #forLoinc} without the Optional, for the evaluator's hot path; {@code null} for unknown codes. */
    public static LabTest forLoincOrNull(String loinc) {
        return BY_LOINC.get(loinc);
    }

    public String displayName() {
        return displayName;
    }

    /** {@code null} for a qualitative test. */
    public String unit() {
        return unit;
    }

    public boolean isQuantitative() {
        return unit != null;
    }

    /**
     * For two numbers of the same day, which one is the worse: a low LVEF, eGFR or blood count is worse,
     * a high marker of inflammation or organ damage is worse.
     */
    public boolean lowerIsWorse() {
        return lowerIsWorse;
    }

    public List<String> loincCodes() {
        return loincCodes;
    }

    public String preferredLoinc() {
        return loincCodes.get(0);
    }
}
