package org.mscpathway.platform.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mscpathway.workflow.pathway.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform's accounts as administrators manage them. Security owns the user tables ({@code msc.platform_user},
 * {@code msc.platform_user_role}, {@code msc.platform_user_team}): the administration API ({@code accounts}) and every
 * other module go through here.
 */
@Repository
public class Accounts {

    private static final String SELECT = """
            SELECT u.username, u.enabled, u.email,
                   ARRAY(SELECT r.role FROM msc.platform_user_role r WHERE r.username = u.username) AS roles,
                   ARRAY(SELECT t.team FROM msc.platform_user_team t WHERE t.username = u.username
                          ORDER BY t.team) AS teams,
                   u.identity_provider
              FROM msc.platform_user u""";

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Account> all() {
        return jdbc.sql(SELECT + " ORDER BY u.username").query(Accounts::account).list();
    }

    public Optional<Account> find(String username) {
        return jdbc.sql(SELECT + " WHERE u.username = ?").param(username).query(Accounts::account).optional();
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getString(1), Set.of((String[]) rs.getArray(4).getArray()).stream().map(Role::valueOf)
                .collect(Collectors.toUnmodifiableSet()), List.of((String[]) rs.getArray(5).getArray()),
                rs.getBoolean(2), rs.getString(3), rs.getString(6));
    }

    /** The account's roles as stored; empty for an unknown account. */
    public Set<Role> roles(String username) {
        return jdbc.sql("SELECT role FROM msc.platform_user_role WHERE username = ?").param(username)
                .query(String.class).list().stream().map(Role::valueOf)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The language the account chose ({@code en}, {@code zh-CN}); empty when it follows the browser. */
    public Optional<String> language(String username) {
        return jdbc.sql("SELECT language FROM msc.platform_user WHERE username = ?").param(username)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(chosen -> chosen);
    }

    /** Saves the account's language ({@code en}, {@code zh-CN}, or null to follow the browser again). */
    public void saveLanguage(String username, String language) {
        jdbc.sql("UPDATE msc.platform_user SET language = ? WHERE username = ?").params(language, username).update();
    }

    /** The account's care teams as stored, in alphabetical order; empty for an unknown account. */
    public List<String> teams(String username) {
        return jdbc.sql("SELECT team FROM msc.platform_user_team WHERE username = ? ORDER BY team").param(username)
                .query(String.class).list();
    }

    public boolean anyAdmin() {
        return jdbc.sql("""
                SELECT count(*) FROM msc.platform_user u JOIN msc.platform_user_role r ON r.username = u.username
                 WHERE r.role = 'ADMIN' AND u.enabled""").query(Long.class).single() > 0;
    }

    /** Creates or updates the account; a null password hash keeps an existing account's. One transaction. */
    @Transactional
    public void save(String username, String passwordHash, Set<Role> roles, List<String> teams, boolean enabled,
              String email) {
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
        replaceRolesAndTeams(username, roles, teams);
    }

    /**
     * Creates or updates an account of the identity provider (no password): its roles and teams, and its email unless
     * the provider sent none. Whether it is enabled is left as it is (a new one is enabled). One transaction.
     */
    @Transactional
    public void saveExternal(String username, String provider, Set<Role> roles, Collection<String> teams, String email) {
        jdbc.sql("""
                INSERT INTO msc.platform_user (username, password_hash, enabled, email, identity_provider)
                VALUES (?, NULL, true, ?, ?)
                ON CONFLICT (username) DO UPDATE
                   SET email = coalesce(EXCLUDED.email, platform_user.email),
                       identity_provider = EXCLUDED.identity_provider""")
                .params(username, email, provider).update();
        replaceRolesAndTeams(username, roles, teams);
    }

    private void replaceRolesAndTeams(String username, Set<Role> roles, Collection<String> teams) {
        jdbc.sql("DELETE FROM msc.platform_user_role WHERE username = ?").param(username).update();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO msc.platform_user_role (username, role) VALUES (?, ?)")
                    .params(username, role.name()).update();
        }
        jdbc.sql("DELETE FROM msc.platform_user_team WHERE username = ?").param(username).update();
        for (String team : teams) {
            jdbc.sql("INSERT INTO msc.platform_user_team (username, team) VALUES (?, ?)").params(username, team)
                    .update();
        }
    }

    /**
     * An account as an administrator sees it, its care teams in alphabetical order; never the password hash.
     *
     * @param identityProvider the identity provider's registration id for an account that signs in there (and has
     *                         no local password); null for a local account
     */
    public record Account(String username, Set<Role> roles, List<String> teams, boolean enabled, String email,
                   String identityProvider) {
    }
}
