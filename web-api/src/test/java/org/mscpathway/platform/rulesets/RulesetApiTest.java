package org.mscpathway.platform.rulesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformFixture;
import org.mscpathway.platform.PlatformTest;
import org.mscpathway.platform.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Ruleset governance over the API: four eyes, validation naming keys, the what-if on a database of a few hundred
 * cases, re-screening, export. A context of its own (relay off, so the events stay readable in the outbox):
 * its activations and its hundreds of cases must not leak into the shared test database. It lives beside the
 * shared context, so it takes neither the shared engine's name (Camunda's webapp finds engines by name) nor a
 * place in the notification consumer group (it would take partitions, and so notifications, from the other).
 */
@PlatformTest
@TestPropertySource(properties = {"msc.outbox.relay-enabled=false",
        "spring.application.name=ruleset-governance-test", "msc.notification.enabled=false",
        "camunda.bpm.process-engine-name=ruleset-governance"})
class RulesetApiTest {

    private static final String ADMIN_ALICE = TestTokens.token("admin-alice", Map.of("roles", List.of("msc-pathway:admin")));
    private static final String ADMIN_BOB = TestTokens.token("admin-bob", Map.of("roles", List.of("msc-pathway:admin")));
    private static final String ADMIN_PHYSICIAN = TestTokens.token("dr.admin",
            Map.of("roles", List.of("msc-pathway:admin", "msc-pathway:physician")));
    private static final int CASES = 300;

    @Autowired
    PlatformFixture platform;

    @Test
    void aNonAdministratorCannotDraftAndTheAuthorCannotApproveOwnDraft() throws Exception {
        String body = draft("2026.2-site.1", null).toString();

        assertThat(basic("coordinator", post("/api/v1/rulesets"), body).getStatus()).isEqualTo(403);
        assertThat(basic("physician", post("/api/v1/rulesets"), body).getStatus()).isEqualTo(403);

        MockHttpServletResponse drafted = bearer(ADMIN_ALICE, post("/api/v1/rulesets"), body);
        assertThat(drafted.getStatus()).isEqualTo(201);
        assertThat(drafted.getHeader(HttpHeaders.LOCATION)).isEqualTo("/api/v1/rulesets/2026.2-site.1");
        assertThat(read(drafted).path("state").asText()).isEqualTo("DRAFT");

        MockHttpServletResponse own = bearer(ADMIN_ALICE, post("/api/v1/rulesets/2026.2-site.1/approve"), null);
        assertThat(own.getStatus()).isEqualTo(403);
        assertThat(read(own).path("title").asText()).isEqualTo("Second administrator required");
        assertThat(bearer(ADMIN_ALICE, post("/api/v1/rulesets/2026.2-site.1/activate"), null).getStatus())
                .as("a draft is not activated").isEqualTo(409);
        assertThat(bearer(ADMIN_ALICE, post("/api/v1/rulesets"), body).getStatus())
                .as("a stored version never changes").isEqualTo(409);

        MockHttpServletResponse approved = bearer(ADMIN_BOB, post("/api/v1/rulesets/2026.2-site.1/approve"), null);
        assertThat(read(approved).path("approver").asText()).isEqualTo("admin-bob");
        assertThat(read(bearer(ADMIN_ALICE, post("/api/v1/rulesets/2026.2-site.1/activate"), null))
                .path("state").asText()).isEqualTo("ACTIVE");

        JsonNode versions = read(basic("coordinator", get("/api/v1/rulesets"), null));
        assertThat(versions.findValuesAsText("state")).containsOnlyOnce("ACTIVE");
        assertThat(read(basic("coordinator", get("/api/v1/rules"), null)).path("rulesetVersion").asText())
                .as("the catalogue served is the active one").isEqualTo("2026.2-site.1");
        assertThat(read(basic("coordinator", get("/api/v1/indications"), null)).path("rulesetVersion").asText())
                .isEqualTo("2026.2-site.1");
        assertThat(outboxTypes("2026.2-site.1")).containsExactly("RulesetDrafted", "RulesetApproved",
                "RulesetActivated");
        assertThat(platform.trail().latest(20)).extracting(entry -> entry.username() + " " + entry.action() + " "
                        + entry.outcome())
                .contains("admin-alice POST /api/v1/rulesets OK",
                        "admin-bob POST /api/v1/rulesets/2026.2-site.1/approve OK",
                        "admin-alice POST /api/v1/rulesets/2026.2-site.1/activate OK");
    }

