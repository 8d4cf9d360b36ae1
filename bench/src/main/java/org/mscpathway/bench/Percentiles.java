package org.mscpathway.bench;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Latencies in microseconds (1 µs to 10 min, 3 significant digits), recorded from any thread. */
public final class Percentiles {

    private final Histogram histogram = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(10), 3);

    public void recordNanos(long nanos) {
        histogram.recordValue(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMicros(nanos), histogram.getHighestTrackableValue())));
    }

    public void recordMillis(double millis) {
        recordNanos((long) (millis * 1_000_000));
    }

    /** Adds {@code other}'s values to this one's; returns this. */
    public Percentiles add(Percentiles other) {
        histogram.add(other.histogram);
        return this;
    }

    public long count() {
        return histogram.getTotalCount();
    }

    /** Milliseconds at percentile {@code p} (0–100). */
    public double millis(double p) {
        return histogram.getValueAtPercentile(p) / 1000.0;
    }

    /** "p50 / p95 / p99 / max ms (n)". */
    public String summary() {
        return String.format("%.1f / %.1f / %.1f / %.1f ms (%d)", millis(50), millis(95), millis(99),
                histogram.getMaxValue() / 1000.0, count());
    }
}
