package org.mscpathway.workflow.pathway;

import java.util.Objects;

/**
 * Who acts on a case, as the pathway needs to know it: the user name, the role acted in and the care teams acted in
 * (a case of another team is, to this actor, no case at all).
 */
public record CaseActor(String username, Role role, CareTeams teams) {

    /** Timers and service tasks act as the system. */
    public static final String SYSTEM = "SYSTEM";

    public CaseActor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(teams, "teams");
        if (username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
    }

    /** An actor in no care team, such as an administrator changing the ruleset: it reaches no case. */
    public CaseActor(String username, Role role) {
        this(username, role, CareTeams.NONE);
    }
}
