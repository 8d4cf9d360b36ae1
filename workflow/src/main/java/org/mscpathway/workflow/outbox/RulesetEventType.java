package org.mscpathway.workflow.outbox;

/** The facts ruleset governance publishes on {@code msc.ruleset-events}; see ruleset-event.schema.json. */
public enum RulesetEventType {
    RulesetDrafted, RulesetApproved, RulesetActivated
}
