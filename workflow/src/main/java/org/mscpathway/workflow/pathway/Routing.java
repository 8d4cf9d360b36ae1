package org.mscpathway.workflow.pathway;

import java.util.Set;
import java.util.stream.Collectors;
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.assessment.Finding;
import org.mscpathway.screening.assessment.Outcome;
import org.mscpathway.screening.assessment.Severity;

/**
 * Where an assessment sends the case, once the physician's overrides are taken into account: an absolute
 * contraindication a physician has already overridden (with a justification) does not send the case back to
 * ineligibility review. The clinical verdict itself is screening-core's; this only routes.
 */
final class Routing {

    static final String INELIGIBLE = "INELIGIBLE";
    static final String INCOMPLETE = "INCOMPLETE";
    static final String PLAN = "PLAN";

    private Routing() {
    }

    /** Absolute findings not yet overridden on this case. */
    static Set<String> unresolvedAbsoluteRules(Assessment assessment, Set<String> overridden) {
        return assessment.findings().stream()
                .filter(f -> f.severity() == Severity.ABSOLUTE)
                .map(Finding::ruleId)
                .filter(id -> !overridden.contains(id))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** After a partial evaluation: stop early only for an absolute contraindication. */
    static boolean earlyIneligible(Assessment assessment, Set<String> overridden) {
        return !unresolvedAbsoluteRules(assessment, overridden).isEmpty();
    }

    /** After the full evaluation: INELIGIBLE, INCOMPLETE or PLAN, following the design's precedence. */
    static String afterFullEvaluation(Assessment assessment, Set<String> overridden) {
        if (!unresolvedAbsoluteRules(assessment, overridden).isEmpty()) {
            return INELIGIBLE;
        }
        if (!assessment.missing().isEmpty() || assessment.outcome() == Outcome.INCOMPLETE) {
            return INCOMPLETE;
        }
        return PLAN;
    }
}
