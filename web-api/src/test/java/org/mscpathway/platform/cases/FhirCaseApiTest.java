package org.mscpathway.platform.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mscpathway.platform.interop.FhirBundles.maleScreening;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.UUID;
import org.hl7.fhir.r4.model.CarePlan;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformFixture;
import org.mscpathway.platform.PlatformTest;
import org.mscpathway.platform.interop.FhirBundles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/** Cases opened from, and filled by, FHIR Bundles; the approved plan read back as a FHIR CarePlan. */
@PlatformTest
class FhirCaseApiTest {

    private static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

    @Autowired
    PlatformFixture platform;
    @Autowired
    CaseClient api;

    private MockHttpServletResponse sendFhir(String user, String path, String bundle) throws Exception {
        return platform.mvc().perform(post(path).with(httpBasic(user, "demo")).contentType(FHIR_JSON).content(bundle))
                .andReturn().getResponse();
    }

    private UUID openFromBundle(String mrn) throws Exception {
        MockHttpServletResponse response = sendFhir("coordinator", "/api/v1/cases?indication=knee-osteoarthritis",
                maleScreening(mrn));
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        String location = response.getHeader("Location");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void aCaseOpenedFromABundleKeepsTheRestOfTheBundleAsAnImportForTheCoordinatorToConfirm() throws Exception {
        UUID id = openFromBundle("MRN-FHIR-CASE-1");

        JsonNode opened = api.read("coordinator", "/api/v1/cases/" + id);
        assertThat(opened.path("currentStep").asText()).isEqualTo("MEDICAL_HISTORY");
        assertThat(opened.path("patient").path("reference").asText()).isEqualTo("MRN-FHIR-CASE-1");
        assertThat(opened.path("patient").path("weightKg").asDouble()).isEqualTo(80.0);
        assertThat(opened.path("medicalHistory").isNull() || opened.path("medicalHistory").isMissingNode()).isTrue();

        JsonNode pending = api.read("coordinator", "/api/v1/cases/" + id + "/fhir-import");
        assertThat(pending.path("step").asText()).isEqualTo("MEDICAL_HISTORY");
        assertThat(pending.path("data").path("conditions").get(0).path("icd10").asText()).isEqualTo("M17.11");
        assertThat(pending.path("data").path("allergies")).isEmpty();
        assertThat(pending.path("sections").path("investigations").path("observations")).hasSize(4);
        assertThat(pending.path("unmapped").toString()).contains("Patient/p1");
        assertThat(audit(id)).contains("POST /api/v1/cases");
    }

    @Test
    void anImportFillsTheCurrentStepsFormAndTheCoordinatorSubmitsIt() throws Exception {
        UUID id = api.open("coordinator", CaseBodies.openCase());
        api.send("coordinator", "PUT", "/api/v1/cases/" + id + "/medical-history", CaseBodies.history());

        MockHttpServletResponse imported = sendFhir("coordinator", "/api/v1/cases/" + id + "/fhir-import",
                maleScreening(CaseBodies.MRN));

        assertThat(imported.getStatus()).as(imported.getContentAsString()).isEqualTo(200);
        JsonNode draft = api.body(imported);
        assertThat(draft.path("step").asText()).isEqualTo("PHYSICAL_EXAM");
        assertThat(draft.path("data").path("temperatureC").asDouble()).isEqualTo(36.8);
        assertThat(api.read("coordinator", "/api/v1/cases/" + id).path("currentStep").asText())
                .as("an import submits nothing").isEqualTo("PHYSICAL_EXAM");
        assertThat(audit(id)).contains("POST /api/v1/cases/{id}/fhir-import");

        String page = platform.mvc().perform(get("/cases/" + id).with(httpBasic("coordinator", "demo"))).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Filled from the EHR").contains("value=\"36.8\"");

        MockHttpServletResponse submitted = api.send("coordinator", "PUT", "/api/v1/cases/" + id + "/physical-exam",
                draft.path("data").toString());
        assertThat(submitted.getStatus()).as(submitted.getContentAsString()).isEqualTo(200);
        String next = platform.mvc().perform(get("/cases/" + id).with(httpBasic("coordinator", "demo"))).andReturn()
                .getResponse().getContentAsString();
        assertThat(next).as("the next step's form is filled from the same import").contains("Filled from the EHR")
                .contains("value=\"56888-1\" selected=\"selected\"");
    }

