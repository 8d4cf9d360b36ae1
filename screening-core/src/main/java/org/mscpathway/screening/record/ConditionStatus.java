package org.mscpathway.screening.record;

public enum ConditionStatus {
    ACTIVE, RECURRENCE, REMISSION, RESOLVED;

    /** Active or recurrent: the disease is present now. */
    public boolean isCurrent() {
        return this == ACTIVE || this == RECURRENCE;
    }
}
