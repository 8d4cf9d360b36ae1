package org.mscpathway.screening.catalogue;

import java.util.EnumMap;
import java.util.Map;

/** The value of every {@link Threshold}, as the catalogue sets it or an indication profile overrides it. */
public final class Thresholds {

    private final EnumMap<Threshold, Double> values;

    Thresholds(Map<Threshold, Double> values) {
        this.values = new EnumMap<>(values);
        for (Threshold threshold : Threshold.values()) {
            if (!this.values.containsKey(threshold)) {
                throw new IllegalArgumentException("no value for threshold " + threshold.key());
            }
        }
    }

    public double value(Threshold threshold) {
        return values.get(threshold);
    }

    /** For windows and classes, which the catalogue guarantees are whole numbers. */
    public int whole(Threshold threshold) {
        return (int) value(threshold);
    }

    Thresholds with(Map<Threshold, Double> overrides) {
        EnumMap<Threshold, Double> merged = new EnumMap<>(values);
        merged.putAll(overrides);
        return new Thresholds(merged);
    }
}
