package org.mscpathway.platform.cases;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Accounts written straight to the store (no admin call to audit), for tests of what each role and care team sees.
 * Tests of the shared context reach them through {@link org.mscpathway.platform.PlatformFixture}.
 */
public final class TeamMembers {

    private TeamMembers() {
    }

    /** An account with the demo password and these roles in the default care team, {@code main}, as demo accounts. */
    public static void account(JdbcClient jdbc, PasswordEncoder passwords, String username, String... roles) {
        jdbc.sql("INSERT INTO msc.platform_user (username, password_hash) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(username, passwords.encode("demo")).update();
        jdbc.sql("INSERT INTO msc.platform_user_team (username, team) VALUES (?, 'main') ON CONFLICT DO NOTHING")
                .param(username).update();
        for (String role : roles) {
            jdbc.sql("INSERT INTO msc.platform_user_role (username, role) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(username, role).update();
        }
    }

    /** An account with the demo password and these roles, working in exactly these care teams. */
    public static void member(JdbcClient jdbc, PasswordEncoder passwords, String username, List<String> teams,
                              String... roles) {
        account(jdbc, passwords, username, roles);
        jdbc.sql("DELETE FROM msc.platform_user_team WHERE username = ?").param(username).update();
        for (String team : teams) {
            jdbc.sql("INSERT INTO msc.platform_user_team (username, team) VALUES (?, ?)").params(username, team)
                    .update();
        }
    }
}
