package org.mscpathway.screening.record;

public enum MedicationStatus {
    ACTIVE, STOPPED
}
