package org.mscpathway.screening.assessment;

import java.util.List;
import java.util.Objects;

/**
 * A contraindication or precaution found in a record: which rule (and its version) fired, why it matters,
 * where the rule comes from, and the data that fired it.
 */
public record Finding(String ruleId, String ruleVersion, RuleGroup group, Severity severity, String title,
                      String rationale, String source, List<Evidence> evidence) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(severity, "severity");
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a finding must carry the evidence that fired it: " + ruleId);
        }
    }
}
