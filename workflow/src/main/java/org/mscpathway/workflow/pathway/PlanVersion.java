package org.mscpathway.workflow.pathway;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.mscpathway.screening.assessment.TreatmentPlan;

/**
 * One version of a case's treatment plan: the recommender's draft is version 1; each physician change makes a new
 * version that records who changed what ({@code changes}: [{"field", "from", "to"}]).
 */
public record PlanVersion(int version, TreatmentPlan plan, String draftedBy, JsonNode changes, Instant draftedAt) {
}
