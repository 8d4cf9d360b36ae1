package org.mscpathway.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default runs the broker inside the platform's JVM, whose heap after start must stay under 256 MB
 * (docs/performance.md): the broker's share of it is small.
 */
class LocalKafkaBrokerTest {

    private static final long MIB = 1024 * 1024;

    @TempDir
    Path data;

    @Test
    void aStartedBrokerHoldsLittleHeap() {
        long before = heapUsedAfterFullGc();
        try (LocalKafkaBroker broker = new LocalKafkaBroker(data, 0, 0).start()) {
            long held = heapUsedAfterFullGc() - before;

            // Kafka's default log cleaner alone would hold 128 MiB from the start.
            assertThat(held).as("heap held by the started broker, MiB: %d", held / MIB).isLessThan(96 * MIB);
        }
    }

    private static long heapUsedAfterFullGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
