package org.mscpathway.platform.ui.physician;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;
import org.mscpathway.platform.cases.CaseBodies;
import org.mscpathway.workflow.pathway.CareTeams;
import org.mscpathway.workflow.pathway.CaseActor;
import org.mscpathway.workflow.pathway.Role;
import org.mscpathway.workflow.pathway.ScreeningCases;

/**
 * Cases that wait in a physician's queue at once: a woman recorded as pregnant, opened by the demo coordinator in
 * team {@code main}, is ineligible after her history (main finding PREG-PREGNANT) and waits for the review.
 */
public final class PregnantPatients {

    private static final CaseActor COORDINATOR = new CaseActor("coordinator", Role.COORDINATOR, CareTeams.of("main"));

    private PregnantPatients() {
    }

    public static UUID awaitingReview(ScreeningCases cases, ObjectMapper json, String mrn, LocalDate born)
            throws IOException {
        UUID id = cases.open(json.readTree("""
                {"reference": "%s", "birthDate": "%s", "sex": "female", "weightKg": 61}""".formatted(mrn, born)),
                "knee-osteoarthritis", COORDINATOR);
        cases.submitMedicalHistory(id, json.readTree(CaseBodies.history("pregnant")), COORDINATOR, null);
        return id;
    }
}
