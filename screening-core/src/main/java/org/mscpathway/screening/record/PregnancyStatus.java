package org.mscpathway.screening.record;

public enum PregnancyStatus {
    PREGNANT, NOT_PREGNANT, UNKNOWN
}
