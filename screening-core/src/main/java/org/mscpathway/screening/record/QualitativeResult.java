package org.mscpathway.screening.record;

public enum QualitativeResult {
    POSITIVE, NEGATIVE, INDETERMINATE
}
