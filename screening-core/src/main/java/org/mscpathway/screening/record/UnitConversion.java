package org.mscpathway.screening.record;

import java.util.Objects;

/**
 * One unit a quantitative result may be written in, and how a value in it becomes a value in the catalogue unit
 * of its test: {@code catalogueValue = value * factor + offset} (HbA1c mmol/mol to %: 0.0915 x value + 2.15).
 */
public record UnitConversion(String unit, double factor, double offset) {

    public UnitConversion {
        Objects.requireNonNull(unit, "unit");
    }

    public boolean isIdentity() {
        return factor == 1 && offset == 0;
    }

    public double toCatalogueUnit(double value) {
        return value * factor + offset;
    }

    /** How the documentation states it, e.g. {@code "÷ 88.4"} or {@code "× 0.0915 + 2.15"}. */
    public String describe() {
        if (isIdentity()) {
            return "same unit";
        }
        String scale = factor < 1 && offset == 0 ? "÷ " + format(1 / factor) : "× " + format(factor);
        return offset == 0 ? scale : scale + " + " + format(offset);
    }

    private static String format(double value) {
        double rounded = Math.round(value * 10_000) / 10_000.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }
}
