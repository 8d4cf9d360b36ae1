package org.mscpathway.screening.record;

/** Administrative sex as recorded; the pregnancy-test requirement applies to every sex but {@code MALE}. */
public enum Sex {
    FEMALE, MALE, OTHER, UNKNOWN
}
