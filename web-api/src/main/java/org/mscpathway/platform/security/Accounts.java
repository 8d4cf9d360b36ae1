package org.mscpathway.platform.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mscpathway.workflow.pathway.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform's accounts as administrators manage them. Security owns the user tables ({@code msc.platform_user},
 * {@code msc.platform_user_role}): the administration API ({@code accounts}) and every other module go through here.
 */
@Repository
public class Accounts {

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Account> all() {
        return jdbc.sql("""
                SELECT u.username, u.enabled, u.email, coalesce(array_agg(r.role ORDER BY r.role)
                       FILTER (WHERE r.role IS NOT NULL), '{}') AS roles
                  FROM msc.platform_user u LEFT JOIN msc.platform_user_role r ON r.username = u.username
                 GROUP BY u.username, u.enabled, u.email ORDER BY u.username""")
                .query((rs, n) -> new Account(rs.getString(1),
                        Set.of((String[]) rs.getArray(4).getArray()).stream().map(Role::valueOf)
                                .collect(Collectors.toUnmodifiableSet()),
                        rs.getBoolean(2), rs.getString(3)))
                .list();
    }

    public boolean exists(String username) {
        return jdbc.sql("SELECT count(*) FROM msc.platform_user WHERE username = ?").param(username)
                .query(Long.class).single() > 0;
    }

    /** The account's roles as stored; empty for an unknown account. */
    public Set<Role> roles(String username) {
        return jdbc.sql("SELECT role FROM msc.platform_user_role WHERE username = ?").param(username)
                .query(String.class).list().stream().map(Role::valueOf)
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean anyAdmin() {
        return jdbc.sql("""
                SELECT count(*) FROM msc.platform_user u JOIN msc.platform_user_role r ON r.username = u.username
                 WHERE r.role = 'ADMIN' AND u.enabled""").query(Long.class).single() > 0;
    }

    /** Creates or updates the account; a null password hash keeps an existing account's. One transaction. */
    @Transactional
    public void save(String username, String passwordHash, Set<Role> roles, boolean enabled, String email) {
        if (passwordHash == null) {
            jdbc.sql("UPDATE msc.platform_user SET enabled = ?, email = ? WHERE username = ?")
                    .params(enabled, email, username).update();
        } else {
            jdbc.sql("""
                    INSERT INTO msc.platform_user (username, password_hash, enabled, email) VALUES (?, ?, ?, ?)
                    ON CONFLICT (username) DO UPDATE
                       SET password_hash = EXCLUDED.password_hash, enabled = EXCLUDED.enabled, email = EXCLUDED.email""")
                    .params(username, passwordHash, enabled, email).update();
        }
        jdbc.sql("DELETE FROM msc.platform_user_role WHERE username = ?").param(username).update();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO msc.platform_user_role (username, role) VALUES (?, ?)")
                    .params(username, role.name()).update();
        }
    }

    /** An account as an administrator sees it; never the password hash. */
    public record Account(String username, Set<Role> roles, boolean enabled, String email) {
    }
}
