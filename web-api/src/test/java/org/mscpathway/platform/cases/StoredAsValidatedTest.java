package org.mscpathway.platform.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformFixture;
import org.mscpathway.platform.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/** What is stored is what was validated (issue 12.8): no unknown field, no overlong text, no oversized body. */
@PlatformTest
class StoredAsValidatedTest {

    @Autowired
    PlatformFixture platform;
    @Autowired
    CaseClient api;

    @Test
    void unknownFieldsAreDroppedBeforeAnythingIsStored() throws Exception {
        UUID id = api.open("coordinator", """
                {"patient": {"reference": "MRN-PAD-1", "birthDate": "1968-04-12", "sex": "male", "weightKg": 72.0,
                             "heightCm": 172, "pad": "PADDING-1"},
                 "indication": "knee-osteoarthritis", "pad": "PADDING-2"}""");
        api.submit("coordinator", id, "medical-history", """
                {"conditions": [{"icd10": "M17.0", "status": "active", "pad": "PADDING-3"}], "medications": [],
                 "allergies": [], "pregnancy": "unknown", "lactating": false, "pad": {"deep": "PADDING-4"}}""");

        String stored = platform.jdbc()
                .sql("SELECT patient::text || medical_history::text FROM msc.screening_case WHERE id = ?")
                .param(id).query(String.class).single();
        assertThat(stored).doesNotContain("PADDING").contains("M17.0").contains("MRN-PAD-1");
        assertThat(api.read("physician", "/api/v1/cases/" + id).toString()).doesNotContain("PADDING");
        assertThat(api.read("physician", "/api/v1/cases").toString()).doesNotContain("PADDING");
    }

    @Test
    void textOverItsCapIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        UUID id = api.open("coordinator", CaseBodies.openCase());
        String longName = "a".repeat(201);

        MockHttpServletResponse refused = api.send("coordinator", "PUT", "/api/v1/cases/" + id + "/medical-history",
                """
                {"conditions": [], "medications": [{"atc": "J01CA04", "name": "%s", "status": "active"}],
                 "allergies": [], "pregnancy": "unknown", "lactating": false}""".formatted(longName));

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("medicalHistory.medications[0].name")
                .doesNotContain(longName);
        assertThat(api.read("coordinator", "/api/v1/cases/" + id).path("currentStep").asText())
                .isEqualTo("MEDICAL_HISTORY");
    }

    @Test
    void bodyOverOneMegabyteIsRefusedWith413AndNothingIsStored() throws Exception {
        UUID id = api.open("coordinator", CaseBodies.openCase());
        String padded = CaseBodies.history().replace("{", "{\"pad\": \"" + "x".repeat(1_100_000) + "\", ");

        MockHttpServletResponse refused = api.send("coordinator", "PUT", "/api/v1/cases/" + id + "/medical-history",
                padded);

        assertThat(refused.getStatus()).isEqualTo(413);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(api.read("coordinator", "/api/v1/cases/" + id).path("version").asInt()).isEqualTo(
                platform.jdbc().sql("SELECT version FROM msc.screening_case WHERE id = ?").param(id)
                        .query(Integer.class).single());
        assertThat(api.read("coordinator", "/api/v1/cases/" + id).path("currentStep").asText())
                .isEqualTo("MEDICAL_HISTORY");
    }

    @Test
    void chunkedBodyOverOneMegabyteIsRefusedWith413Too() throws Exception {
        UUID id = api.open("coordinator", CaseBodies.openCase());
        byte[] padded = CaseBodies.history().replace("{", "{\"pad\": \"" + "x".repeat(1_100_000) + "\", ")
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + platform.port() + "/api/v1/cases/" + id + "/medical-history"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("coordinator:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(padded))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.read("coordinator", "/api/v1/cases/" + id).path("currentStep").asText())
                .isEqualTo("MEDICAL_HISTORY");
    }
}
