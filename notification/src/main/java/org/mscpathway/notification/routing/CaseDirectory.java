package org.mscpathway.notification.routing;

import java.util.Optional;
import java.util.UUID;

/**
 * The cases, as the notification module needs them: the module that owns the cases (the workflow's tables, reached
 * through web-api) provides exactly one bean of this type wherever the consumer runs, as it does the
 * {@link StaffDirectory}. Notification reads no other module's table.
 *
 * <p>Same threading and failure contract as {@link StaffDirectory}: called on consumer threads, concurrently; a
 * transient failure is thrown, never answered with "no such case".
 */
public interface CaseDirectory {

    /** @return what notification needs to know about the case, if the case is known */
    Optional<CaseContacts> contactsOf(UUID caseId);

    /**
     * Who a case's events concern, besides the roles a route names. Ids and user names only: never patient data.
     *
     * @param coordinator the sign-in name of the user who opened the case
     * @param team        the case's care team: only its members hear of the case
     */
    record CaseContacts(String coordinator, String team) {

        public CaseContacts {
            if (coordinator == null || coordinator.isBlank()) {
                throw new IllegalArgumentException("coordinator must be a user name");
            }
            if (team == null || team.isBlank()) {
                throw new IllegalArgumentException("team must be a care team name");
            }
        }
    }
}
