package org.mscpathway.workflow.pathway;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mscpathway.workflow.outbox.CaseEvent;
import org.mscpathway.workflow.outbox.CaseEventType;
import org.mscpathway.workflow.outbox.Outbox;
import org.springframework.stereotype.Component;

/** Service task "Re-draft plan with changes": the physician's requested changes as a new plan version. */
@Component("redraftTreatmentPlanStep")
class RedraftTreatmentPlanStep implements JavaDelegate {

    private final PlanBook plans;
    private final DecisionLog decisions;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Clock clock;

    RedraftTreatmentPlanStep(PlanBook plans, DecisionLog decisions, Outbox outbox, ObjectMapper json, Clock clock) {
        this.plans = plans;
        this.decisions = decisions;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = UUID.fromString(execution.getProcessBusinessKey());
        PlanVersion current = plans.latest(caseId)
                .orElseThrow(() -> new IllegalStateException("case " + caseId + " has no plan to re-draft"));
        PlanChanges requested = decisions.latestRequestedChanges(caseId)
                .orElseThrow(() -> new IllegalStateException("case " + caseId + " has no requested changes"));
        PlanRevision revision = PlanRevision.apply(current.plan(), requested, json);
        String physician = (String) execution.getVariable(ProcessVariables.DECIDED_BY);
        int version = plans.add(caseId, revision.plan(), physician, revision.changes(), clock.instant());
        outbox.append(CaseEvent.of(CaseEventType.PlanProposed, caseId, Step.PLAN_APPROVAL.name(),
                Integer.toString(version), Role.PHYSICIAN.name(), clock.instant()));
    }
}
