package org.mscpathway.workflow.pathway;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.assessment.EvaluationMode;
import org.mscpathway.screening.assessment.Evidence;
import org.mscpathway.screening.assessment.Finding;
import org.mscpathway.screening.assessment.MissingData;
import org.mscpathway.screening.assessment.Outcome;
import org.mscpathway.screening.assessment.RuleGroup;
import org.mscpathway.screening.assessment.Severity;
import org.mscpathway.screening.assessment.UncountedResult;
import org.mscpathway.screening.assessment.PlanAdjustment;
import org.mscpathway.screening.assessment.TreatmentPlan;

/**
 * A case's assessment as it was stored (screening-core's evaluation JSON) read back into screening-core's
 * {@link Assessment}, so that everything past the store reads one typed assessment. The JSON names no rule version
 * nor source: a finding read back carries neither.
 */
final class StoredAssessment {

    private StoredAssessment() {
    }

    static Assessment read(JsonNode body, String mode) {
        return new Assessment(Outcome.valueOf(body.path("outcome").asText()), body.path("rulesetVersion").asText(),
                EvaluationMode.valueOf(mode), list(body.path("findings"), StoredAssessment::finding),
                list(body.path("missing"), m -> new MissingData(m.path("item").asText(), m.path("reason").asText())),
                body.hasNonNull("plan") ? plan(body.path("plan")) : null,
                list(body.path("notCounted"), n -> new UncountedResult(n.path("item").asText(),
                        n.path("reason").asText())));
    }

    static TreatmentPlan plan(JsonNode plan) {
        return new TreatmentPlan(plan.path("indication").asText(), plan.path("route").asText(),
                plan.path("product").asText(), plan.path("cellsPerAdministration").asLong(),
                plan.path("administrations").asInt(),
                plan.hasNonNull("intervalWeeks") ? plan.path("intervalWeeks").asInt() : null,
                list(plan.path("premedication"), JsonNode::asText), list(plan.path("monitoring"), JsonNode::asText),
                list(plan.path("adjustments"), a -> new PlanAdjustment(a.path("ruleId").asText(),
                        a.path("change").asText())));
    }

    private static Finding finding(JsonNode f) {
        return new Finding(f.path("ruleId").asText(), null, RuleGroup.valueOf(f.path("group").asText()),
                Severity.valueOf(f.path("severity").asText()), f.path("title").asText(), f.path("rationale").asText(),
                null, list(f.path("evidence"), e -> new Evidence(e.path("item").asText(), e.path("value").asText())));
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
        List<T> items = new ArrayList<>(array.size());
        array.forEach(node -> items.add(item.apply(node)));
        return items;
    }
}
