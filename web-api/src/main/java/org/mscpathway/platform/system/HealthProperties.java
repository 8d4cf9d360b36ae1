package org.mscpathway.platform.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param kafkaTimeout how long the readiness check waits for the Kafka cluster to answer */
@ConfigurationProperties("msc.health")
record HealthProperties(Duration kafkaTimeout) {
}
