package org.mscpathway.platform.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mscpathway.screening.json.ScreeningJson;
import org.mscpathway.workflow.pathway.CaseView;
import org.mscpathway.workflow.pathway.PlanChange;
import org.mscpathway.workflow.pathway.PlanVersion;
import org.mscpathway.workflow.pathway.RecordedDecision;

/**
 * {@code GET /api/v1/cases/{id}}: the case's care team, the pathway state, the data entered, the latest assessment
 * (and whether it was the PARTIAL one after a data step or the FULL evaluation) and the current plan (in the
 * evaluation's plan shape), with the plan's earlier versions and the physicians' decisions.
 */
record CaseResponse(UUID id, String team, String status, String currentStep, String indication,
                    String rulesetVersion, String openedBy, Instant openedAt, Instant updatedAt, Instant closedAt,
                    boolean overdue, int version, @Schema(ref = COMPONENTS + "Patient") JsonNode patient,
                    @Schema(ref = COMPONENTS + "MedicalHistory") JsonNode medicalHistory,
                    @Schema(ref = COMPONENTS + "PhysicalExam") JsonNode physicalExam,
                    @Schema(ref = COMPONENTS + "Investigations") JsonNode investigations,
                    @Schema(ref = COMPONENTS + "Evaluation") JsonNode assessment, String assessmentMode,
                    @Schema(ref = COMPONENTS + "TreatmentPlan") JsonNode plan,
                    Integer planVersion,
                    List<PlanHistoryEntry> planHistory, List<DecisionEntry> decisions,
                    Set<String> overriddenRules, PendingOverride pendingOverride) {

    /** Where the published schemas (the patient record's, the evaluation's) sit in the OpenAPI document. */
    static final String COMPONENTS = "#/components/schemas/";

    static CaseResponse of(CaseView c) {
        PlanVersion current = c.plan();
        return new CaseResponse(c.id(), c.team(), c.status().name(),
                c.currentStep() == null ? null : c.currentStep().name(), c.indication(), c.rulesetVersion(),
                c.openedBy(), c.openedAt(), c.updatedAt(), c.closedAt(),
                c.overdue(), c.version(), EnteredJson.patient(c.patient()), EnteredJson.medicalHistory(c.medicalHistory()),
                EnteredJson.physicalExam(c.physicalExam()), EnteredJson.investigations(c.investigations()),
                c.assessment() == null ? null : ScreeningJson.toJson(c.assessment()), c.assessmentMode(),
                current == null ? null : ScreeningJson.toJson(current.plan()),
                current == null ? null : current.version(),
                c.planVersions().stream().map(PlanHistoryEntry::of).toList(),
                c.decisions().stream().map(DecisionEntry::of).toList(), c.overriddenRules(),
                c.pendingOverride() == null ? null : new PendingOverride(c.pendingOverride().proposedBy(),
                        c.pendingOverride().justification(), c.pendingOverride().proposedAt()));
    }

    /** Who drafted each plan version and what they changed ({@code [{"field", "from", "to"}]}). */
    record PlanHistoryEntry(int version, String draftedBy, Instant draftedAt,
                            @ArraySchema(schema = @Schema(ref = COMPONENTS + "PlanChange")) JsonNode changes,
                            @Schema(ref = COMPONENTS + "TreatmentPlan") JsonNode plan) {
        static PlanHistoryEntry of(PlanVersion p) {
            return new PlanHistoryEntry(p.version(), p.draftedBy(), p.draftedAt(), changes(p.changes()),
                    ScreeningJson.toJson(p.plan()));
        }

        /** {@code [{"field", "from", "to"}]}, every key written even when its value is null. */
        private static JsonNode changes(List<PlanChange> changes) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            for (PlanChange change : changes) {
                ObjectNode entry = array.addObject().put("field", change.field());
                entry.set("from", value(change.from()));
                entry.set("to", value(change.to()));
            }
            return array;
        }

        private static JsonNode value(Object value) {
            JsonNodeFactory nodes = JsonNodeFactory.instance;
            if (value instanceof List<?> items) {
                ArrayNode array = nodes.arrayNode();
                items.forEach(item -> array.add(String.valueOf(item)));
                return array;
            }
            if (value instanceof Long number) {
                return nodes.numberNode(number);
            }
            if (value instanceof Integer number) {
                return nodes.numberNode(number);
            }
            return value == null ? nodes.nullNode() : nodes.textNode(value.toString());
        }
    }

    /** An override waiting for a second physician: the pathway resumes when another physician confirms it. */
    record PendingOverride(String proposedBy, String justification, Instant proposedAt) {
    }

    /** {@code confirmedBy}: the second physician of an override. */
    record DecisionEntry(String decision, String comment, Integer planVersion, ConsentEntry consent,
                         String decidedBy, Instant decidedAt, String confirmedBy) {
        static DecisionEntry of(RecordedDecision d) {
            return new DecisionEntry(d.decision().code(), d.comment(), d.planVersion(),
                    d.consent() == null ? null
                            : new ConsentEntry(d.consent().obtainedOn().toString(), d.consent().formVersion()),
                    d.decidedBy(), d.decidedAt(), d.confirmedBy());
        }
    }

    record ConsentEntry(String obtainedOn, String formVersion) {
    }
}
