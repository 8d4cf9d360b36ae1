package org.mscpathway.platform.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformFixture;
import org.mscpathway.platform.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/** Every case body, sent wrong: a 400 problem naming each bad field, no patient value echoed, nothing saved. */
@PlatformTest
class CaseInputTest {

    @Autowired
    PlatformFixture platform;
    @Autowired
    CaseClient api;

    @Test
    void openingWithoutPatientOrWithAnUnknownIndicationNamesBothFields() throws Exception {
        MockHttpServletResponse response = api.send("coordinator", "POST", "/api/v1/cases",
                "{\"indication\": \"hair-loss\"}");

        assertProblem(response, 400, "patient", "indication");
        assertThat(response.getHeader("Location")).isNull();
    }

    @Test
    void openingWithAMalformedBirthDateNamesItWithoutEchoingIt() throws Exception {
        MockHttpServletResponse response = api.send("coordinator", "POST", "/api/v1/cases",
                CaseBodies.openCase("male", "12/04/1968", "knee-osteoarthritis"));

        assertProblem(response, 400, "patient.birthDate");
        assertThat(response.getContentAsString()).doesNotContain("12/04/1968").doesNotContain(CaseBodies.MRN);
    }

    @Test
    void aCaseWithoutWeightIsRefusedNamingTheField() throws Exception {
        MockHttpServletResponse response = api.send("coordinator", "POST", "/api/v1/cases", """
                {"patient": {"reference": "%s", "birthDate": "1968-04-12", "sex": "male"},
                 "indication": "ischemic-heart-disease"}""".formatted(CaseBodies.MRN));

        assertProblem(response, 400, "patient.weightKg");
        assertThat(api.body(response).path("errors").findValuesAsText("message"))
                .containsExactly("the patient's weight is required: the dose is per kilogram");
    }

    @Test
    void aCaseWithoutBirthDateOrSexIsRefusedNamingBothAndNothingIsOpened() throws Exception {
        int before = api.read("coordinator", "/api/v1/cases").size();

        MockHttpServletResponse response = api.send("coordinator", "POST", "/api/v1/cases", """
                {"patient": {"reference": "%s", "sex": null, "weightKg": 72.0},
                 "indication": "knee-osteoarthritis"}""".formatted(CaseBodies.MRN));

        assertProblem(response, 400, "patient.birthDate", "patient.sex");
        assertThat(api.body(response).path("errors").findValuesAsText("message"))
                .allMatch(message -> message.startsWith("the patient's ") && message.contains(" is required"));
        assertThat(response.getHeader("Location")).isNull();
        assertThat(api.read("coordinator", "/api/v1/cases").size()).isEqualTo(before);
    }

    @Test
    void aLabRowWithoutDateIsRefusedAndNothingIsSaved() throws Exception {
        UUID id = atPhysicalExam();
        api.send("coordinator", "PUT", "/api/v1/cases/" + id + "/physical-exam", CaseBodies.exam());
        int version = version(id);

        MockHttpServletResponse response = api.send("coordinator", "PUT", "/api/v1/cases/" + id + "/investigations",
                """
                {"observations": [{"loinc": "6690-2", "value": 6.4, "unit": "10*9/L"},
                                  {"loinc": "751-8", "value": "low", "date": "2026-11-20"}],
                 "imaging": [{"modality": "CT", "bodySite": "chest", "conclusion": "no lesion"}]}""");

        assertProblem(response, 400, "observations[0].date", "observations[1].value", "imaging[0].date");
        assertUnchanged(id, version, "investigations", "INVESTIGATIONS");
    }

    @Test
    void historyWithWrongValuesNamesEachFieldAndLeavesTheCaseAsItWas() throws Exception {
        UUID id = api.open("coordinator", CaseBodies.openCase());
        int version = version(id);

        MockHttpServletResponse response = api.send("coordinator", "PUT", "/api/v1/cases/" + id + "/medical-history",
                """
                {"conditions": [{"icd10": "C50.9", "status": "cured"}], "medications": "none",
                 "allergies": [], "pregnancy": "maybe"}""");

        assertProblem(response, 400, "medicalHistory.conditions[0].status", "medicalHistory.medications",
                "medicalHistory.pregnancy");
        assertUnchanged(id, version, "medicalHistory", "MEDICAL_HISTORY");
    }

    @Test
    void examWithTextForANumberIsRefused() throws Exception {
        UUID id = atPhysicalExam();

        assertProblem(api.send("coordinator", "PUT", "/api/v1/cases/" + id + "/physical-exam",
                "{\"temperatureC\": \"high\", \"nyhaClass\": 7}"), 400, "physicalExam.temperatureC",
                "physicalExam.nyhaClass");
    }

