package org.mscpathway.screening.rule;

import java.util.List;
import org.mscpathway.screening.assessment.Evidence;
import org.mscpathway.screening.assessment.Finding;
import org.mscpathway.screening.catalogue.RuleDescription;
import org.mscpathway.screening.assessment.Severity;

/** A catalogue rule with the severity it has for one indication, ready to turn evidence into a finding. */
final class Rule {

    private final RuleDescription description;
    private final Severity severity;

    Rule(RuleDescription description, Severity severity) {
        this.description = description;
        this.severity = severity;
    }

    Finding finding(List<Evidence> evidence) {
        return new Finding(description.id(), description.version(), description.group(), severity,
                description.title(), description.rationale(), description.source(), evidence);
    }
}
