package org.mscpathway.workflow.pathway;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.mscpathway.workflow.outbox.CaseEvent;
import org.mscpathway.workflow.outbox.CaseEventType;
import org.mscpathway.workflow.outbox.Outbox;
import org.springframework.stereotype.Component;

/** A plan put to the physician: stored as the next plan version and announced (PlanProposed) in one transaction. */
@Component
record PlanProposals(PlanBook plans, Outbox outbox, Clock clock) {

    /** @return the new plan version */
    int propose(UUID caseId, JsonNode plan, String draftedBy, List<PlanChange> changes, String actorRole) {
        int version = plans.add(caseId, plan, draftedBy, changes, clock.instant());
        outbox.append(CaseEvent.of(CaseEventType.PlanProposed, caseId, Step.PLAN_APPROVAL.name(),
                Integer.toString(version), actorRole, clock.instant()));
        return version;
    }
}