    @Test
    void anotherPatientsBundleIsRefused() throws Exception {
        UUID id = api.open("coordinator", CaseBodies.openCase());

        MockHttpServletResponse refused = sendFhir("coordinator", "/api/v1/cases/" + id + "/fhir-import",
                maleScreening("MRN-SOMEONE-ELSE"));

        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString()).contains("not case " + id + "'s patient")
                .doesNotContain("MRN-SOMEONE-ELSE");
        assertThat(api.send("coordinator", "GET", "/api/v1/cases/" + id + "/fhir-import", null).getStatus())
                .isEqualTo(404);
    }

    @Test
    void aBundleWithoutBirthDateOrWeightOpensNoCaseWithADosePerKilogram() throws Exception {
        String bundle = FhirBundles.bundle(FhirBundles.patient("MRN-FHIR-NO-WEIGHT", "male", "1968"));

        MockHttpServletResponse refused = sendFhir("coordinator", "/api/v1/cases?indication=ischemic-heart-disease",
                bundle);

        assertThat(refused.getStatus()).as(refused.getContentAsString()).isEqualTo(400);
        assertThat(api.body(refused).path("errors").findValuesAsText("field"))
                .anyMatch(field -> field.endsWith("patient.birthDate") || field.endsWith("patient.birthDate)"))
                .anyMatch(field -> field.endsWith("patient.weightKg") || field.endsWith("patient.weightKg)"));
        assertThat(refused.getHeader("Location")).isNull();
    }

    @Test
    void aPhysicianMayNotImport() throws Exception {
        UUID id = api.open("coordinator", CaseBodies.openCase());

        assertThat(sendFhir("physician", "/api/v1/cases/" + id + "/fhir-import", maleScreening(CaseBodies.MRN))
                .getStatus()).isEqualTo(403);
    }

    @Test
    void theApprovedPlanIsAFhirCarePlanWithItsActivitiesAndConsent() throws Exception {
        UUID id = api.open("coordinator", CaseBodies.openCase());
        assertThat(api.send("physician", "GET", "/api/v1/cases/" + id + "/careplan", null).getStatus())
                .as("no plan before approval").isEqualTo(409);
        api.send("coordinator", "PUT", "/api/v1/cases/" + id + "/medical-history", CaseBodies.history());
        api.send("coordinator", "PUT", "/api/v1/cases/" + id + "/physical-exam", CaseBodies.exam());
        api.send("coordinator", "PUT", "/api/v1/cases/" + id + "/investigations", CaseBodies.investigations());
        api.send("physician", "POST", "/api/v1/cases/" + id + "/decision", CaseBodies.approve());

        MockHttpServletResponse response = platform.mvc().perform(get("/api/v1/cases/" + id + "/careplan")
                .with(httpBasic("coordinator", "demo"))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/fhir+json");
        CarePlan carePlan = FhirContext.forR4Cached().newJsonParser()
                .parseResource(CarePlan.class, response.getContentAsString());
        assertThat(carePlan.getStatus()).isEqualTo(CarePlan.CarePlanStatus.ACTIVE);
        assertThat(carePlan.getSubject().getIdentifier().getValue()).isEqualTo(CaseBodies.MRN);
        assertThat(carePlan.getActivityFirstRep().getDetail().getCode().getText())
                .isEqualTo("UC-MSC intra-articular administration 1 of 1");
        assertThat(carePlan.getSupportingInfoFirstRep().getDisplay())
                .isEqualTo("Informed consent obtained " + LocalDate.now() + ", form v1");
    }

    private java.util.List<String> audit(UUID id) {
        return platform.jdbc().sql("SELECT action FROM msc.audit_entry WHERE case_id = :id ORDER BY id").param("id", id)
                .query(String.class).list();
    }
}
