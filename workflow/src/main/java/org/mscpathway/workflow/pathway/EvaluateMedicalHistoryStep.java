package org.mscpathway.workflow.pathway;

import org.springframework.stereotype.Component;

/** Service task "Evaluate medical history". */
@Component("evaluateMedicalHistoryStep")
class EvaluateMedicalHistoryStep extends PartialEvaluationStep {

    EvaluateMedicalHistoryStep(CaseEvaluation evaluation) {
        super(evaluation, "PHYSICAL_EXAM");
    }
}
