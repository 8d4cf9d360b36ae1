package org.mscpathway.workflow.pathway;

import java.util.Objects;

/** Who acts on a case, as the pathway needs to know it: the user name and the role acted in. */
public record CaseActor(String username, Role role) {

    /** Timers and service tasks act as the system. */
    public static final String SYSTEM = "SYSTEM";

    public CaseActor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        if (username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
    }
}
