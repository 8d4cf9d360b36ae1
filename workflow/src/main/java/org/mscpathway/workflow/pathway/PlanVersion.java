package org.mscpathway.workflow.pathway;

import java.time.Instant;
import java.util.List;
import org.mscpathway.screening.assessment.TreatmentPlan;

/**
 * One version of a case's treatment plan: the recommender's draft is version 1; each physician change makes a new
 * version that records who changed what, field by field (none for the recommender's draft).
 */
public record PlanVersion(int version, TreatmentPlan plan, String draftedBy, List<PlanChange> changes,
                          Instant draftedAt) {

    public PlanVersion {
        changes = List.copyOf(changes);
    }
}
