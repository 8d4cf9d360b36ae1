package org.mscpathway.platform.embedded;

import java.util.Map;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The PostgreSQL server and Kafka broker of the embedded default, found with {@link java.util.ServiceLoader}: the
 * {@code embedded} module provides them in the one-machine jar; the production jar carries none, so nothing there
 * can start them.
 */
public interface EmbeddedServices extends AutoCloseable {

    /**
     * Starts both services in the background, as the environment's {@code msc.embedded.*} settings say, and answers
     * at once the Spring properties that point the platform at them ({@code spring.datasource.*},
     * {@code spring.kafka.bootstrap-servers}). Refuses before starting anything when a port or the data directory
     * belongs to someone else.
     */
    Map<String, Object> start(ConfigurableEnvironment environment);

    /** Blocks until the database accepts connections; rethrows why it could not start. */
    void awaitDatabase();

    /** Stops the broker, then the database; safe to call more than once, and before or without {@link #start}. */
    @Override
    void close();
}
