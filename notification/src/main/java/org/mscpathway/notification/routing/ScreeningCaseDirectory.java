package org.mscpathway.notification.routing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** People from the {@link StaffDirectory}; a case's coordinator is the user who opened it (screening_case.opened_by). */
class ScreeningCaseDirectory implements RecipientDirectory {

    private final JdbcClient jdbc;
    private final StaffDirectory staff;

    ScreeningCaseDirectory(JdbcClient jdbc, StaffDirectory staff) {
        this.jdbc = jdbc;
        this.staff = staff;
    }

    @Override
    public List<Recipient> withRole(String role) {
        return staff.withRole(role);
    }

    /** A coordinator the user store no longer knows is still told in-app, under the name that opened the case. */
    @Override
    public Optional<Recipient> coordinatorOf(UUID caseId) {
        return jdbc.sql("SELECT opened_by FROM msc.screening_case WHERE id = ?")
                .param(caseId)
                .query(String.class)
                .optional()
                .map(username -> staff.byUsername(username).orElseGet(() -> Recipient.inAppOnly(username)));
    }
}
