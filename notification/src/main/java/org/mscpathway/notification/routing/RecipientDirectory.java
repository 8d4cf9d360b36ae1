package org.mscpathway.notification.routing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who the routes name: the users holding a role, and the coordinator of a case. The module's own implementation
 * asks the {@link CaseDirectory} for the coordinator and the {@link StaffDirectory} for people; an application may
 * replace it with its own bean of this type.
 *
 * <p>Same threading and failure contract as {@link StaffDirectory}.
 */
public interface RecipientDirectory {

    /** @return the enabled users holding the role ({@code COORDINATOR}, {@code PHYSICIAN}, {@code ADMIN}) */
    List<Recipient> withRole(String role);

    /** @return the user who opened the case, if the case is known */
    Optional<Recipient> coordinatorOf(UUID caseId);
}
