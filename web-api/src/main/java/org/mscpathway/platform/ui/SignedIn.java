package org.mscpathway.platform.ui;

import java.util.List;
import org.mscpathway.platform.security.Actor;
import org.mscpathway.workflow.pathway.CaseActor;
import org.mscpathway.workflow.pathway.Role;

/**
 * The signed-in user as every page shows it (name, roles, unread notifications, for a physician the cases waiting for
 * their review) and as the pathway needs it.
 */
public record SignedIn(Actor actor, long unreadNotifications, long reviewsWaiting) {

    /** The header counts unread notifications and waiting reviews up to this many, and shows more as "99+". */
    public static final int BELL_COUNTS_TO = 100;

    /** The bell's figure: the unread count, or "99+". */
    public String bell() {
        return capped(unreadNotifications);
    }

    /** The figure beside "My reviews": the cases waiting for this physician, or "99+". */
    public String reviews() {
        return capped(reviewsWaiting);
    }

    private static String capped(long count) {
        return count >= BELL_COUNTS_TO ? (BELL_COUNTS_TO - 1) + "+" : Long.toString(count);
    }

    public String username() {
        return actor.username();
    }

    public boolean isCoordinator() {
        return actor.has(Role.COORDINATOR);
    }

    public boolean isPhysician() {
        return actor.has(Role.PHYSICIAN);
    }

    public boolean isAdmin() {
        return actor.has(Role.ADMIN);
    }

    /** Whether the board, the cases and the dashboard are for this user (not for an administrator alone). */
    public boolean readsCases() {
        return actor.mayReadPatientData();
    }

    public List<String> roleNames() {
        return actor.roles().stream().map(role -> Labels.role(role)).sorted().toList();
    }

    /** The pathway acts on the role the page requires (security has checked the user holds it). */
    public static CaseActor as(Actor actor, Role role) {
        return actor.as(role);
    }
}
