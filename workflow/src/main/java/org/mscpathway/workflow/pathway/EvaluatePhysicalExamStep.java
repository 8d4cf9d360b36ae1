package org.mscpathway.workflow.pathway;

import org.springframework.stereotype.Component;

/** Service task "Evaluate physical exam". */
@Component("evaluatePhysicalExamStep")
class EvaluatePhysicalExamStep extends PartialEvaluationStep {

    EvaluatePhysicalExamStep(CaseEvaluation evaluation) {
        super(evaluation, "INVESTIGATIONS");
    }
}
