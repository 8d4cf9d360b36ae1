package org.mscpathway.workflow.outbox;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The envelope of every case event: ids and codes only. It has no field that could carry a patient's name, MRN,
 * birth date or free text, so nothing identifying can reach Kafka by accident.
 *
 * @param step      the pathway step the fact belongs to (a {@code Step} name), or null
 * @param outcome   a code: an assessment outcome, a decision or a closing status, or null
 * @param actorRole COORDINATOR, PHYSICIAN, ADMIN or SYSTEM
 */
public record CaseEvent(UUID eventId, CaseEventType type, int schemaVersion, Instant occurredAt, UUID caseId,
                        String step, String outcome, String actorRole) {

    public static final int SCHEMA_VERSION = 1;

    public CaseEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actorRole, "actorRole");
    }

    public static CaseEvent of(CaseEventType type, UUID caseId, String step, String outcome, String actorRole,
                               Instant occurredAt) {
        return new CaseEvent(UUID.randomUUID(), type, SCHEMA_VERSION, occurredAt, caseId, step, outcome, actorRole);
    }
}
