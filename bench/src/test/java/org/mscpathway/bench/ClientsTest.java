package org.mscpathway.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.junit.jupiter.api.Test;

class ClientsTest {

    @Test
    void everyCaseNumberRunsExactlyOnceAcrossTheClients() {
        ConcurrentMap<Integer, Integer> runs = new ConcurrentHashMap<>();

        new Clients(3).run(100, 50, n -> runs.merge(n, 1, Integer::sum));

        assertThat(runs).hasSize(50).containsOnlyKeys(java.util.stream.IntStream.range(100, 150).boxed().toList());
        assertThat(runs.values()).containsOnly(1);
    }

    @Test
    void aFailingCaseFailsTheRunNamingTheCause() {
        assertThatThrownBy(() -> new Clients(2).run(0, 10, n -> {
            if (n == 7) {
                throw new IllegalStateException("case 7 answered 500");
            }
        })).hasMessageContaining("case 7 answered 500");
    }
}
