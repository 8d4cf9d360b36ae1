package org.mscpathway.platform.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mscpathway.platform.interop.FhirBundles.daysAgo;
import static org.mscpathway.platform.interop.FhirBundles.observation;
import static org.mscpathway.platform.interop.FhirBundles.patient;
import static org.mscpathway.platform.interop.FhirBundles.positive;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformFixture;
import org.mscpathway.platform.PlatformTest;
import org.mscpathway.platform.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/** The CDS Hooks endpoints as an EHR calls them: a bearer token, requests shaped like the specification's. */
@PlatformTest
class CdsHooksApiTest {

    @Autowired
    PlatformFixture platform;

    private static String bearer(String role) {
        return "Bearer " + TestTokens.token("ehr-" + role, Map.of("roles", List.of("msc-pathway:" + role.toLowerCase(java.util.Locale.ROOT))));
    }

    private MockHttpServletResponse call(String authorization, String path, String body) throws Exception {
        var request = body == null ? get(path) : post(path).contentType(MediaType.APPLICATION_JSON).content(body);
        return platform.mvc().perform(request.header("Authorization", authorization)).andReturn().getResponse();
    }

    private static String patientView(String patientResource, String laboratory) {
        String empty = "{\"resourceType\": \"Bundle\", \"type\": \"searchset\"}";
        return """
                {"hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea", "hook": "patient-view",
                 "context": {"userId": "Practitioner/example", "patientId": "p1", "encounterId": "89284"},
                 "prefetch": {"patient": %s, "conditions": %s, "medicationStatements": %s, "medicationRequests": %s,
                   "immunizations": %s, "allergies": %s, "laboratory": %s, "vitalSigns": %s,
                   "pregnancyAndBreastfeeding": %s, "imagingReports": %s}}"""
                .formatted(patientResource, empty, empty, empty, empty, empty, laboratory, empty, empty, empty);
    }

    @Test
    void discoveryListsTheServiceForAnySignedInRole() throws Exception {
        MockHttpServletResponse response = call(bearer("admin"), "/cds-services", null);

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode services = platform.json().readTree(response.getContentAsString()).path("services");
        assertThat(services).extracting(service -> service.path("id").asText())
                .containsExactly("msc-eligibility", "msc-eligibility-order-select");
    }

    @Test
    void aPositiveHcgInThePrefetchGivesACriticalCardAndItsFeedbackIsRecorded() throws Exception {
        String lab = "{\"resourceType\": \"Bundle\", \"type\": \"searchset\", \"entry\": [{\"resource\": "
                + observation("hcg", "2106-3", positive(), daysAgo(1)) + "}]}";

        MockHttpServletResponse response = call(bearer("physician"), "/cds-services/msc-eligibility",
                patientView(patient("MRN-CDS-1", "female", "1992-05-06"), lab));

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        JsonNode cards = platform.json().readTree(response.getContentAsString()).path("cards");
        JsonNode critical = cards.get(0);
        assertThat(critical.path("indicator").asText()).isEqualTo("critical");
        assertThat(critical.path("summary").asText()).startsWith("MSC therapy contraindicated: ");
        assertThat(critical.path("source").path("label").asText()).startsWith("MSC Pathway screening: Clinic guidance");
        assertThat(critical.path("links").get(0).path("url").asText()).isEqualTo("http://localhost:8080/cases/new");
        String uuid = critical.path("uuid").asText();
        assertThat(platform.jdbc().sql("SELECT topic FROM msc.cds_card WHERE uuid = CAST(:uuid AS uuid)")
                .param("uuid", uuid).query(String.class).single()).startsWith("PREG-");

        MockHttpServletResponse feedback = call(bearer("physician"), "/cds-services/msc-eligibility/feedback", """
                {"feedback": [{"card": "%s", "outcome": "overridden",
                  "overrideReason": {"reason": {"code": "clinical-judgement", "system": "https://mscpathway.org/cds/override-reason"}},
                  "outcomeTimestamp": "2026-11-25T14:35:09Z"}]}""".formatted(uuid));

        assertThat(feedback.getStatus()).isEqualTo(200);
        assertThat(platform.jdbc().sql("SELECT outcome || ' ' || override_reason_code || ' ' || recorded_by"
                + " FROM msc.cds_feedback WHERE card_uuid = CAST(:uuid AS uuid)").param("uuid", uuid)
                .query(String.class).list())
                .containsExactly("overridden clinical-judgement ehr-physician");
        assertThat(platform.jdbc()
                .sql("SELECT action FROM msc.audit_entry WHERE username = 'ehr-physician' ORDER BY id")
                .query(String.class).list())
                .contains("POST /cds-services/msc-eligibility", "POST /cds-services/msc-eligibility/feedback");
    }

    @Test
    void feedbackOnACardThisServiceNeverIssuedIsRefusedNamingTheField() throws Exception {
        MockHttpServletResponse response = call(bearer("coordinator"), "/cds-services/msc-eligibility/feedback", """
                {"feedback": [{"card": "9368d37b-283f-44a0-93ea-547cebab93ed", "outcome": "accepted",
                  "outcomeTimestamp": "2026-11-25T14:35:09Z"}]}""");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(platform.json().readTree(response.getContentAsString()).path("errors").get(0).path("field").asText())
                .isEqualTo("feedback[0].card");
    }

    @Test
    void aRequestWithoutHookIsA400NamingTheField() throws Exception {
        MockHttpServletResponse response = call(bearer("coordinator"), "/cds-services/msc-eligibility",
                "{\"hookInstance\": \"x\", \"context\": {\"patientId\": \"p1\"}}");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(platform.json().readTree(response.getContentAsString()).path("errors").get(0).path("field").asText())
                .isEqualTo("hook");
    }

    @Test
    void anUnknownServiceIs404() throws Exception {
        assertThat(call(bearer("coordinator"), "/cds-services/other", patientView("{}", "{}")).getStatus())
                .isEqualTo(404);
    }

    @Test
    void theServiceNeedsASignedInScreeningRole() throws Exception {
        assertThat(platform.mvc().perform(get("/cds-services")).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(call(bearer("admin"), "/cds-services/msc-eligibility", patientView("{}", "{}")).getStatus())
                .isEqualTo(403);
        assertThat(platform.mvc().perform(get("/cds-services").with(httpBasic("coordinator", "demo"))).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
    }
}
