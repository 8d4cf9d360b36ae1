package org.mscpathway.workflow.pathway;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mscpathway.screening.assessment.EvaluationMode;
import org.springframework.stereotype.Component;

/** Service task "Evaluate contraindications": the full evaluation, whose outcome routes the case. */
@Component("evaluateContraindicationsStep")
record EvaluateContraindicationsStep(CaseEvaluation evaluation) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        var evaluated = evaluation.evaluate(UUID.fromString(execution.getProcessBusinessKey()), EvaluationMode.FULL);
        execution.setVariable(ProcessVariables.OUTCOME,
                Routing.afterFullEvaluation(evaluated.assessment(), evaluated.stored().overriddenRules()));
        // an override at ineligibility review re-runs this evaluation, which then routes on the remaining data
        execution.setVariable(ProcessVariables.RESUME_AT, "FULL_EVALUATION");
    }
}
