package org.mscpathway.platform.rulesets;

import java.time.Instant;
import org.mscpathway.workflow.ruleset.RulesetState;
import org.mscpathway.workflow.ruleset.StoredRuleset;

/** A row of {@code GET /api/v1/rulesets}: a version, its state and its governance record. */
record RulesetSummary(String version, String basedOn, RulesetState state, String summary, String author,
                      String approver, Instant draftedAt, Instant approvedAt, Instant effectiveAt,
                      Instant retiredAt) {

    static RulesetSummary of(StoredRuleset r) {
        return new RulesetSummary(r.version(), r.basedOn(), r.state(), r.summary(), r.author(), r.approver(),
                r.draftedAt(), r.approvedAt(), r.effectiveAt(), r.retiredAt());
    }
}
