package org.mscpathway.platform.audit;

/** How an audited attempt ended. */
public enum AuditOutcome {
    /** Done. */
    OK,
    /** Refused: the actor's roles (or a rule such as "not the physician who opened the case") forbid it. */
    DENIED,
    /** Rejected because the submitted data was invalid. */
    INVALID,
    /** Rejected because the case was not in a state that allows it (out of turn, stale). */
    CONFLICT,
    /** Failed for another reason (not found, unexpected error). */
    FAILED
}
