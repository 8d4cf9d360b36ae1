package org.mscpathway.platform.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.test.web.servlet.MockMvc;

/** Liveness and readiness for orchestrators; readiness includes the database and the broker. */
@PlatformTest
class HealthTest {

    @Autowired
    MockMvc mvc;

    @Test
    void readinessIsUpWithDatabaseAndBrokerAndShowsNoDetailsToAnonymousCallers() throws Exception {
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health/readiness").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.kafka.status").value("UP"))
                .andExpect(jsonPath("$.components.kafka.details.nodes").isNumber());
    }

    @Test
    void livenessDoesNotDependOnTheBroker() throws Exception {
        mvc.perform(get("/actuator/health/liveness").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.kafka").doesNotExist());
    }

    @Test
    void brokerThatDoesNotAnswerIsDownWithinTheTimeout() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        KafkaHealthIndicator indicator = new KafkaHealthIndicator(
                new KafkaAdmin(Map.of("bootstrap.servers", "127.0.0.1:" + closedPort)),
                new HealthProperties(Duration.ofMillis(500)));
        try {
            long started = System.nanoTime();
            assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        } finally {
            indicator.destroy();
        }
    }
}
