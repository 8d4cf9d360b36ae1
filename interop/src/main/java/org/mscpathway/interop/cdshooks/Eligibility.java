package org.mscpathway.interop.cdshooks;

import java.util.List;
import java.util.Objects;

/**
 * What the evaluator said about a record, in the terms a card needs: the outcome, the ruleset, each finding with
 * its rule's rationale and source, and the missing data items.
 */
public record Eligibility(String outcome, String rulesetVersion, List<RuleFinding> findings, List<MissingItem> missing) {

    public Eligibility {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(rulesetVersion, "rulesetVersion");
        findings = List.copyOf(findings);
        missing = List.copyOf(missing);
    }

    /** @param severity ABSOLUTE, RELATIVE or PRECAUTION; @param evidence "item: value" lines */
    public record RuleFinding(String ruleId, String ruleVersion, String group, String severity, String title,
                              String rationale, String source, List<String> evidence) {

        public RuleFinding {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(title, "title");
            evidence = List.copyOf(evidence);
        }
    }

    public record MissingItem(String item, String reason) {

        public MissingItem {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
