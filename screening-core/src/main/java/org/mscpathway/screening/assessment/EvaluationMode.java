package org.mscpathway.screening.assessment;

/**
 * FULL: every rule and every required-data item; the outcome precedence of the design.
 * PARTIAL: for the early pathway steps; only what the data present can decide, no INCOMPLETE for data not yet due.
 */
public enum EvaluationMode {
    FULL, PARTIAL
}
