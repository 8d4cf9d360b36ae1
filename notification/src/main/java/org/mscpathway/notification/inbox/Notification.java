package org.mscpathway.notification.inbox;

import java.time.Instant;
import java.util.UUID;

/**
 * One in-app notification, in the shape of {@code GET /api/v1/notifications}.
 *
 * @param type the case event type that caused it, e.g. {@code PlanProposed}
 * @param step the pathway step of that event, or {@code null}
 */
public record Notification(long id, UUID eventId, String type, UUID caseId, String step, Instant createdAt,
                           boolean read) {
}
