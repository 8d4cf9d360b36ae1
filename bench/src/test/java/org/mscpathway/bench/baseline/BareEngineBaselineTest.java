package org.mscpathway.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mscpathway.bench.Clients;

class BareEngineBaselineTest {

    @Test
    void everyCaseRunsThroughTheFourUserTasksToItsEnd() {
        try (BareEngineBaseline baseline = BareEngineBaseline.start("jdbc:postgresql://127.0.0.1:5432/", "postgres", "",
                "msc_bench_baseline_test", 2)) {
            double casesPerSecond = baseline.measure(new Clients(2), 1, 3);

            assertThat(baseline.endedCases()).isEqualTo(4);
            assertThat(casesPerSecond).isPositive();
        }
    }
}
