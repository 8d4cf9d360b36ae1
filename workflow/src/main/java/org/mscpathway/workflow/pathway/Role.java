package org.mscpathway.workflow.pathway;

import java.util.Locale;
import java.util.Optional;

/**
 * What a user may do on the pathway: the platform's one role type. A user task's candidate group is the role's
 * lower-case name; web-api's security grants it as the authority {@link #authority()}; events and the notification
 * module's routes carry its {@link #name()}.
 */
public enum Role {
    /** Opens cases and enters history, exam and investigations. */
    COORDINATOR,
    /** Evaluates, confirms ineligibility and approves or rejects plans. */
    PHYSICIAN,
    /** Operates the platform: metrics, Camunda's Cockpit and Tasklist. */
    ADMIN;

    private static final String PREFIX = "ROLE_";

    /** The Spring Security authority, e.g. {@code ROLE_PHYSICIAN}. */
    public String authority() {
        return PREFIX + name();
    }

    /** Reads {@code physician}, {@code PHYSICIAN} or {@code ROLE_PHYSICIAN}; anything else is no platform role. */
    public static Optional<Role> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String name = value.trim().toUpperCase(Locale.ROOT);
        if (name.startsWith(PREFIX)) {
            name = name.substring(PREFIX.length());
        }
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
