package org.mscpathway.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;
import org.mscpathway.platform.cases.CaseBodies;
import org.mscpathway.workflow.pathway.CareTeams;
import org.mscpathway.workflow.pathway.CaseActor;
import org.mscpathway.workflow.pathway.Role;
import org.mscpathway.workflow.pathway.ScreeningCases;
import org.mscpathway.workflow.pathway.Step;

/**
 * Cases for the physician's pages, entered by the team's coordinator: a knee-osteoarthritis case waiting for plan
 * approval whose leukocytes are low (2.5 ×10⁹/L, below the catalogue's 3.0: a finding with that result as evidence).
 */
public final class ReviewCases {

    public static final CareTeams MAIN = CareTeams.of("main");
    public static final CaseActor COORDINATOR = new CaseActor("coordinator", Role.COORDINATOR, MAIN);

    private final ScreeningCases cases;
    private final ObjectMapper json;

    public ReviewCases(ScreeningCases cases, ObjectMapper json) {
        this.cases = cases;
        this.json = json;
    }

    public UUID open(String mrn) throws IOException {
        return cases.open(json.readTree("""
                {"reference": "%s", "birthDate": "1966-05-04", "sex": "male", "weightKg": 82}""".formatted(mrn)),
                "knee-osteoarthritis", COORDINATOR);
    }

    public UUID atPlanApprovalWithLowLeukocytes(String mrn) throws IOException {
        UUID id = open(mrn);
        cases.submitMedicalHistory(id, json.readTree("""
                {"conditions": [{"icd10": "M17.0", "status": "active"}],
                 "medications": [{"atc": "C10AA05", "name": "atorvastatin", "status": "active"}],
                 "allergies": []}"""), COORDINATOR, null);
        examAndInvestigations(cases, json, id, COORDINATOR, LocalDate.now().minusDays(7), """
                {"observations": [
                   {"loinc": "56888-1", "value": "negative", "date": "%1$s"},
                   {"loinc": "5196-1", "value": "negative", "date": "%1$s"},
                   {"loinc": "16128-1", "value": "negative", "date": "%1$s"},
                   {"loinc": "20507-0", "value": "negative", "date": "%1$s"},
                   {"loinc": "6690-2", "value": 2.5, "unit": "10*9/L", "date": "%1$s"},
                   {"loinc": "751-8", "value": 1.8, "unit": "10*9/L", "date": "%1$s"},
                   {"loinc": "777-3", "value": 240, "unit": "10*9/L", "date": "%1$s"}],
                 "imaging": []}""");
        assertThat(cases.view(id, MAIN).currentStep()).isEqualTo(Step.PLAN_APPROVAL);
        return id;
    }

    /**
     * After the medical history: the normal exam, then the labs and imaging of {@code investigations} (the API's body,
     * whose dates read {@code %1$s}), all taken on {@code taken}.
     */
    static void examAndInvestigations(ScreeningCases cases, ObjectMapper json, UUID id, CaseActor by,
            LocalDate taken, String investigations) throws IOException {
        cases.submitPhysicalExam(id, json.readTree(CaseBodies.exam()), by, null);
        cases.submitInvestigations(id, json.readTree(investigations.formatted(taken)), by, null);
    }
}
