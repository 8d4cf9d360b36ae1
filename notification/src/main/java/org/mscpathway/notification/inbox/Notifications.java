package org.mscpathway.notification.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The signed-in user's in-app notifications: what web-api serves on {@code /api/v1/notifications}. */
public class Notifications {

    private final JdbcClient jdbc;

    Notifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The most notifications one page may hold. */
    public static final int MAX_PAGE = 500;

    private static final String COLUMNS =
            "id, event_id, type, case_id, step, outcome, created_at, read_at IS NOT NULL AS read";

    /**
     * One page of the user's notifications, newest first: a user is told of every case for years, so the list is
     * never read whole.
     *
     * @param limit  at most this many, 1 to {@link #MAX_PAGE}
     * @param before only those older than the user's notification with this id (the last of the previous page);
     *               {@code null} for the newest. Another user's id gives an empty page.
     */
    public List<Notification> forUser(String username, int limit, Long before) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_PAGE + " (got " + limit + ")");
        }
        if (before == null) {
            return jdbc.sql("SELECT " + COLUMNS + """
                             FROM msc.notification WHERE recipient = ?
                            ORDER BY created_at DESC, id DESC LIMIT ?""")
                    .params(username, limit)
                    .query(Notifications::notification)
                    .list();
        }
        // keyset on (created_at, id), the inbox index's order, so a page costs the same however deep it is
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM msc.notification
                        WHERE recipient = ?
                          AND (created_at, id) < (SELECT created_at, id FROM msc.notification
                                                   WHERE id = ? AND recipient = ?)
                        ORDER BY created_at DESC, id DESC LIMIT ?""")
                .params(username, before, username, limit)
                .query(Notifications::notification)
                .list();
    }

    /**
     * How many of the user's notifications are unread, counted up to {@code atMost} (the bell's count, on every page):
     * counting them all would read every unread notification of a user who never opens them, a cost that grows with
     * the years; the first {@code atMost} come from the unread index.
     */
    public long unreadCount(String username, int atMost) {
        return jdbc.sql("""
                        SELECT count(*) FROM (SELECT 1 FROM msc.notification
                                               WHERE recipient = ? AND read_at IS NULL LIMIT ?) AS unread""")
                .params(username, atMost)
                .query(Long.class)
                .single();
    }

    /** One of the user's own notifications; empty for an unknown id or someone else's. */
    public Optional<Notification> find(String username, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM msc.notification WHERE id = ? AND recipient = ?")
                .params(id, username)
                .query(Notifications::notification)
                .optional();
    }

    /**
     * Marks one of the user's own notifications read (again is harmless).
     *
     * @return {@code false} if the user has no notification with that id, including one that is someone else's
     */
    public boolean markRead(String username, long id) {
        return jdbc.sql("UPDATE msc.notification SET read_at = coalesce(read_at, now()) WHERE id = ? AND recipient = ?")
                .params(id, username)
                .update() == 1;
    }

    /** Marks all of the user's unread notifications read; returns how many were unread. */
    public int markAllRead(String username) {
        return jdbc.sql("UPDATE msc.notification SET read_at = now() WHERE recipient = ? AND read_at IS NULL")
                .params(username)
                .update();
    }

    private static Notification notification(ResultSet rs, int row) throws SQLException {
        return new Notification(rs.getLong("id"), rs.getObject("event_id", UUID.class), rs.getString("type"),
                rs.getObject("case_id", UUID.class), rs.getString("step"), rs.getString("outcome"),
                rs.getTimestamp("created_at").toInstant(), rs.getBoolean("read"));
    }
}
