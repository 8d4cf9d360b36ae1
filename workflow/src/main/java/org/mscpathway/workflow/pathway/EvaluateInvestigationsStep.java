package org.mscpathway.workflow.pathway;

import org.springframework.stereotype.Component;

/** Service task "Evaluate lab and imaging checks". */
@Component("evaluateInvestigationsStep")
class EvaluateInvestigationsStep extends PartialEvaluationStep {

    EvaluateInvestigationsStep(CaseEvaluation evaluation) {
        super(evaluation, "FULL_EVALUATION");
    }
}
