package org.mscpathway.screening.record;

import java.util.Objects;

/** A lab result is either qualitative (serology, hCG) or a number in the unit the terminology table fixes. */
public sealed interface ObservationValue {

    record Qualitative(QualitativeResult result) implements ObservationValue {
        public Qualitative {
            Objects.requireNonNull(result, "result");
        }

        @Override
        public String toString() {
            return result.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    record Quantity(double value) implements ObservationValue {
        public Quantity {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("value must be a finite number");
            }
        }

        @Override
        public String toString() {
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
        }
    }
}
