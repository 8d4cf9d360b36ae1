package org.mscpathway.platform.ui.physician;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** One change the recommender made to the standard plan, with the finding that caused it (its reason). */
record Adjustment(String ruleId, String change, String reason, String severity) {

    static List<Adjustment> of(JsonNode plan, JsonNode assessment) {
        List<Adjustment> adjustments = new ArrayList<>();
        if (plan == null) {
            return adjustments;
        }
        for (JsonNode adjustment : plan.path("adjustments")) {
            String ruleId = adjustment.path("ruleId").asText();
            JsonNode finding = finding(assessment, ruleId);
            adjustments.add(new Adjustment(ruleId, adjustment.path("change").asText(),
                    finding == null ? "" : finding.path("title").asText(),
                    finding == null ? "" : finding.path("severity").asText()));
        }
        return adjustments;
    }

    private static JsonNode finding(JsonNode assessment, String ruleId) {
        if (assessment == null) {
            return null;
        }
        for (JsonNode finding : assessment.path("findings")) {
            if (ruleId.equals(finding.path("ruleId").asText())) {
                return finding;
            }
        }
        return null;
    }
}
