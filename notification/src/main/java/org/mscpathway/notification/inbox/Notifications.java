package org.mscpathway.notification.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The signed-in user's in-app notifications: what web-api serves on {@code /api/v1/notifications}. */
public class Notifications {

    private final JdbcClient jdbc;

    Notifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the user's notifications, newest first */
    public List<Notification> forUser(String username) {
        return jdbc.sql("""
                        SELECT id, event_id, type, case_id, step, created_at, read_at IS NOT NULL AS read
                        FROM msc.notification WHERE recipient = ? ORDER BY created_at DESC, id DESC""")
                .param(username)
                .query(Notifications::notification)
                .list();
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

    private static Notification notification(ResultSet rs, int row) throws SQLException {
        return new Notification(rs.getLong("id"), rs.getObject("event_id", UUID.class), rs.getString("type"),
                rs.getObject("case_id", UUID.class), rs.getString("step"),
                rs.getTimestamp("created_at").toInstant(), rs.getBoolean("read"));
    }
}
