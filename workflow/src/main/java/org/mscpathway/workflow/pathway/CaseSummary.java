package org.mscpathway.workflow.pathway;

import java.time.Instant;
import java.util.UUID;

/**
 * A card on the board. The patient reference is shown to signed-in users only, like the rest of the API.
 *
 * @param rulesetVersion the ruleset the case is screened under (the board marks an open case on an older one)
 * @param team           the care team the case belongs to
 */
public record CaseSummary(UUID id, String patientReference, String indication, CaseStatus status, Step currentStep,
                          String openedBy, Instant openedAt, Instant stepEnteredAt, boolean overdue, int version,
                          String rulesetVersion, String team) {

    static CaseSummary of(StoredCase c) {
        var reference = c.patient().path("reference");
        return new CaseSummary(c.id(), reference.isTextual() ? reference.asText() : null, c.indication(),
                c.status(), c.currentStep(), c.openedBy(), c.openedAt(), c.stepEnteredAt(), c.overdue(),
                c.version(), c.rulesetVersion(), c.team());
    }
}
