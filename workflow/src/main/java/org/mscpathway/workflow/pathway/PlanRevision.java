package org.mscpathway.workflow.pathway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A physician's changes applied to a plan, with the record of what changed from what to what. */
record PlanRevision(ObjectNode plan, ArrayNode changes) {

    static PlanRevision apply(JsonNode current, PlanChanges requested, ObjectMapper json) {
        ObjectNode plan = current.deepCopy();
        ArrayNode changes = json.createArrayNode();
        if (requested.cellsPerAdministration() != null) {
            change(plan, changes, "cellsPerAdministration", json.valueToTree(requested.cellsPerAdministration()));
        }
        if (requested.administrations() != null) {
            change(plan, changes, "administrations", json.valueToTree(requested.administrations()));
        }
        if (requested.intervalWeeks() != null) {
            change(plan, changes, "intervalWeeks", json.valueToTree(requested.intervalWeeks()));
        }
        if (requested.monitoring() != null) {
            change(plan, changes, "monitoring", json.valueToTree(requested.monitoring()));
        }
        return new PlanRevision(plan, changes);
    }

    private static void change(ObjectNode plan, ArrayNode changes, String field, JsonNode to) {
        JsonNode from = plan.get(field);
        if (to.equals(from)) {
            return;
        }
        ObjectNode change = changes.addObject();
        change.put("field", field);
        change.set("from", from == null ? changes.nullNode() : from);
        change.set("to", to);
        plan.set(field, to);
    }
}
