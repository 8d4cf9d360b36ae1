package org.mscpathway.screening.rule;

import java.util.List;
import org.mscpathway.screening.assessment.EvaluationMode;
import org.mscpathway.screening.assessment.Finding;
import org.mscpathway.screening.assessment.MissingData;
import org.mscpathway.screening.assessment.Outcome;

/** The findings of every rule on one record and the data items still missing. */
public record ContraindicationReport(List<Finding> findings, List<MissingData> missing) {

    public ContraindicationReport {
        findings = List.copyOf(findings);
        missing = List.copyOf(missing);
    }

    /**
     * The design's precedence: INELIGIBLE > INCOMPLETE > PHYSICIAN_REVIEW > ELIGIBLE_WITH_PRECAUTIONS > ELIGIBLE.
     * A partial evaluation is never INCOMPLETE (it asks for nothing), so its ELIGIBLE only means "nothing found
     * yet": it is provisional until the full evaluation.
     */
    public Outcome outcome(EvaluationMode mode) {
        Outcome outcome = Outcome.ELIGIBLE;
        for (Finding finding : findings) {
            outcome = outcome.worst(finding.severity().outcome());
        }
        if (mode == EvaluationMode.FULL && !missing.isEmpty()) {
            outcome = outcome.worst(Outcome.INCOMPLETE);
        }
        return outcome;
    }
}
