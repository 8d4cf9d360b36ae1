package org.mscpathway.workflow.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes outbox events to Kafka in commit order. One instance relays at a time (a PostgreSQL advisory lock held
 * for the round), which keeps each case's events in order across a cluster; a failed send ends the round and the
 * same events are tried again next round, so a broker outage delays events and never loses or reorders them.
 * Consumers de-duplicate on {@code eventId}: a crash between send and mark may publish an event twice.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** Arbitrary, fixed key of the advisory lock that elects the relaying instance. */
    private static final long RELAY_LOCK = 0x4d5343_4f7574L;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final Clock clock;
    private volatile boolean brokerDown;

    public OutboxRelay(JdbcClient jdbc, TransactionTemplate transactions, KafkaTemplate<String, String> kafka,
                       OutboxProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        this.properties = properties;
        this.clock = clock;
    }

    /** One relay round; returns how many events were published. */
    public int relay() {
        Integer sent = transactions.execute(status -> {
            Boolean locked = jdbc.sql("SELECT pg_try_advisory_xact_lock(:key)").param("key", RELAY_LOCK)
                    .query(Boolean.class).single();
            return Boolean.TRUE.equals(locked) ? publishBatch() : 0;
        });
        return sent == null ? 0 : sent;
    }

    private int publishBatch() {
        List<Pending> batch = jdbc.sql("""
                SELECT seq, case_id, ruleset_version, payload::text FROM msc.outbox_event
                WHERE published_at IS NULL ORDER BY seq LIMIT :limit""")
                .param("limit", properties.batchSize())
                .query((rs, n) -> new Pending(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4)))
                .list();
        // Send the whole batch before waiting: the idempotent producer keeps each partition's order, and only
        // the unbroken prefix of acknowledged events is marked, so a failure mid-batch never skips an event.
        List<CompletableFuture<?>> acks = new ArrayList<>(batch.size());
        for (Pending event : batch) {
            acks.add(send(event));
        }
        int sent = 0;
        for (int i = 0; i < batch.size() && acknowledged(acks.get(i)); i++) {
            jdbc.sql("UPDATE msc.outbox_event SET published_at = :now WHERE seq = :seq")
                    .param("now", Timestamp.from(clock.instant())).param("seq", batch.get(i).seq()).update();
            sent++;
        }
        return sent;
    }

    private CompletableFuture<?> send(Pending event) {
        try {
            // a case's events are keyed by the case, a ruleset's (which concern no case) by its version
            return event.caseId() != null
                    ? kafka.send(properties.topic(), event.caseId().toString(), event.payload())
                    : kafka.send(properties.rulesetTopic(), event.rulesetVersion(), event.payload());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private boolean acknowledged(CompletableFuture<?> ack) {
        try {
            ack.get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            if (brokerDown) {
                brokerDown = false;
                log.info("Kafka answers again: relaying the case events held in the outbox");
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            if (!brokerDown) {
                brokerDown = true;
                log.warn("Kafka does not accept case events ({}); they stay in the outbox and are retried",
                        e.getClass().getSimpleName());
            }
            return false;
        }
    }

    /** How many events wait to be published: a gauge for operators. */
    public long backlog() {
        return jdbc.sql("SELECT count(*) FROM msc.outbox_event WHERE published_at IS NULL").query(Long.class).single();
    }

    private record Pending(long seq, UUID caseId, String rulesetVersion, String payload) {
    }
}
