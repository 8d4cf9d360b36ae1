package org.mscpathway.notification.routing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * People from the {@link StaffDirectory}, within the case's care team; a case's coordinator and team from the
 * {@link CaseDirectory}.
 */
record ScreeningCaseDirectory(CaseDirectory cases, StaffDirectory staff) implements RecipientDirectory {

    @Override
    public List<Recipient> withRole(String role, UUID caseId) {
        return cases.contactsOf(caseId).map(contacts -> staff.withRole(role, contacts.team())).orElse(List.of());
    }

    /**
     * A coordinator who has left the case's team is not told; one the user store no longer knows is still told
     * in-app, under the name that opened the case.
     */
    @Override
    public Optional<Recipient> coordinatorOf(UUID caseId) {
        return cases.contactsOf(caseId).flatMap(contacts -> {
            Optional<Recipient> known = staff.byUsername(contacts.coordinator());
            if (known.isEmpty()) {
                return Optional.of(Recipient.inAppOnly(contacts.coordinator()));
            }
            return known.filter(user -> staff.worksIn(user.username(), contacts.team()));
        });
    }
}
