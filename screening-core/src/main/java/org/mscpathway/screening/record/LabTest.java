package org.mscpathway.screening.record;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The terminology the evaluator reads (docs/clinical-rules.md, "Results the evaluator reads"): each test with the LOINC
 * codes that report it, whether its value is qualitative or a number, and the unit numbers are expected in.
 * The first code is the preferred one, used when a missing result is asked for. Each quantitative test lists the
 * units a value may be written in and how each converts to the catalogue unit (catalogue 2026.2, "Data the
 * evaluator trusts"); a unit not listed is refused, never read as if it were the catalogue unit.
 */
public enum LabTest {
    PREGNANCY_TEST("pregnancy test (hCG)", null, false, ResultWindow.PREGNANCY_TEST, "2106-3", "2118-8"),
    HIV("HIV-1/2 Ag/Ab", null, false, ResultWindow.SEROLOGY, "56888-1", "31201-7"),
    HBSAG("HBsAg", null, false, ResultWindow.SEROLOGY, "5196-1"),
    ANTI_HCV("anti-HCV", null, false, ResultWindow.SEROLOGY, "16128-1"),
    SYPHILIS("syphilis serology", null, false, ResultWindow.SEROLOGY, "20507-0", "22587-0"),
    LEUKOCYTES("leukocytes", "10*9/L", true, ResultWindow.BLOOD_COUNT, "6690-2"),
    NEUTROPHILS("neutrophils", "10*9/L", true, ResultWindow.BLOOD_COUNT, "751-8"),
    PLATELETS("platelets", "10*9/L", true, ResultWindow.BLOOD_COUNT, "777-3"),
    HAEMOGLOBIN("haemoglobin", "g/dL", true, ResultWindow.BLOOD_COUNT, "718-7"),
    CRP("C-reactive protein", "mg/L", false, ResultWindow.OTHER, "1988-5"),
    PROCALCITONIN("procalcitonin", "ng/mL", false, ResultWindow.OTHER, "33959-8"),
    NT_PROBNP("NT-proBNP", "pg/mL", false, ResultWindow.OTHER, "33762-6"),
    BNP("BNP", "pg/mL", false, ResultWindow.OTHER, "30934-4"),
    LVEF("LVEF", "%", true, ResultWindow.OTHER, "10230-1", "18043-0"),
    CREATININE("creatinine", "mg/dL", false, ResultWindow.OTHER, "2160-0"),
    EGFR("eGFR", "mL/min/1.73m2", true, ResultWindow.OTHER, "62238-1", "98979-8"),
    ALT("ALT", "U/L", false, ResultWindow.OTHER, "1742-6"),
    AST("AST", "U/L", false, ResultWindow.OTHER, "1920-8"),
    BILIRUBIN("total bilirubin", "mg/dL", false, ResultWindow.OTHER, "1975-2"),
    CEA("CEA", "ng/mL", false, ResultWindow.OTHER, "2039-6"),
    PSA("PSA", "ng/mL", false, ResultWindow.OTHER, "2857-1"),
    AFP("AFP", "ng/mL", false, ResultWindow.OTHER, "1834-1"),
    CA_125("CA-125", "U/mL", false, ResultWindow.OTHER, "10334-1"),
    INR("INR", "ratio", false, ResultWindow.OTHER, "6301-6", "34714-6"),
    HBA1C("HbA1c", "%", false, ResultWindow.OTHER, "4548-4");

    private static final Map<String, LabTest> BY_LOINC = new HashMap<>();
    /**
     * The same, as an open-addressing table without entry objects: the evaluator looks up every result of every
     * record, and this lookup was the largest single cost of a full evaluation.
     */
    private static final int TABLE_MASK = 127;
    private static final String[] TABLE_CODES = new String[TABLE_MASK + 1];
    private static final LabTest[] TABLE_TESTS = new LabTest[TABLE_MASK + 1];

    static {
        for (LabTest test : values()) {
            for (String code : test.loincCodes) {
                BY_LOINC.put(code, test);
                int slot = code.hashCode() & TABLE_MASK;
                while (TABLE_CODES[slot] != null) {
                    slot = (slot + 1) & TABLE_MASK;
                }
                TABLE_CODES[slot] = code;
                TABLE_TESTS[slot] = test;
            }
        }
        String[] counts = {"10*9/L", "10^9/L", "x10*9/L", "G/L", "/nL", "10*3/uL", "10^3/uL", "10*3/mm3", "K/uL"};
        String[] perMicrolitre = {"/uL", "cells/uL", "/mm3", "cells/mm3"};
        for (LabTest count : new LabTest[] {LEUKOCYTES, NEUTROPHILS, PLATELETS}) {
            count.accept(1, 0, counts).accept(0.001, 0, perMicrolitre);
        }
        HAEMOGLOBIN.accept(1, 0, "g/dL").accept(0.1, 0, "g/L");
        CRP.accept(1, 0, "mg/L").accept(10, 0, "mg/dL");
        for (LabTest perMillilitre : new LabTest[] {PROCALCITONIN, CEA, PSA, AFP}) {
            perMillilitre.accept(1, 0, "ng/mL", "ug/L");
        }
        NT_PROBNP.accept(1, 0, "pg/mL", "ng/L");
        BNP.accept(1, 0, "pg/mL", "ng/L");
        LVEF.accept(1, 0, "%");
        CREATININE.accept(1, 0, "mg/dL").accept(1 / 88.4, 0, "umol/L");
        EGFR.accept(1, 0, "mL/min/1.73m2", "mL/min/{1.73_m2}");
        ALT.accept(1, 0, "U/L", "IU/L", "[IU]/L");
        AST.accept(1, 0, "U/L", "IU/L", "[IU]/L");
        BILIRUBIN.accept(1, 0, "mg/dL").accept(1 / 17.1, 0, "umol/L");
        CA_125.accept(1, 0, "U/mL", "kU/L");
        INR.accept(1, 0, "ratio", "{INR}", "{ratio}", "1");
        HBA1C.accept(1, 0, "%").accept(0.0915, 2.15, "mmol/mol");
    }

    private final String displayName;
    private final String unit;
    private final boolean lowerIsWorse;
    private final List<String> loincCodes;

    private final ResultWindow window;
    private final List<UnitConversion> units = new ArrayList<>();
    private final Map<String, UnitConversion> unitsAsWritten = new HashMap<>();
    private final Map<String, UnitConversion> unitsBySpelling = new HashMap<>();

    LabTest(String displayName, String unit, boolean lowerIsWorse, ResultWindow window, String... loincCodes) {
        this.displayName = displayName;
        this.unit = unit;
        this.lowerIsWorse = lowerIsWorse;
        this.window = window;
        this.loincCodes = List.of(loincCodes);
    }

    private LabTest accept(double factor, double offset, String... spellings) {
        for (String spelling : spellings) {
            UnitConversion conversion = new UnitConversion(spelling, factor, offset);
            units.add(conversion);
            unitsAsWritten.put(spelling, conversion);
            unitsBySpelling.put(normaliseUnit(spelling), conversion);
        }
        return this;
    }

    /**
     * Case, spaces, braces, brackets and underscores are not significant, µ is u, ^ is *, a superscript exponent
     * is * and its digits ({@code 10⁹/L} is {@code 10*9/L}, while {@code m²} is {@code m2}), and a leading x or ×
     * before a number is dropped: {@code "x10^9/L"} is {@code 10*9/L}, {@code "mL/min/{1.73_m2}"} is
     * {@code mL/min/1.73m2}.
     */
    static String normaliseUnit(String unit) {
        StringBuilder out = new StringBuilder(unit.length() + 2);
        for (int i = 0; i < unit.length(); i++) {
            char c = unit.charAt(i);
            int superscript = superscriptDigit(c);
            if (superscript >= 0) {
                char before = out.length() == 0 ? ' ' : out.charAt(out.length() - 1);
                if (Character.isDigit(before) && superscriptDigit(unit.charAt(i - 1)) < 0) {
                    out.append('*');
                }
                out.append((char) ('0' + superscript));
                continue;
            }
            switch (c) {
                case ' ', '{', '}', '[', ']', '_' -> { }
                case '\u00b5', '\u03bc' -> out.append('u');
                case '^' -> out.append('*');
                default -> out.append(Character.toLowerCase(c));
            }
        }
        if (out.length() > 1 && (out.charAt(0) == 'x' || out.charAt(0) == '\u00d7') && Character.isDigit(out.charAt(1))) {
            out.deleteCharAt(0);
        }
        return out.toString();
    }

    /** The value of a superscript digit (⁰ to ⁹), or -1. */
    private static int superscriptDigit(char c) {
        return switch (c) {
            case '\u2070' -> 0;
            case '\u00b9' -> 1;
            case '\u00b2' -> 2;
            case '\u00b3' -> 3;
            case '\u2074', '\u2075', '\u2076', '\u2077', '\u2078', '\u2079' -> c - '\u2070';
            default -> -1;
        };
    }

    /** The test a LOINC code reports, if the evaluator reads it. */
    public static Optional<LabTest> forLoinc(String loinc) {
        return Optional.ofNullable(BY_LOINC.get(loinc));
    }

    /** As {@link #forLoinc} without the Optional, for the evaluator's hot path; {@code null} for unknown codes. */
    public static LabTest forLoincOrNull(String loinc) {
        for (int slot = loinc.hashCode() & TABLE_MASK; TABLE_CODES[slot] != null; slot = (slot + 1) & TABLE_MASK) {
            if (TABLE_CODES[slot].equals(loinc)) {
                return TABLE_TESTS[slot];
            }
        }
        return null;
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

    /** How long a result of this test is trusted. */
    public ResultWindow window() {
        return window;
    }

    /** The units a value of this quantitative test may be written in, the catalogue unit first. */
    public List<UnitConversion> acceptedUnits() {
        return List.copyOf(units);
    }

    /**
     * How a value written in {@code unit} converts to the catalogue unit; no unit means the catalogue unit.
     *
     * @return {@code null} when the unit is not one this test accepts
     */
    public UnitConversion conversionFrom(String unit) {
        if (unit == null || unit.isBlank()) {
            return units.isEmpty() ? null : units.get(0);
        }
        if (unit.equals(this.unit)) {
            return units.get(0);
        }
        UnitConversion asWritten = unitsAsWritten.get(unit);
        return asWritten != null ? asWritten : unitsBySpelling.get(normaliseUnit(unit));
    }

    public List<String> loincCodes() {
        return loincCodes;
    }

    public String preferredLoinc() {
        return loincCodes.get(0);
    }
}
