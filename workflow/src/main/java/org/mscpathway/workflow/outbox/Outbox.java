package org.mscpathway.workflow.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes case events into the outbox table inside the caller's transaction: the event exists if and only if the
 * state change it describes was committed. {@link OutboxRelay} publishes them.
 */
@Component
public class Outbox {

    private static final int STEP_QUERY_BATCH = 1000;

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final RelayWakeUp relayWakeUp;

    Outbox(JdbcClient jdbc, ObjectMapper json, RelayWakeUp relayWakeUp) {
        this.jdbc = jdbc;
        this.json = json;
        this.relayWakeUp = relayWakeUp;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void append(CaseEvent event) {
        insert(event.eventId(), event.caseId(), null, event.type(), envelope(event), event.occurredAt());
    }

    /**
     * Per case, the steps at which events of these types were published: the step is read from the events' payload,
     * whose format only the outbox knows. A case with no such event is absent.
     */
    @Transactional(readOnly = true)
    public Map<UUID, Set<String>> stepsPublished(Collection<UUID> caseIds, Set<CaseEventType> types) {
        Map<UUID, Set<String>> steps = new HashMap<>();
        List<UUID> ids = List.copyOf(caseIds);
        List<String> typeNames = types.stream().map(Enum::name).toList();
        // in batches: PostgreSQL takes at most 32767 parameters in one statement
        for (int from = 0; from < ids.size(); from += STEP_QUERY_BATCH) {
            jdbc.sql("""
                    SELECT case_id, payload->>'step' FROM msc.outbox_event
                     WHERE case_id IN (:ids) AND type IN (:types) AND payload->>'step' IS NOT NULL""")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + STEP_QUERY_BATCH)))
                    .param("types", typeNames)
                    .query(rs -> {
                        steps.computeIfAbsent(rs.getObject(1, UUID.class), id -> new HashSet<>()).add(rs.getString(2));
                    });
        }
        return steps;
    }

    /** A ruleset governance event, keyed by its ruleset version: it concerns no case. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(RulesetEvent event) {
        ObjectNode node = header(event.eventId(), event.type(), event.schemaVersion(), event.occurredAt());
        node.put("rulesetVersion", event.rulesetVersion());
        node.put("actorRole", event.actorRole());
        insert(event.eventId(), null, event.rulesetVersion(), event.type(), write(node, event.eventId()),
                event.occurredAt());
    }

    /** One row, about a case or else about a ruleset version (the table requires exactly one of the two). */
    private void insert(UUID eventId, UUID caseId, String rulesetVersion, Enum<?> type, String payload,
            Instant occurredAt) {
        jdbc.sql("""
                INSERT INTO msc.outbox_event (event_id, case_id, ruleset_version, type, payload, occurred_at)
                VALUES (:eventId, :caseId, :version, :type, :payload::jsonb, :occurredAt)""")
                .param("eventId", eventId)
                .param("caseId", caseId, Types.OTHER)
                .param("version", rulesetVersion, Types.VARCHAR)
                .param("type", type.name())
                .param("payload", payload)
                .param("occurredAt", Timestamp.from(occurredAt))
                .update();
        relayWakeUp.afterCommit();
    }

    /** The governance events of a ruleset version, oldest first. */
    public List<RulesetEvent> eventsOfRuleset(String rulesetVersion) {
        return jdbc.sql("SELECT payload::text FROM msc.outbox_event WHERE ruleset_version = :version ORDER BY seq")
                .param("version", rulesetVersion)
                .query((rs, n) -> readRulesetEvent(rs.getString(1)))
                .list();
    }

    /** Every event of a case in the order it happened, published or not: the system's part of the timeline. */
    public List<CaseEvent> eventsOf(UUID caseId) {
        return jdbc.sql("SELECT payload FROM msc.outbox_event WHERE case_id = :caseId ORDER BY seq")
                .param("caseId", caseId)
                .query((rs, n) -> read(rs.getString(1)))
                .list();
    }

    String envelope(CaseEvent event) {
        ObjectNode node = header(event.eventId(), event.type(), event.schemaVersion(), event.occurredAt());
        node.put("caseId", event.caseId().toString());
        node.put("step", event.step());
        node.put("outcome", event.outcome());
        node.put("actorRole", event.actorRole());
        return write(node, event.eventId());
    }

    /** The fields every event's payload starts with, whatever it is about. */
    private ObjectNode header(UUID eventId, Enum<?> type, int schemaVersion, Instant occurredAt) {
        ObjectNode node = json.createObjectNode();
        node.put("eventId", eventId.toString());
        node.put("type", type.name());
        node.put("schemaVersion", schemaVersion);
        node.put("occurredAt", occurredAt.toString());
        return node;
    }

    private String write(ObjectNode node, UUID eventId) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise event " + eventId, e);
        }
    }

    private RulesetEvent readRulesetEvent(String payload) {
        try {
            var node = json.readTree(payload);
            return new RulesetEvent(UUID.fromString(node.get("eventId").asText()),
                    RulesetEventType.valueOf(node.get("type").asText()), node.get("schemaVersion").asInt(),
                    Instant.parse(node.get("occurredAt").asText()), node.get("rulesetVersion").asText(),
                    node.get("actorRole").asText());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable outbox payload", e);
        }
    }

    CaseEvent read(String payload) {
        try {
            var node = json.readTree(payload);
            return new CaseEvent(UUID.fromString(node.get("eventId").asText()),
                    CaseEventType.valueOf(node.get("type").asText()), node.get("schemaVersion").asInt(),
                    Instant.parse(node.get("occurredAt").asText()),
                    UUID.fromString(node.get("caseId").asText()), textOrNull(node.get("step")),
                    textOrNull(node.get("outcome")), node.get("actorRole").asText());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable outbox payload", e);
        }
    }

    private static String textOrNull(com.fasterxml.jackson.databind.JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
