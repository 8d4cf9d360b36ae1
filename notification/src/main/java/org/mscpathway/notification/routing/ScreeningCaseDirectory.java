package org.mscpathway.notification.routing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** People from the {@link StaffDirectory}; a case's coordinator from the {@link CaseDirectory}. */
class ScreeningCaseDirectory implements RecipientDirectory {

    private final CaseDirectory cases;
    private final StaffDirectory staff;

    ScreeningCaseDirectory(CaseDirectory cases, StaffDirectory staff) {
        this.cases = cases;
        this.staff = staff;
    }

    @Override
    public List<Recipient> withRole(String role) {
        return staff.withRole(role);
    }

    /** A coordinator the user store no longer knows is still told in-app, under the name that opened the case. */
    @Override
    public Optional<Recipient> coordinatorOf(UUID caseId) {
        return cases.contactsOf(caseId)
                .map(CaseDirectory.CaseContacts::coordinator)
                .map(username -> staff.byUsername(username).orElseGet(() -> Recipient.inAppOnly(username)));
    }
}
