package org.mscpathway.notification.routing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * People from the {@link StaffDirectory}, within the case's care team; a case's coordinator is the user who opened
 * it. Reads two columns of the workflow's {@code msc.screening_case}: {@code opened_by} and {@code team}.
 */
class ScreeningCaseDirectory implements RecipientDirectory {

    private final JdbcClient jdbc;
    private final StaffDirectory staff;

    ScreeningCaseDirectory(JdbcClient jdbc, StaffDirectory staff) {
        this.jdbc = jdbc;
        this.staff = staff;
    }

    @Override
    public List<Recipient> withRole(String role, UUID caseId) {
        return opening(caseId).map(opening -> staff.withRole(role, opening.team())).orElse(List.of());
    }

    /**
     * A coordinator who has left the case's team is not told; one the user store no longer knows is still told
     * in-app, under the name that opened the case.
     */
    @Override
    public Optional<Recipient> coordinatorOf(UUID caseId) {
        return opening(caseId).flatMap(opening -> {
            Optional<Recipient> known = staff.byUsername(opening.openedBy());
            if (known.isEmpty()) {
                return Optional.of(Recipient.inAppOnly(opening.openedBy()));
            }
            return known.filter(user -> staff.worksIn(user.username(), opening.team()));
        });
    }

    private Optional<Opening> opening(UUID caseId) {
        return jdbc.sql("SELECT opened_by, team FROM msc.screening_case WHERE id = ?")
                .param(caseId)
                .query((rs, n) -> new Opening(rs.getString(1), rs.getString(2)))
                .optional();
    }

    /** Who opened the case, in which care team. */
    private record Opening(String openedBy, String team) {
    }
}
