package org.mscpathway.workflow.pathway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** A physician's changes applied to a plan, with the record of what changed from what to what. */
record PlanRevision(ObjectNode plan, List<PlanChange> changes) {

    static PlanRevision apply(JsonNode current, PlanChanges requested, ObjectMapper json) {
        ObjectNode plan = current.deepCopy();
        List<PlanChange> changes = new ArrayList<>();
        change(plan, changes, PlanChange.CELLS_PER_ADMINISTRATION, requested.cellsPerAdministration(), json);
        change(plan, changes, PlanChange.ADMINISTRATIONS, requested.administrations(), json);
        change(plan, changes, PlanChange.INTERVAL_WEEKS, requested.intervalWeeks(), json);
        change(plan, changes, PlanChange.MONITORING, requested.monitoring(), json);
        return new PlanRevision(plan, List.copyOf(changes));
    }

    /** Sets a requested field (null: left as drafted) and records it when it differs from the draft. */
    private static void change(ObjectNode plan, List<PlanChange> changes, String field, Object requested,
                               ObjectMapper json) {
        if (requested == null) {
            return;
        }
        JsonNode to = json.valueToTree(requested);
        JsonNode from = plan.get(field);
        if (to.equals(from)) {
            return;
        }
        changes.add(new PlanChange(field, from == null || from.isNull() ? null : json.convertValue(from, Object.class),
                requested));
        plan.set(field, to);
    }
}
