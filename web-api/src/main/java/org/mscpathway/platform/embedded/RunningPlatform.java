package org.mscpathway.platform.embedded;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * A started platform.
 *
 * @param embedded whether PostgreSQL and Kafka were started by the platform itself
 */
public record RunningPlatform(ConfigurableApplicationContext context, boolean embedded) implements AutoCloseable {

    /** Closes the context, which stops the embedded services last. */
    @Override
    public void close() {
        context.close();
    }
}
