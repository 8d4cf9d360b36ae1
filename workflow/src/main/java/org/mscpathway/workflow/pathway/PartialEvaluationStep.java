package org.mscpathway.workflow.pathway;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mscpathway.screening.assessment.EvaluationMode;

/**
 * The evaluation after a data step: only what the data present can decide. An absolute contraindication ends data
 * collection early ({@code earlyIneligible}); {@code resumeAt} says where the pathway goes on if a physician
 * overrides it.
 */
abstract class PartialEvaluationStep implements JavaDelegate {

    private final CaseEvaluation evaluation;
    private final String resumeAt;

    PartialEvaluationStep(CaseEvaluation evaluation, String resumeAt) {
        this.evaluation = evaluation;
        this.resumeAt = resumeAt;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var evaluated = evaluation.evaluate(UUID.fromString(execution.getProcessBusinessKey()),
                EvaluationMode.PARTIAL);
        execution.setVariable(ProcessVariables.EARLY_INELIGIBLE,
                Routing.earlyIneligible(evaluated.assessment(), evaluated.stored().overriddenRules()));
        execution.setVariable(ProcessVariables.RESUME_AT, resumeAt);
    }
}
