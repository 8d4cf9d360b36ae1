package org.mscpathway.workflow.ruleset;

/** Where a ruleset version is in its governance: drafted, approved by a second administrator, in use, replaced. */
public enum RulesetState {
    DRAFT, APPROVED, ACTIVE, RETIRED
}
