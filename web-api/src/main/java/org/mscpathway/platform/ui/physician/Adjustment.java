package org.mscpathway.platform.ui.physician;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.assessment.Finding;
import org.mscpathway.screening.assessment.PlanAdjustment;
import org.mscpathway.screening.assessment.TreatmentPlan;

/** One change the recommender made to the standard plan, with the finding that caused it (its reason). */
record Adjustment(String ruleId, String change, String reason, String severity) {

    static List<Adjustment> of(TreatmentPlan plan, Assessment assessment) {
        List<Adjustment> adjustments = new ArrayList<>();
        if (plan == null) {
            return adjustments;
        }
        for (PlanAdjustment adjustment : plan.adjustments()) {
            String ruleId = adjustment.ruleId();
            Optional<Finding> finding = finding(assessment, ruleId);
            adjustments.add(new Adjustment(ruleId, adjustment.change(),
                    finding.map(Finding::title).orElse(""),
                    finding.map(f -> f.severity().name()).orElse("")));
        }
        return adjustments;
    }

    private static Optional<Finding> finding(Assessment assessment, String ruleId) {
        return assessment == null ? Optional.empty()
                : assessment.findings().stream().filter(f -> ruleId.equals(f.ruleId())).findFirst();
    }
}
