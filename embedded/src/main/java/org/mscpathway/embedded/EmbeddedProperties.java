package org.mscpathway.embedded;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded default keeps its data and which loopback ports it listens on (0: any free port).
 *
 * @param enabled             false never starts embedded services, even with no external database configured
 * @param dataDir             parent of {@code postgres/} and {@code kafka/}; kept across restarts
 * @param postgresPort        PostgreSQL's port
 * @param kafkaPort           the broker's client port
 * @param kafkaControllerPort the KRaft controller's port
 */
@ConfigurationProperties("msc.embedded")
record EmbeddedProperties(boolean enabled, Path dataDir, int postgresPort, int kafkaPort,
                                 int kafkaControllerPort) {

    EmbeddedProperties {
        if (dataDir == null) {
            throw new IllegalArgumentException("msc.embedded.data-dir must name a directory");
        }
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    Path postgresDirectory() {
        return dataDir.resolve("postgres");
    }

    /** Beside {@code postgres/}, which initdb wants empty on the first start. */
    Path postgresPasswordFile() {
        return dataDir.resolve(PostgresPassword.FILE_NAME);
    }

    Path kafkaDirectory() {
        return dataDir.resolve("kafka");
    }
}