    @Test
    void investigationWithTextForAQuantityIsRefusedNamingTheObservation() throws Exception {
        UUID id = atPhysicalExam();
        api.send("coordinator", "PUT", "/api/v1/cases/" + id + "/physical-exam", CaseBodies.exam());

        MockHttpServletResponse response = api.send("coordinator", "PUT", "/api/v1/cases/" + id + "/investigations",
                "{\"observations\": [{\"loinc\": \"6690-2\", \"value\": \"high\", \"date\": \"2026-11-20\"}]}");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(api.body(response).path("errors").findValuesAsText("field"))
                .anyMatch(field -> field.startsWith("observations[0].value"));
    }

    @Test
    void malformedJsonIsA400ProblemAndNotA500() throws Exception {
        UUID id = api.open("coordinator", CaseBodies.openCase());

        MockHttpServletResponse response = api.send("coordinator", "PUT", "/api/v1/cases/" + id + "/medical-history",
                "{\"conditions\": [");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void decisionWithAnUnknownCodeOrWrongTypesNamesTheFields() throws Exception {
        UUID id = api.open("coordinator", CaseBodies.openCase());

        assertProblem(api.send("physician", "POST", "/api/v1/cases/" + id + "/decision", """
                {"decision": "maybe", "planChanges": {"cellsPerAdministration": "lots"},
                 "consent": {"obtainedOn": "yesterday"}}"""), 400, "decision", "planChanges.cellsPerAdministration",
                "consent.obtainedOn");
    }

    @Test
    void approvalWithoutConsentIsRefusedAndNothingIsDecided() throws Exception {
        UUID id = atPlanApproval();

        assertProblem(api.send("physician", "POST", "/api/v1/cases/" + id + "/decision",
                "{\"decision\": \"approve\"}"), 400, "consent");
        JsonNode unchanged = api.read("physician", "/api/v1/cases/" + id);
        assertThat(unchanged.path("status").asText()).isEqualTo("OPEN");
        assertThat(unchanged.path("decisions")).isEmpty();
    }

    @Test
    void overrideWithoutAJustificationIsRefused() throws Exception {
        UUID id = api.open("coordinator", CaseBodies.openCase());
        api.send("coordinator", "PUT", "/api/v1/cases/" + id + "/medical-history", """
                {"conditions": [{"icd10": "A15.0", "status": "active"}], "medications": [], "allergies": [],
                 "pregnancy": "unknown", "lactating": false}""");

        assertProblem(api.send("physician", "POST", "/api/v1/cases/" + id + "/decision",
                "{\"decision\": \"override\"}"), 400, "comment");
    }

    @Test
    void unknownCaseIsA404AndABadIdA400() throws Exception {
        assertThat(api.send("coordinator", "GET", "/api/v1/cases/" + UUID.randomUUID(), null).getStatus())
                .isEqualTo(404);
        assertThat(api.send("coordinator", "GET", "/api/v1/cases/not-a-uuid", null).getStatus()).isEqualTo(400);
    }

    @Test
    void updateBasedOnAStaleVersionIsAConflict() throws Exception {
        UUID id = api.open("coordinator", CaseBodies.openCase());
        String etag = api.send("coordinator", "GET", "/api/v1/cases/" + id, null).getHeader("ETag");
        api.send("coordinator", "PUT", "/api/v1/cases/" + id + "/medical-history", CaseBodies.history());

        MockHttpServletResponse stale = platform.mvc().perform(put("/api/v1/cases/" + id + "/physical-exam")
                        .with(httpBasic("coordinator", "demo"))
                        .header("If-Match", etag).contentType("application/json").content(CaseBodies.exam()))
                .andReturn().getResponse();

        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(api.body(stale).path("detail").asText()).contains("version");
    }

    @Test
    void boardFilterWithAnUnknownStepIsA400NamingTheParameter() throws Exception {
        assertProblem(api.send("coordinator", "GET", "/api/v1/cases?step=SURGERY", null), 400, "step");
    }

    private UUID atPhysicalExam() throws Exception {
        UUID id = api.open("coordinator", CaseBodies.openCase());
        api.send("coordinator", "PUT", "/api/v1/cases/" + id + "/medical-history", CaseBodies.history());
        return id;
    }

    private UUID atPlanApproval() throws Exception {
        UUID id = atPhysicalExam();
        api.send("coordinator", "PUT", "/api/v1/cases/" + id + "/physical-exam", CaseBodies.exam());
        api.send("coordinator", "PUT", "/api/v1/cases/" + id + "/investigations", CaseBodies.investigations());
        return id;
    }

    private int version(UUID id) throws Exception {
        return api.read("coordinator", "/api/v1/cases/" + id).path("version").asInt();
    }

    /** Nothing was saved: the case has its version, the refused section is still empty, the step is the same. */
    private void assertUnchanged(UUID id, int version, String section, String step) throws Exception {
        JsonNode unchanged = api.read("coordinator", "/api/v1/cases/" + id);
        assertThat(unchanged.path("version").asInt()).isEqualTo(version);
        assertThat(unchanged.path(section).isNull()).isTrue();
        assertThat(unchanged.path("currentStep").asText()).isEqualTo(step);
    }

    private void assertProblem(MockHttpServletResponse response, int status, String... fields) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(api.body(response).path("errors").findValuesAsText("field")).contains(fields);
    }
}
