package org.mscpathway.screening.record;

import java.time.LocalDate;

public record Imaging(String modality, String bodySite, LocalDate date, String conclusion, Boolean suspectedMalignancy) {

    public boolean isSuspiciousForMalignancy() {
        return Boolean.TRUE.equals(suspectedMalignancy);
    }
}
