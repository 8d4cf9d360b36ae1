package org.mscpathway.platform.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mscpathway.workflow.pathway.CareTeams;
import org.mscpathway.workflow.pathway.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform's own accounts, in {@code msc.platform_user}, with BCrypt password hashes; accounts of the identity
 * provider have none and cannot sign in here. The password check reads them ({@code users::loadUserByUsername});
 * no {@code UserDetailsService} bean, which Spring Security would warn at every start it does not use.
 */
@Component
class PlatformUsers {

    private final JdbcClient jdbc;

    PlatformUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UserDetails loadUserByUsername(String username) {
        record Row(String passwordHash, boolean enabled, String role) {
        }
        List<Row> rows = jdbc.sql("""
                        SELECT u.password_hash, u.enabled, r.role
                          FROM msc.platform_user u
                          LEFT JOIN msc.platform_user_role r ON r.username = u.username
                         WHERE u.username = ?""")
                .param(username)
                .query((rs, n) -> new Row(rs.getString(1), rs.getBoolean(2), rs.getString(3)))
                .list();
        if (rows.isEmpty()) {
            throw new UsernameNotFoundException("no such user");
        }
        if (rows.get(0).passwordHash() == null) {
            // signs in at the identity provider only: the form and Basic answer as for a wrong password
            throw new UsernameNotFoundException("the account has no local password");
        }
        return User.withUsername(username)
                .password(rows.get(0).passwordHash())
                .disabled(!rows.get(0).enabled())
                .authorities(rows.stream().map(Row::role).filter(role -> role != null)
                        .map(role -> new SimpleGrantedAuthority(Role.valueOf(role).authority())).toList())
                .build();
    }

    /** The account's care teams, or empty when there is no such account. */
    Optional<CareTeams> teams(String username) {
        List<String> rows = jdbc.sql("""
                        SELECT t.team FROM msc.platform_user u
                          LEFT JOIN msc.platform_user_team t ON t.username = u.username
                         WHERE u.username = ?""")
                .param(username)
                .query((rs, n) -> rs.getString(1))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CareTeams(rows.stream().filter(team -> team != null)
                .collect(Collectors.toUnmodifiableSet())));
    }

    /** Creates the user or replaces their password hash, roles and teams; one transaction, so never half-saved. */
    @Transactional
    void save(String username, String passwordHash, Set<Role> roles, CareTeams teams) {
        jdbc.sql("""
                        INSERT INTO msc.platform_user (username, password_hash, enabled) VALUES (?, ?, true)
                        ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash, enabled = true""")
                .params(username, passwordHash)
                .update();
        jdbc.sql("DELETE FROM msc.platform_user_role WHERE username = ?").param(username).update();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO msc.platform_user_role (username, role) VALUES (?, ?)")
                    .params(username, role.name())
                    .update();
        }
        jdbc.sql("DELETE FROM msc.platform_user_team WHERE username = ?").param(username).update();
        for (String team : teams.names()) {
            jdbc.sql("INSERT INTO msc.platform_user_team (username, team) VALUES (?, ?)").params(username, team)
                    .update();
        }
    }

    /** The stored hash, or null for an unknown user. */
    String passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM msc.platform_user WHERE username = ?")
                .param(username)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /** The user's roles as stored (a list, not a stream: a JDBC stream holds its connection until closed). */
    Set<Role> roles(String username) {
        return jdbc.sql("SELECT role FROM msc.platform_user_role WHERE username = ?")
                .param(username)
                .query(String.class)
                .list()
                .stream()
                .map(Role::valueOf)
                .collect(Collectors.toUnmodifiableSet());
    }
}
