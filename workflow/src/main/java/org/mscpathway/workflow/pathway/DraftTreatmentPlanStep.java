package org.mscpathway.workflow.pathway;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mscpathway.screening.assessment.EvaluationMode;
import org.mscpathway.screening.assessment.TreatmentPlan;
import org.mscpathway.screening.json.ScreeningJson;
import org.mscpathway.screening.plan.PlanRecommender;
import org.springframework.stereotype.Component;

/**
 * Service task "Draft personalized plan": the plan recommender's plan for the case's current data, as plan
 * version n+1. After an overridden ineligibility the evaluator gives no plan on its own, so the plan is asked of
 * the recommender with the findings (every adjustment still cites its finding).
 */
@Component("draftTreatmentPlanStep")
record DraftTreatmentPlanStep(
        CaseStore cases,
        CaseRecords records,
        Rulesets rulesets,
        PlanProposals proposals) implements JavaDelegate {

    /** Who drafted a plan the recommender made. */
    static final String RECOMMENDER = "plan-recommender";

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = UUID.fromString(execution.getProcessBusinessKey());
        StoredCase stored = cases.lock(caseId);
        var screening = rulesets.forCase(stored.rulesetVersion());
        var record = records.of(stored, screening);
        var assessment = screening.evaluate(record, EvaluationMode.FULL);
        TreatmentPlan plan = assessment.treatmentPlan().orElseGet(() -> screening.indication(stored.indication())
                .map(PlanRecommender::new)
                .orElseThrow(() -> new IllegalStateException("case " + caseId + " has an unknown indication"))
                .recommend(record, assessment.findings()));
        proposals.propose(caseId, ScreeningJson.toJson(plan), RECOMMENDER, List.of(), CaseActor.SYSTEM);
    }
}
