package org.mscpathway.notification.routing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who the routes name: the users holding a role in a case's care team, and the coordinator of a case; nobody outside
 * the case's team hears of it. The module's own implementation asks the {@link CaseDirectory} for the case's
 * coordinator and team and the {@link StaffDirectory} for people; an application may replace it with its own bean of
 * this type.
 *
 * <p>Same threading and failure contract as {@link StaffDirectory}.
 */
public interface RecipientDirectory {

    /**
     * @return the enabled users holding the role ({@code COORDINATOR}, {@code PHYSICIAN}, {@code ADMIN}) who work in
     *         the case's care team; nobody for an unknown case
     */
    List<Recipient> withRole(String role, UUID caseId);

    /** @return the user who opened the case, if the case is known and they still work in its care team */
    Optional<Recipient> coordinatorOf(UUID caseId);
}
