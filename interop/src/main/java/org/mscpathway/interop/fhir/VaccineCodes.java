package org.mscpathway.interop.fhir;

import java.util.Map;
import java.util.Optional;

/**
 * CVX vaccine codes translated to ATC, for the vaccines the catalogue's live-vaccine list names (and the
 * recombinant zoster vaccine it names as not live). Any other CVX code is reported as unmapped; an Immunization
 * that carries an ATC coding is read as it is.
 */
final class VaccineCodes {

    static final Map<String, String> CVX_TO_ATC = Map.ofEntries(
            Map.entry("03", "J07BD52"),   // MMR
            Map.entry("94", "J07BD54"),   // MMRV
            Map.entry("21", "J07BK01"),   // varicella
            Map.entry("121", "J07BK02"),  // zoster, live
            Map.entry("187", "J07BK03"),  // zoster, recombinant (not live)
            Map.entry("37", "J07BL01"),   // yellow fever
            Map.entry("19", "J07AN01"),   // BCG
            Map.entry("25", "J07AP01"),   // typhoid, oral live (Ty21a)
            Map.entry("111", "J07BB03"),  // influenza, live intranasal
            Map.entry("116", "J07BH02"),  // rotavirus, pentavalent
            Map.entry("119", "J07BH01")); // rotavirus, monovalent

    private VaccineCodes() {
    }

    static Optional<String> atcForCvx(String cvx) {
        return Optional.ofNullable(CVX_TO_ATC.get(cvx));
    }
}
