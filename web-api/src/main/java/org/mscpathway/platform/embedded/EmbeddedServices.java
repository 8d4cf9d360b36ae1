package org.mscpathway.platform.embedded;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The PostgreSQL server and Kafka broker of the embedded default, started together and stopped together. */
final class EmbeddedServices implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServices.class);

    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile LocalPostgres postgres;
    private volatile LocalKafkaBroker broker;

    /** Starts both side by side (a warm start costs the slower of the two, not their sum). */
    void start(EmbeddedProperties settings) {
        long started = System.nanoTime();
        CompletableFuture<LocalKafkaBroker> starting = CompletableFuture.supplyAsync(
                () -> LocalKafkaBroker.start(settings.kafkaDirectory(), settings.kafkaPort(), settings.kafkaControllerPort()),
                task -> new Thread(task, "embedded-kafka-start").start());
        try {
            postgres = LocalPostgres.start(settings.postgresDirectory(), settings.postgresPort());
            broker = starting.join();
        } catch (CompletionException e) {
            close();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } catch (RuntimeException e) {
            starting.thenAccept(LocalKafkaBroker::close);
            close();
            throw e;
        }
        log.info("Embedded default: started {} and {} in {} ms. They stop with the application. To use external "
                        + "services instead, set SPRING_DATASOURCE_URL and SPRING_KAFKA_BOOTSTRAP_SERVERS or activate "
                        + "the production profile.",
                postgres.describe(), broker.describe(), Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    /** The Spring properties that point the application at the embedded services. */
    Map<String, Object> springProperties() {
        return Map.of(
                "spring.datasource.url", postgres.jdbcUrl(),
                "spring.datasource.username", LocalPostgres.USER,
                "spring.datasource.password", "",
                "spring.kafka.bootstrap-servers", broker.bootstrapServers());
    }

    /** Stops the broker, then the database; safe to call more than once. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        if (broker != null) {
            broker.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        if (broker != null || postgres != null) {
            log.info("Embedded default: PostgreSQL and Kafka stopped; their data stays in place for the next start.");
        }
    }
}
