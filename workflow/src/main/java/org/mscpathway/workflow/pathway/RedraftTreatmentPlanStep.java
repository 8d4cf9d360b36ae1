package org.mscpathway.workflow.pathway;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mscpathway.screening.json.ScreeningJson;
import org.springframework.stereotype.Component;

/** Service task "Re-draft plan with changes": the physician's requested changes as a new plan version. */
@Component("redraftTreatmentPlanStep")
record RedraftTreatmentPlanStep(
        PlanBook plans,
        DecisionLog decisions,
        PlanProposals proposals,
        ObjectMapper json) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = UUID.fromString(execution.getProcessBusinessKey());
        PlanVersion current = plans.latest(caseId)
                .orElseThrow(() -> new IllegalStateException("case " + caseId + " has no plan to re-draft"));
        PlanChanges requested = decisions.latestRequestedChanges(caseId)
                .orElseThrow(() -> new IllegalStateException("case " + caseId + " has no requested changes"));
        PlanRevision revision = PlanRevision.apply(ScreeningJson.toJson(current.plan()), requested, json);
        String physician = (String) execution.getVariable(ProcessVariables.DECIDED_BY);
        proposals.propose(caseId, revision.plan(), physician, revision.changes(), Role.PHYSICIAN.name());
    }
}