    @Test
    void aDraftWithBadThresholdsIsA400NamingEachKeyAndNothingIsStored() throws Exception {
        ObjectNode body = draft("2026.2-bad.1", null);
        ObjectNode cardiac = (ObjectNode) body.path("catalogue").path("thresholds").path("cardiac");
        cardiac.put("lvefAbsoluteBelowPercent", 150);
        cardiac.put("lvefRelativeBelow", 50);

        MockHttpServletResponse refused = bearer(ADMIN_ALICE, post("/api/v1/rulesets"), body.toString());

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(read(refused).path("errors").findValuesAsText("field")).contains(
                "catalogue.thresholds.cardiac.lvefAbsoluteBelowPercent",
                "catalogue.thresholds.cardiac.lvefRelativeBelow");
        assertThat(bearer(ADMIN_ALICE, get("/api/v1/rulesets/2026.2-bad.1"), null).getStatus()).isEqualTo(404);
        JsonNode fileReport = read(bearer(ADMIN_ALICE, post("/api/v1/rulesets/validate"),
                body.path("catalogue").toString()));
        assertThat(fileReport.findValuesAsText("field"))
                .contains("catalogue.thresholds.cardiac.lvefAbsoluteBelowPercent");
    }

    @Test
    void theWhatIfNamesEveryCaseWhoseOutcomeWouldChangeAndTheRuleThatChangedIt() throws Exception {
        Set<UUID> fixture = insertCases();
        bearer(ADMIN_ALICE, post("/api/v1/rulesets"), draft("2026.2-age.50", 50).toString());

        JsonNode adminView = read(bearer(ADMIN_ALICE, get("/api/v1/rulesets/2026.2-age.50/what-if"), null));
        JsonNode physicianView = read(bearer(ADMIN_PHYSICIAN, get("/api/v1/rulesets/2026.2-age.50/what-if"), null));

        Set<String> changed = new TreeSet<>();
        for (JsonNode change : adminView.path("changes")) {
            if (fixture.contains(UUID.fromString(change.path("caseId").asText()))) {
                changed.add(change.path("caseId").asText());
                assertThat(change.path("fromOutcome").asText()).isEqualTo("ELIGIBLE");
                assertThat(change.path("toOutcome").asText()).isEqualTo("ELIGIBLE_WITH_PRECAUTIONS");
                assertThat(change.path("rulesAppeared").toString()).isEqualTo("[\"AGE-ELDERLY\"]");
                assertThat(change.path("rulesDisappeared").isEmpty()).isTrue();
                assertThat(change.path("patientReference").isNull()).as("an administrator sees case ids only")
                        .isTrue();
            }
        }
        assertThat(changed).isEqualTo(expectedChanges());
        assertThat(adminView.path("casesEvaluated").asInt()).isGreaterThanOrEqualTo(280);
        assertThat(physicianView.path("changes").findValuesAsText("patientReference"))
                .allMatch(reference -> reference.startsWith("MRN-"));
        System.out.printf("what-if of %d cases: %d ms%n", adminView.path("casesEvaluated").asInt(),
                adminView.path("tookMillis").asLong());
    }

