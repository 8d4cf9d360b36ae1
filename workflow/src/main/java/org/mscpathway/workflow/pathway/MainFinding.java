package org.mscpathway.workflow.pathway;

import java.util.Comparator;
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.assessment.Finding;
import org.mscpathway.screening.assessment.Severity;

/**
 * The finding a worklist row names: the first of the assessment's findings of the highest severity (an absolute
 * contraindication before a relative one before a precaution), as the evaluator listed them.
 *
 * @param title the rule's title in the catalogue's English; pages show it in the reader's language by {@code ruleId}
 */
public record MainFinding(String ruleId, Severity severity, String title) {

    /** Null when nothing was found. */
    static MainFinding of(Assessment assessment) {
        return assessment.findings().stream()
                .min(Comparator.comparingInt(f -> f.severity().ordinal()))
                .map(MainFinding::of)
                .orElse(null);
    }

    private static MainFinding of(Finding finding) {
        return new MainFinding(finding.ruleId(), finding.severity(), finding.title());
    }
}
