package org.mscpathway.platform.system;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * Readiness includes the broker: the case events the platform promises are only published while a Kafka cluster
 * answers. One admin client, created at the first check, serves all checks; each waits at most
 * {@code msc.health.kafka-timeout}.
 */
@Component
class KafkaHealthIndicator implements HealthIndicator, DisposableBean {

    private final Map<String, Object> config;
    private final int timeoutMs;
    private AdminClient admin;

    KafkaHealthIndicator(KafkaAdmin kafkaAdmin, HealthProperties properties) {
        this.timeoutMs = Math.toIntExact(properties.kafkaTimeout().toMillis());
        this.config = new HashMap<>(kafkaAdmin.getConfigurationProperties());
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "msc-pathway-health");
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs);
        // While the broker is away, try again every few seconds rather than flooding the log every second.
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 10_000);
    }

    private synchronized AdminClient admin() {
        if (admin == null) {
            admin = AdminClient.create(config);
        }
        return admin;
    }

    @Override
    public Health health() {
        DescribeClusterResult cluster = admin().describeCluster(new DescribeClusterOptions().timeoutMs(timeoutMs));
        try {
            String clusterId = cluster.clusterId().get(timeoutMs, TimeUnit.MILLISECONDS);
            int nodes = cluster.nodes().get(timeoutMs, TimeUnit.MILLISECONDS).size();
            return Health.up().withDetail("clusterId", clusterId).withDetail("nodes", nodes).build();
        } catch (ExecutionException e) {
            return Health.down().withDetail("error", e.getCause().getClass().getSimpleName()).build();
        } catch (TimeoutException e) {
            return Health.down().withDetail("error", "no answer within " + timeoutMs + " ms").build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().withDetail("error", "interrupted").build();
        }
    }

    @Override
    public synchronized void destroy() {
        if (admin != null) {
            admin.close();
        }
    }
}
