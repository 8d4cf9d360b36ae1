package org.mscpathway.screening.assessment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one evaluation: outcome, the ruleset version used, every finding, every missing data item,
 * the plan (present unless the outcome is INELIGIBLE or INCOMPLETE, and only in FULL mode), and the results in the
 * record that were not counted (undated, too old), with the reason.
 */
public record Assessment(Outcome outcome, String rulesetVersion, EvaluationMode mode, List<Finding> findings,
                         List<MissingData> missing, TreatmentPlan plan, List<UncountedResult> notCounted) {

    public Assessment {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(rulesetVersion, "rulesetVersion");
        Objects.requireNonNull(mode, "mode");
        findings = List.copyOf(findings);
        missing = List.copyOf(missing);
        notCounted = notCounted == null ? List.of() : List.copyOf(notCounted);
        if (plan != null && !outcome.allowsPlan()) {
            throw new IllegalArgumentException("no plan may accompany outcome " + outcome);
        }
    }

    /** An assessment in which every result was counted (and one made before 2026.2, which counted them all). */
    public Assessment(Outcome outcome, String rulesetVersion, EvaluationMode mode, List<Finding> findings,
                      List<MissingData> missing, TreatmentPlan plan) {
        this(outcome, rulesetVersion, mode, findings, missing, plan, List.of());
    }

    public Optional<TreatmentPlan> treatmentPlan() {
        return Optional.ofNullable(plan);
    }
}
