package org.mscpathway.notification.event;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One case event as read from the case-events topic: ids and codes only, never patient data.
 *
 * @param type    the wire name; a type this consumer does not know is kept (and routed to nobody)
 * @param step    the pathway step the fact belongs to, or {@code null}
 * @param outcome the assessment outcome, decision, closing status or plan version, or {@code null}
 */
public record CaseEvent(UUID eventId, String type, Instant occurredAt, UUID caseId, String step, String outcome) {

    public CaseEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(caseId, "caseId");
    }
}
