package org.mscpathway.platform.embedded;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server and Kafka broker of the embedded default. The database is up before Spring creates any
 * bean; the broker, whose address is fixed in advance, finishes starting while the application context is built
 * (Kafka clients wait for it, readiness reports it), which keeps a warm start short.
 */
final class EmbeddedServices implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServices.class);

    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile LocalPostgres postgres;
    private volatile LocalKafkaBroker broker;
    private volatile CompletableFuture<LocalKafkaBroker> brokerStarted = CompletableFuture.completedFuture(null);

    void start(EmbeddedProperties settings) {
        long began = System.nanoTime();
        broker = new LocalKafkaBroker(settings.kafkaDirectory(), settings.kafkaPort(), settings.kafkaControllerPort());
        brokerStarted = CompletableFuture.supplyAsync(broker::start, task -> new Thread(task, "embedded-kafka-start").start());
        brokerStarted.whenComplete((started, failure) -> reportBroker(failure, began));
        try {
            postgres = LocalPostgres.start(settings.postgresDirectory(), settings.postgresPort());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        log.info("Embedded default: {} is up after {} ms; Kafka is starting on {} (data in {}). Both stop with the "
                        + "application. To use external services instead, set SPRING_DATASOURCE_URL and "
                        + "SPRING_KAFKA_BOOTSTRAP_SERVERS or activate the production profile.",
                postgres.describe(), millisSince(began), broker.bootstrapServers(), settings.kafkaDirectory());
    }

    private void reportBroker(Throwable failure, long began) {
        if (failure == null) {
            log.info("Embedded default: {} is up after {} ms.", broker.describe(), millisSince(began));
        } else {
            // The platform keeps working without a broker (events wait in the outbox); readiness reports it.
            log.error("Embedded default: the Kafka broker did not start; the platform runs without it", failure);
        }
    }

    private static long millisSince(long began) {
        return Duration.ofNanos(System.nanoTime() - began).toMillis();
    }

    /** The Spring properties that point the application at the embedded services. */
    Map<String, Object> springProperties() {
        return Map.of(
                "spring.datasource.url", postgres.jdbcUrl(),
                "spring.datasource.username", LocalPostgres.USER,
                "spring.datasource.password", "",
                "spring.kafka.bootstrap-servers", broker.bootstrapServers());
    }

    /** Stops the broker (once it has finished starting), then the database; safe to call more than once. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        brokerStarted.handle((started, failure) -> started).join();
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
