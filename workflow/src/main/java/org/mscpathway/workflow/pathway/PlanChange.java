package org.mscpathway.workflow.pathway;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One plan field a physician changed, from what to what. {@code from} and {@code to} hold the plan's own types: a
 * {@link Long} for {@value #CELLS_PER_ADMINISTRATION}, an {@link Integer} for {@value #ADMINISTRATIONS} and
 * {@value #INTERVAL_WEEKS}, a {@code List<String>} for {@value #MONITORING}; {@code from} is null where the draft
 * had no value (a single administration has no interval).
 */
public record PlanChange(String field, Object from, Object to) {

    public static final String CELLS_PER_ADMINISTRATION = "cellsPerAdministration";
    public static final String ADMINISTRATIONS = "administrations";
    public static final String INTERVAL_WEEKS = "intervalWeeks";
    public static final String MONITORING = "monitoring";

    public PlanChange {
        Objects.requireNonNull(field, "field");
        from = typed(field, from);
        to = typed(field, to);
    }

    /** The changes as stored ({@code [{"field", "from", "to"}]}); an absent or empty column is no change. */
    static List<PlanChange> fromJson(JsonNode changes) {
        List<PlanChange> read = new ArrayList<>();
        if (changes == null || !changes.isArray()) {
            return read;
        }
        for (JsonNode change : changes) {
            String field = change.path("field").asText();
            read.add(new PlanChange(field, value(change.get("from")), value(change.get("to"))));
        }
        return List.copyOf(read);
    }

    private static Object value(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(item.asText()));
            return items;
        }
        return node.isNumber() ? node.numberValue() : node.asText();
    }

    /** The value in the field's own type, whichever number type JSON or the caller gave. */
    private static Object typed(String field, Object value) {
        if (value == null) {
            return null;
        }
        return switch (field) {
            case CELLS_PER_ADMINISTRATION -> ((Number) value).longValue();
            case ADMINISTRATIONS, INTERVAL_WEEKS -> ((Number) value).intValue();
            case MONITORING -> ((List<?>) value).stream().map(String::valueOf).toList();
            default -> value;
        };
    }
}
