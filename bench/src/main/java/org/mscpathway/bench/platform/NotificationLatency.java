package org.mscpathway.bench.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.mscpathway.bench.Percentiles;

/**
 * Event to notification, read from the platform's database after a run: for every in-app notification of an event
 * that occurred in the measured window, the notification row's {@code created_at} (the consumer's transaction, a
 * database clock) minus the outbox row's {@code occurred_at} (the step's transaction, the platform's clock; one
 * machine, so one clock). It spans the rest of the step's transaction, the relay's poll, Kafka and the consumer.
 */
public final class NotificationLatency {

    private static final String LATENCIES = """
            SELECT extract(epoch FROM n.created_at - o.occurred_at) * 1000
            FROM msc.notification n JOIN msc.outbox_event o ON o.event_id = n.event_id
            WHERE o.occurred_at >= ?""";
    private static final String PENDING = """
            SELECT (SELECT count(*) FROM msc.outbox_event WHERE occurred_at >= ? AND published_at IS NULL),
                   (SELECT count(*) FROM msc.notification n JOIN msc.outbox_event o ON o.event_id = n.event_id
                    WHERE o.occurred_at >= ?)""";

    private final String jdbcUrl;
    private final String user;
    private final String password;

    public NotificationLatency(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /**
     * Waits until every event since {@code from} is published and the notifications stop growing for two seconds
     * (at most {@code patience}), then returns their latencies.
     */
    public Percentiles since(Instant from, Duration patience) throws SQLException, InterruptedException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
            awaitQuiet(db, Timestamp.from(from), patience);
            Percentiles latencies = new Percentiles();
            try (PreparedStatement query = db.prepareStatement(LATENCIES)) {
                query.setTimestamp(1, Timestamp.from(from));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        latencies.recordMillis(rows.getDouble(1));
                    }
                }
            }
            return latencies;
        }
    }

    private static void awaitQuiet(Connection db, Timestamp from, Duration patience)
            throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        long last = -1;
        Instant stableSince = Instant.now();
        while (Instant.now().isBefore(deadline)) {
            try (PreparedStatement query = db.prepareStatement(PENDING)) {
                query.setTimestamp(1, from);
                query.setTimestamp(2, from);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    long unpublished = row.getLong(1);
                    long notifications = row.getLong(2);
                    if (notifications != last || unpublished > 0) {
                        last = notifications;
                        stableSince = Instant.now();
                    } else if (Duration.between(stableSince, Instant.now()).toMillis() >= 2000) {
                        return;
                    }
                }
            }
            Thread.sleep(200);
        }
    }
}
