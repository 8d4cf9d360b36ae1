package org.mscpathway.platform.security;

import java.util.List;
import java.util.Optional;
import org.mscpathway.notification.routing.Recipient;
import org.mscpathway.notification.routing.StaffDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The platform's users as the notification module sees them: enabled accounts, by role within a care team or by
 * name, with email and the language they chose.
 */
@Component
record PlatformStaffDirectory(JdbcClient jdbc) implements StaffDirectory {

    @Override
    public List<Recipient> withRole(String role, String team) {
        return jdbc.sql("""
                SELECT u.username, u.email, u.language FROM msc.platform_user u
                  JOIN msc.platform_user_role r ON r.username = u.username
                  JOIN msc.platform_user_team t ON t.username = u.username
                 WHERE r.role = :role AND t.team = :team AND u.enabled ORDER BY u.username""")
                .param("role", role).param("team", team)
                .query((rs, n) -> new Recipient(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    @Override
    public boolean worksIn(String username, String team) {
        return jdbc.sql("SELECT count(*) FROM msc.platform_user_team WHERE username = :username AND team = :team")
                .param("username", username).param("team", team).query(Long.class).single() > 0;
    }

    @Override
    public Optional<Recipient> byUsername(String username) {
        return jdbc.sql("SELECT username, email, language FROM msc.platform_user WHERE username = :username AND enabled")
                .param("username", username)
                .query((rs, n) -> new Recipient(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }
}
