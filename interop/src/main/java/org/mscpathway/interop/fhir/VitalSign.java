package org.mscpathway.interop.fhir;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;

/**
 * The vital signs that fill the record's physical exam and the patient's weight and height, with the UCUM units
 * converted to the record's fixed unit (these fields carry no unit of their own) and how old a measurement may be
 * to count as the current exam.
 */
enum VitalSign {

    WEIGHT("patient", "weightKg", 90, Set.of("29463-7", "3141-9"),
            Map.of("kg", kg -> kg, "g", g -> g / 1000, "[lb_av]", lb -> lb * 0.45359237), Rounding.NONE),
    HEIGHT("patient", "heightCm", 1826, Set.of("8302-2"),
            Map.of("cm", cm -> cm, "m", m -> m * 100, "[in_i]", in -> in * 2.54), Rounding.NONE),
    TEMPERATURE("physicalExam", "temperatureC", 7, Set.of("8310-5"),
            Map.of("Cel", c -> c, "[degF]", f -> (f - 32) * 5 / 9), Rounding.TENTH),
    HEART_RATE("physicalExam", "heartRateBpm", 7, Set.of("8867-4"), Map.of("/min", bpm -> bpm), Rounding.NEAREST),
    SYSTOLIC("physicalExam", "systolicMmHg", 7, Set.of("8480-6"), Map.of("mm[Hg]", mmHg -> mmHg), Rounding.NEAREST),
    DIASTOLIC("physicalExam", "diastolicMmHg", 7, Set.of("8462-4"), Map.of("mm[Hg]", mmHg -> mmHg), Rounding.NEAREST),
    /** Rounded down: an SpO2 of 89.6 % is below the catalogue's 90 % and must stay below it. */
    SPO2("physicalExam", "spo2Percent", 7, Set.of("59408-5", "2708-6"), Map.of("%", percent -> percent), Rounding.DOWN);

    /** Blood pressure panels whose components are the systolic and diastolic pressures. */
    static final Set<String> BLOOD_PRESSURE_PANELS = Set.of("85354-9", "55284-4");

    enum Rounding { NONE, TENTH, NEAREST, DOWN }

    private final String section;
    private final String field;
    private final int maxAgeDays;
    private final Set<String> loinc;
    private final Map<String, DoubleUnaryOperator> units;
    private final Rounding rounding;

    VitalSign(String section, String field, int maxAgeDays, Set<String> loinc, Map<String, DoubleUnaryOperator> units,
            Rounding rounding) {
        this.section = section;
        this.field = field;
        this.maxAgeDays = maxAgeDays;
        this.loinc = loinc;
        this.units = units;
        this.rounding = rounding;
    }

    static Optional<VitalSign> forLoinc(String code) {
        for (VitalSign sign : values()) {
            if (sign.loinc.contains(code)) {
                return Optional.of(sign);
            }
        }
        return Optional.empty();
    }

    String section() {
        return section;
    }

    String field() {
        return field;
    }

    String path() {
        return section + "." + field;
    }

    int maxAgeDays() {
        return maxAgeDays;
    }

    /** The UCUM units this sign is converted from; no unit at all is the record's own unit. */
    Set<String> units() {
        return units.keySet();
    }

    /** The value in the record's unit, or empty for a unit not converted here. */
    Optional<Number> convert(double value, String ucum) {
        DoubleUnaryOperator conversion = ucum == null ? DoubleUnaryOperator.identity() : units.get(ucum);
        if (conversion == null) {
            return Optional.empty();
        }
        double converted = conversion.applyAsDouble(value);
        Number rounded = switch (rounding) {
            case NONE -> Double.valueOf(converted);
            case TENTH -> Double.valueOf(Math.round(converted * 10) / 10.0);
            case NEAREST -> Long.valueOf(Math.round(converted));
            case DOWN -> Long.valueOf((long) Math.floor(converted));
        };
        return Optional.of(rounded);
    }
}