    @Test
    void aCaseIsRescreenedUnderTheActiveVersionOnlyWhileOpen() throws Exception {
        UUID open = insertCase("OPEN", "PHYSICAL_EXAM", "2026.1");
        UUID closed = insertCase("APPROVED", null, "2026.1");

        assertThat(basic("admin", post("/api/v1/cases/" + open + "/rescreen"), null).getStatus()).isEqualTo(403);
        MockHttpServletResponse rescreened = basic("physician", post("/api/v1/cases/" + open + "/rescreen"), null);
        assertThat(basic("coordinator", post("/api/v1/cases/" + closed + "/rescreen"), null).getStatus())
                .isEqualTo(409);

        assertThat(rescreened.getStatus()).isEqualTo(200);
        String active = platform.jdbc().sql("SELECT version FROM msc.ruleset WHERE state = 'ACTIVE'")
                .query(String.class).single();
        assertThat(platform.jdbc().sql("SELECT ruleset_version FROM msc.screening_case WHERE id = :id")
                .param("id", open).query(String.class).single()).isEqualTo(active);
        assertThat(platform.jdbc()
                .sql("SELECT ruleset_version FROM msc.case_assessment WHERE case_id = :id ORDER BY id")
                .param("id", open).query(String.class).list()).containsExactly("2026.1", active);
        assertThat(platform.trail().forCase(open)).extracting(entry -> entry.username() + " " + entry.action() + " "
                        + entry.outcome())
                .containsExactly("admin POST /api/v1/cases/{id}/rescreen DENIED",
                        "physician POST /api/v1/cases/{id}/rescreen OK");
    }

    @Test
    void aVersionIsExportedAsMarkdownAndPrintableHtml() throws Exception {
        MockHttpServletResponse markdown = bearer(ADMIN_ALICE, get("/api/v1/rulesets/2026.2/export"), null);
        MockHttpServletResponse html = bearer(ADMIN_ALICE, get("/api/v1/rulesets/2026.2/export?format=html"), null);

        assertThat(markdown.getContentAsString()).startsWith("# Ruleset 2026.2").contains("## Ruleset 2026.2")
                .contains("| Author | system |");
        assertThat(html.getContentType()).startsWith("text/html");
        assertThat(html.getContentAsString()).contains("<h1>Ruleset 2026.2</h1>").contains("<table>")
                .contains("@page");
        assertThat(basic("coordinator", get("/api/v1/rulesets/2026.2/export"), null).getStatus()).isEqualTo(403);
    }

    /** A few hundred cases written straight into the pathway's tables: open, closed lately, closed long ago. */
    private Set<UUID> insertCases() {
        platform.jdbc().sql("""
                INSERT INTO msc.screening_case (id, team, indication, status, current_step, ruleset_version,
                                                opened_by, opened_at, updated_at, closed_at, patient,
                                                medical_history, physical_exam, mrn)
                SELECT gen_random_uuid(), 'main', 'knee-osteoarthritis',
                       CASE WHEN i < 200 THEN 'OPEN' ELSE 'APPROVED' END,
                       CASE WHEN i < 200 THEN 'INVESTIGATIONS' END, '2026.2', 'coordinator',
                       now() - interval '40 days', now(),
                       CASE WHEN i >= 280 THEN now() - interval '2 years' WHEN i >= 200 THEN now() - interval '1 day' END,
                       jsonb_build_object('reference', 'MRN-WI-' || i, 'sex', 'male', 'weightKg', 72.0,
                                          'heightCm', 172, 'birthDate', (:year - (20 + i % 60)) || '-01-01'),
                       CAST(:history AS jsonb), CAST(:exam AS jsonb), 'MRN-WI-' || i
                  FROM generate_series(0, :last) AS i""")
                .param("year", LocalDate.now().getYear()).param("history", HISTORY).param("exam", EXAM)
                .param("last", CASES - 1).update();
        platform.jdbc().sql("""
                INSERT INTO msc.case_assessment (case_id, step, mode, outcome, ruleset_version, body, assessed_at)
                SELECT id, 'PHYSICAL_EXAM', 'PARTIAL', 'ELIGIBLE', '2026.2', '{}', now() - interval '2 days'
                  FROM msc.screening_case WHERE patient->>'reference' LIKE 'MRN-WI-%'""").update();
        return new java.util.HashSet<>(platform.jdbc().sql(
                "SELECT id FROM msc.screening_case WHERE patient->>'reference' LIKE 'MRN-WI-%'")
                .query(UUID.class).list());
    }

