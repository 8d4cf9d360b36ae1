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
}
