package org.mscpathway.workflow.outbox;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The envelope of a ruleset governance event ({@code msc.ruleset-events}, key = ruleset version): ids and codes
 * only. It concerns no case and no patient, so it travels on its own topic and case-event consumers never see it.
 *
 * @param actorRole ADMIN or SYSTEM
 */
public record RulesetEvent(UUID eventId, RulesetEventType type, int schemaVersion, Instant occurredAt,
                           String rulesetVersion, String actorRole) {

    public static final int SCHEMA_VERSION = 1;

    public RulesetEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(rulesetVersion, "rulesetVersion");
        Objects.requireNonNull(actorRole, "actorRole");
    }

    public static RulesetEvent of(RulesetEventType type, String rulesetVersion, String actorRole, Instant occurredAt) {
        return new RulesetEvent(UUID.randomUUID(), type, SCHEMA_VERSION, occurredAt, rulesetVersion, actorRole);
    }
}
