package org.mscpathway.screening.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mscpathway.screening.assessment.EvaluationMode;
import org.mscpathway.screening.assessment.Finding;
import org.mscpathway.screening.assessment.MissingData;
import org.mscpathway.screening.assessment.Outcome;
import org.mscpathway.screening.assessment.UncountedResult;

/**
 * The findings of every rule on one record, the most severe first (within a severity in the design's group order),
 * the data items still missing, the results not counted (undated, too old) and whether the person needed a
 * pregnancy test (which the plan repeats before each administration).
 */
public record ContraindicationReport(List<Finding> findings, List<MissingData> missing,
                                     List<UncountedResult> notCounted, boolean pregnancyTestRequired) {

    private static final Comparator<Finding> MOST_SEVERE_FIRST = Comparator.comparing(Finding::severity);

    public ContraindicationReport {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(MOST_SEVERE_FIRST);
        findings = List.copyOf(sorted);
        missing = List.copyOf(missing);
        notCounted = List.copyOf(notCounted);
    }

    public ContraindicationReport(List<Finding> findings, List<MissingData> missing) {
        this(findings, missing, List.of(), false);
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
