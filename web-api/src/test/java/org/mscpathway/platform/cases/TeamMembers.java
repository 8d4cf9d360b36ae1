package org.mscpathway.platform.cases;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Accounts in chosen care teams, for tests of what each team sees. */
public final class TeamMembers {

    private TeamMembers() {
    }

    /** An account with the demo password and these roles, working in exactly these care teams. */
    public static void member(JdbcClient jdbc, PasswordEncoder passwords, String username, List<String> teams,
                              String... roles) {
        CaseApiTest.createUser(jdbc, passwords, username, roles);
        jdbc.sql("DELETE FROM msc.platform_user_team WHERE username = ?").param(username).update();
        for (String team : teams) {
            jdbc.sql("INSERT INTO msc.platform_user_team (username, team) VALUES (?, ?)").params(username, team)
                    .update();
        }
    }
}
