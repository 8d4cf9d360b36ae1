package org.mscpathway.embedded;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.mscpathway.platform.embedded.EmbeddedServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The PostgreSQL server and Kafka broker of the embedded default, found by web-api's launcher through
 * {@code META-INF/services}. Their addresses are fixed before they start, so both start while Spring builds the
 * application context, which keeps a warm start short: the context waits for the database only when it creates the
 * DataSource ({@link #awaitDatabase()}); Kafka clients wait for the broker themselves, and readiness reports it.
 */
public final class LocalServices implements EmbeddedServices {

    private static final Logger log = LoggerFactory.getLogger(LocalServices.class);

    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile LocalPostgres postgres;
    private volatile LocalKafkaBroker broker;
    private volatile CompletableFuture<LocalPostgres> postgresStarted = CompletableFuture.completedFuture(null);
    private volatile CompletableFuture<LocalKafkaBroker> brokerStarted = CompletableFuture.completedFuture(null);

    @Override
    public Map<String, Object> start(ConfigurableEnvironment environment) {
        start(Binder.get(environment).bindOrCreate("msc.embedded", EmbeddedProperties.class));
        return springProperties();
    }

    void start(EmbeddedProperties settings) {
        long began = System.nanoTime();
        DataDirectory.requireOwn(settings.postgresDirectory());
        postgres = new LocalPostgres(settings.postgresDirectory(), settings.postgresPort(),
                settings.postgresPasswordFile(), PostgresPassword.readOrCreate(settings.postgresPasswordFile()));
        LoopbackPorts.requireFree(postgres.port(), "PostgreSQL");
        broker = new LocalKafkaBroker(settings.kafkaDirectory(), settings.kafkaPort(), settings.kafkaControllerPort());
        LoopbackPorts.requireFree(broker.port(), "Kafka broker");
        postgresStarted = inBackground("embedded-postgres-start", postgres::start);
        brokerStarted = inBackground("embedded-kafka-start", broker::start);
        postgresStarted.whenComplete((started, failure) -> {
            if (failure == null) {
                log.info("Embedded default: {} is up after {} ms.", postgres.describe(), millisSince(began));
            }
        });
        brokerStarted.whenComplete((started, failure) -> {
            if (failure == null) {
                log.info("Embedded default: {} is up after {} ms.", broker.describe(), millisSince(began));
            } else {
                // The platform keeps working without a broker (events wait in the outbox); readiness reports it.
                log.error("Embedded default: the Kafka broker did not start; the platform runs without it", failure);
            }
        });
        log.info("Embedded default: starting PostgreSQL on {} (data in {}) and Kafka on {} (data in {}). Both stop "
                        + "with the application. To use external services instead, set SPRING_DATASOURCE_URL and "
                        + "SPRING_KAFKA_BOOTSTRAP_SERVERS or activate the production profile.",
                postgres.jdbcUrl(), settings.postgresDirectory(), broker.bootstrapServers(), settings.kafkaDirectory());
    }

    private static <T> CompletableFuture<T> inBackground(String name, Supplier<T> task) {
        return CompletableFuture.supplyAsync(task, runnable -> new Thread(runnable, name).start());
    }

    private static long millisSince(long began) {
        return Duration.ofNanos(System.nanoTime() - began).toMillis();
    }

    @Override
    public void awaitDatabase() {
        try {
            postgresStarted.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private Map<String, Object> springProperties() {
        return Map.of(
                "spring.datasource.url", postgres.jdbcUrl(),
                "spring.datasource.username", LocalPostgres.USER,
                "spring.datasource.password", postgres.password(),
                "spring.kafka.bootstrap-servers", broker.bootstrapServers());
    }

    /** Stops the broker, then the database, each once it has finished starting; safe to call more than once. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        brokerStarted.handle((started, failure) -> started).join();
        postgresStarted.handle((started, failure) -> started).join();
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
