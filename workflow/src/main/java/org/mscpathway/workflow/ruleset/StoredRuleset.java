package org.mscpathway.workflow.ruleset;

import java.time.Instant;

/**
 * A ruleset version's governance record, without its catalogue document.
 *
 * @param basedOn     the version it was drafted from, or null (the seeded shipped version)
 * @param approver    the second administrator who approved it, or null
 * @param effectiveAt when it became the active version, or null if it never did
 */
public record StoredRuleset(String version, String basedOn, RulesetState state, String summary, String author,
                            String approver, Instant draftedAt, Instant approvedAt, Instant effectiveAt,
                            Instant retiredAt) {
}