    /** Patients from 50 to 74 become "elderly" under the draft; closed ones are judged on their assessment's day. */
    private Set<String> expectedChanges() {
        Set<String> expected = new TreeSet<>();
        for (int i = 0; i < 280; i++) {
            LocalDate born = LocalDate.of(LocalDate.now().getYear() - (20 + i % 60), 1, 1);
            LocalDate day = i < 200 ? LocalDate.now() : LocalDate.now().minusDays(2);
            int age = Period.between(born, day).getYears();
            if (age >= 50 && age < 75) {
                expected.add(platform.jdbc().sql("SELECT id FROM msc.screening_case WHERE patient->>'reference' = :ref")
                        .param("ref", "MRN-WI-" + i).query(UUID.class).single().toString());
            }
        }
        return expected;
    }

    private UUID insertCase(String status, String step, String rulesetVersion) {
        UUID id = UUID.randomUUID();
        platform.jdbc().sql("""
                INSERT INTO msc.screening_case (id, team, indication, status, current_step, ruleset_version,
                                                opened_by, opened_at, updated_at, closed_at, patient, medical_history,
                                                mrn)
                VALUES (:id, 'main', 'knee-osteoarthritis', :status, :step, :version, 'coordinator', now(), now(),
                        CASE WHEN :status = 'OPEN' THEN NULL ELSE now() END,
                        '{"reference": "MRN-RS-1", "birthDate": "1960-05-01", "sex": "female", "weightKg": 60,
                          "heightCm": 160}', CAST(:history AS jsonb), 'MRN-RS-1')""")
                .param("id", id).param("status", status).param("step", step).param("version", rulesetVersion)
                .param("history", HISTORY).update();
        platform.jdbc().sql("""
                INSERT INTO msc.case_assessment (case_id, step, mode, outcome, ruleset_version, body, assessed_at)
                VALUES (:id, 'MEDICAL_HISTORY', 'PARTIAL', 'ELIGIBLE', :version, '{}', now())""")
                .param("id", id).param("version", rulesetVersion).update();
        return id;
    }

    private List<String> outboxTypes(String version) {
        return platform.jdbc().sql("SELECT type FROM msc.outbox_event WHERE ruleset_version = :v ORDER BY seq")
                .param("v", version).query(String.class).list();
    }

    /** A draft from the shipped document, optionally with patients "elderly" from another age. */
    private ObjectNode draft(String version, Integer elderlyFromYears) throws Exception {
        ObjectNode catalogue = (ObjectNode) read(bearer(ADMIN_ALICE, get("/api/v1/rulesets/2026.2"), null));
        catalogue.remove("rulesetVersion");
        if (elderlyFromYears != null) {
            ((ObjectNode) catalogue.path("thresholds").path("age")).put("elderlyFromYears", elderlyFromYears);
        }
        ObjectNode body = platform.json().createObjectNode();
        body.put("basedOn", "2026.2").put("version", version).put("summary", "test draft " + version);
        body.set("catalogue", catalogue);
        return body;
    }

    private MockHttpServletResponse basic(String user, MockHttpServletRequestBuilder request, String body)
            throws Exception {
        return send(request.with(httpBasic(user, "demo")), body);
    }

    private MockHttpServletResponse bearer(String token, MockHttpServletRequestBuilder request, String body)
            throws Exception {
        return send(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token), body);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String body) throws Exception {
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return platform.mvc().perform(request).andReturn().getResponse();
    }

    private JsonNode read(MockHttpServletResponse response) throws Exception {
        return platform.json().readTree(response.getContentAsString());
    }

    private static final String HISTORY = """
            {"conditions": [], "medications": [], "allergies": [], "pregnancy": "unknown", "lactating": false}""";
    private static final String EXAM = """
            {"temperatureC": 36.6, "heartRateBpm": 70, "systolicMmHg": 126, "diastolicMmHg": 80, "spo2Percent": 98,
             "nyhaClass": 1, "ecog": 0}""";
}
