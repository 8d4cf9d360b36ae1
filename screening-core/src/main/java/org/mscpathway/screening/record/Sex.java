package org.mscpathway.screening.record;

/** Administrative sex as recorded; pregnancy rules apply to {@code FEMALE} only. */
public enum Sex {
    FEMALE, MALE, OTHER, UNKNOWN
}
