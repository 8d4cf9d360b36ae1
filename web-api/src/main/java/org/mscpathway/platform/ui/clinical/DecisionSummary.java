package org.mscpathway.platform.ui.clinical;

import java.util.List;
import org.mscpathway.workflow.pathway.CaseView;
import org.mscpathway.workflow.pathway.Decision;
import org.mscpathway.workflow.pathway.PlanVersion;
import org.mscpathway.workflow.pathway.RecordedDecision;

/**
 * What the physicians decided on a case, for its page: the decision that ended the plan approval or the
 * ineligibility review ({@code decision}, null while none has), the plan version it approved (null unless
 * approved), and every override of an ineligibility with its written justification.
 */
public record DecisionSummary(RecordedDecision decision, PlanVersion approvedPlan, List<RecordedDecision> overrides) {

    /** @return null while no physician has decided anything but changes to the plan */
    static DecisionSummary of(CaseView c) {
        RecordedDecision last = c.decisions().stream().filter(d -> d.decision() != Decision.REQUEST_CHANGES)
                .reduce((first, second) -> second).orElse(null);
        if (last == null) {
            return null;
        }
        List<RecordedDecision> overrides = c.decisions().stream()
                .filter(d -> d.decision() == Decision.OVERRIDE).toList();
        RecordedDecision decided = last.decision() == Decision.OVERRIDE ? null : last;
        PlanVersion approved = decided == null || decided.decision() != Decision.APPROVE ? null
                : c.planVersions().stream().filter(v -> decided.planVersion() != null
                                && v.version() == decided.planVersion())
                        .findFirst().orElse(c.plan());
        return new DecisionSummary(decided, approved, overrides);
    }
}
