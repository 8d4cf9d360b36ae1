package org.mscpathway.notification.inbox;

import java.time.Instant;
import java.util.UUID;

/**
 * One in-app notification; {@code GET /api/v1/notifications} serves its fields but the outcome (the API's shape is
 * fixed by docs/api.md; the bell's page words the outcome).
 *
 * @param type the case event type that caused it, e.g. {@code PlanProposed}
 * @param step the pathway step of that event, or {@code null}
 * @param outcome the event's outcome code (e.g. {@code INELIGIBLE}, {@code APPROVED}), or {@code null} (none, or a
 *                notification older than the column)
 */
public record Notification(long id, UUID eventId, String type, UUID caseId, String step, String outcome,
                           Instant createdAt, boolean read) {
}
