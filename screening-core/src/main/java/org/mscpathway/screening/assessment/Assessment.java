package org.mscpathway.screening.assessment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mscpathway.screening.plan.TreatmentPlan;

/**
 * The result of one evaluation: outcome, the ruleset version used, every finding, every missing data item,
 * and the plan (present unless the outcome is INELIGIBLE or INCOMPLETE, and only in FULL mode).
 */
public record Assessment(Outcome outcome, String rulesetVersion, EvaluationMode mode, List<Finding> findings,
                         List<MissingData> missing, TreatmentPlan plan) {

    public Assessment {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(rulesetVersion, "rulesetVersion");
        Objects.requireNonNull(mode, "mode");
        findings = List.copyOf(findings);
        missing = List.copyOf(missing);
        if (plan != null && !outcome.allowsPlan()) {
            throw new IllegalArgumentException("no plan may accompany outcome " + outcome);
        }
    }

    public Optional<TreatmentPlan> treatmentPlan() {
        return Optional.ofNullable(plan);
    }
}
