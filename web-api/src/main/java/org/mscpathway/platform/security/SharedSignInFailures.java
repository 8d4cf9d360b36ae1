package org.mscpathway.platform.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The failed sign-ins of all instances, in PostgreSQL: each instance writes its own failures and successes here and
 * reads the others' to throttle as one cluster. Only digests of the throttle keys are stored.
 */
@Component
class SharedSignInFailures {

    /** What another instance saw: a failure for the key, or (cleared) a successful sign-in to the account. */
    record Sighting(long id, String key, Instant at, boolean cleared) {
    }

    private final JdbcTemplate jdbc;
    private final UUID instance = UUID.randomUUID();

    SharedSignInFailures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void failed(List<String> keys, Instant at) {
        for (String key : keys) {
            insert(key, at, false);
        }
    }

    void cleared(String key, Instant at) {
        insert(key, at, true);
    }

    /** Sightings of other instances after the given id, oldest first. */
    List<Sighting> othersAfter(long id) {
        return jdbc.query("SELECT id, throttle_key, failed_at, cleared FROM msc.sign_in_failure"
                        + " WHERE id > ? AND instance_id <> ? ORDER BY id",
                (row, n) -> new Sighting(row.getLong(1), row.getString(2), row.getTimestamp(3).toInstant(),
                        row.getBoolean(4)), id, instance);
    }

    void forgetBefore(Instant oldest) {
        jdbc.update("DELETE FROM msc.sign_in_failure WHERE failed_at < ?", Timestamp.from(oldest));
    }

    private void insert(String key, Instant at, boolean cleared) {
        jdbc.update("INSERT INTO msc.sign_in_failure (throttle_key, failed_at, cleared, instance_id)"
                + " VALUES (?, ?, ?, ?)", key, Timestamp.from(at), cleared, instance);
    }
}
