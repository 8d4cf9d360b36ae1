package org.mscpathway.platform.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformFixture;
import org.mscpathway.platform.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Cases walked end to end over HTTP, as a coordinator and a physician would, on real PostgreSQL and Kafka: the
 * pathway, the timeline and the notification that reaches the physician through the broker.
 */
@PlatformTest
class CaseApiTest {

    @Autowired
    PlatformFixture platform;
    @Autowired
    CaseClient api;

    @Test
    void coordinatorAndPhysicianWalkACaseToAnApprovedPlanAndTheTimelineTellsWhoDidWhat() throws Exception {
        UUID id = api.open("coordinator", CaseBodies.openCase());
        assertThat(step(id)).isEqualTo("MEDICAL_HISTORY");

        JsonNode afterHistory = put(id, "medical-history", CaseBodies.history());
        assertThat(afterHistory.path("currentStep").asText()).isEqualTo("PHYSICAL_EXAM");
        assertThat(afterHistory.path("assessmentMode").asText()).isEqualTo("PARTIAL");
        assertThat(put(id, "physical-exam", CaseBodies.exam()).path("currentStep").asText())
                .isEqualTo("INVESTIGATIONS");
        JsonNode atApproval = put(id, "investigations", CaseBodies.investigations());
        assertThat(atApproval.path("currentStep").asText()).isEqualTo("PLAN_APPROVAL");
        assertThat(atApproval.path("assessment").path("outcome").asText()).isEqualTo("ELIGIBLE");
        assertThat(atApproval.path("assessmentMode").asText()).isEqualTo("FULL");
        assertThat(atApproval.path("plan").path("route").asText()).isEqualTo("intra-articular");
        assertThat(atApproval.path("plan").path("cellsPerAdministration").asLong()).isEqualTo(50_000_000L);

        MockHttpServletResponse decided = api.send("physician", "POST", "/api/v1/cases/" + id + "/decision",
                CaseBodies.approve());

        assertThat(decided.getStatus()).isEqualTo(200);
        JsonNode approved = api.body(decided);
        assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.path("currentStep").isNull()).isTrue();
        assertThat(approved.path("decisions").get(0).path("decidedBy").asText()).isEqualTo("physician");
        assertThat(approved.path("decisions").get(0).path("consent").path("formVersion").asText()).isEqualTo("v1");

        JsonNode timeline = api.read("physician2", "/api/v1/cases/" + id + "/timeline");
        assertThat(actions(timeline)).containsExactly(
                "coordinator POST /api/v1/cases OK",
                "coordinator PUT /api/v1/cases/{id}/medical-history OK",
                "coordinator PUT /api/v1/cases/{id}/physical-exam OK",
                "coordinator PUT /api/v1/cases/{id}/investigations OK",
                "physician POST /api/v1/cases/{id}/decision OK");
        assertThat(events(timeline)).startsWith("CaseOpened").endsWith("PlanProposed", "PlanDecided", "CaseClosed");
        assertThat(timeline.toString()).doesNotContain(CaseBodies.MRN).doesNotContain(CaseBodies.BIRTH_DATE);
    }

    @Test
    void theSectionsACoordinatorEntersComeBackInTheCaseAsEntered() throws Exception {
        String date = LocalDate.now().minusDays(7).toString();
        String history = """
                {"conditions": [{"icd10": "M17.0", "status": "active", "onset": "2019-03-01"}],
                 "medications": [{"atc": "N02BE01", "name": "paracetamol", "status": "stopped", "end": "2026-01-31"}],
                 "allergies": [{"substance": "penicillin", "reaction": "rash", "severity": "mild", "atc": "J01C"}],
                 "pregnancy": "not-pregnant", "lactating": false}""";
        ObjectNode investigations = (ObjectNode) platform.json().readTree(CaseBodies.investigations());
        ((ArrayNode) investigations.get("observations")).addObject()
                .put("loinc", "2106-3").put("value", "negative").put("date", date);
        investigations.putArray("imaging").addObject().put("modality", "X-ray").put("bodySite", "knee")
                .put("date", date).put("conclusion", "normal").put("suspectedMalignancy", false);
        UUID id = api.open("coordinator", CaseBodies.openCase("female", CaseBodies.BIRTH_DATE, "knee-osteoarthritis"));
        put(id, "medical-history", history);
        put(id, "physical-exam", CaseBodies.exam());
        put(id, "investigations", investigations.toString());

        JsonNode c = api.read("coordinator", "/api/v1/cases/" + id);

        assertSameJson(c.path("patient"), platform.json().readTree(CaseBodies.openCase("female", CaseBodies.BIRTH_DATE,
                "knee-osteoarthritis")).path("patient"));
        assertSameJson(c.path("medicalHistory"), platform.json().readTree(history));
        assertSameJson(c.path("physicalExam"), platform.json().readTree(CaseBodies.exam()));
        assertSameJson(c.path("investigations"), investigations);
    }

    /** The same fields, values and order of items; a number equal as a number (72.0 is 72). */
    private static void assertSameJson(JsonNode actual, JsonNode expected) {
        Comparator<JsonNode> numbersByValue = (a, b) -> a.isNumber() && b.isNumber()
                ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;
        assertThat(actual.equals(numbersByValue, expected)).as("%s is %s", actual, expected).isTrue();
    }

    @Test
    void prometheusShowsHowLongCasesWaitAtEachStepAndHowTheyClose() throws Exception {
        UUID id = api.open("coordinator", CaseBodies.openCase());
        put(id, "medical-history", CaseBodies.history());
        api.send("coordinator", "POST", "/api/v1/cases/" + id + "/withdraw", null);

        String scrape = api.send("admin", "GET", "/actuator/prometheus", null).getContentAsString();

        assertThat(scrape).contains("msc_pathway_step_seconds_count{step=\"MEDICAL_HISTORY\"}")
                .contains("msc_pathway_cases_closed_total{status=\"WITHDRAWN\"}")
                .contains("msc_pathway_cases_waiting{step=\"PLAN_APPROVAL\"}")
                .contains("msc_outbox_backlog");
    }

    @Test
    void physicianIsNotifiedThroughTheBrokerWhenAPlanIsProposed() throws Exception {
        UUID id = api.atPlanApproval("coordinator");

        List<String> types = List.of();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (types.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            types = notificationTypes("physician2", id);
        }
        assertThat(types).containsExactly("PlanProposed");
    }

    @Test
    void knownPregnancyGoesStraightToThePhysicianWhoConfirmsIneligibility() throws Exception {
        String birthDate = LocalDate.now().minusYears(31).toString();
        UUID id = api.open("coordinator", CaseBodies.openCase("female", birthDate, "knee-osteoarthritis"));

        JsonNode review = put(id, "medical-history", CaseBodies.history("pregnant"));
        assertThat(review.path("currentStep").asText()).isEqualTo("INELIGIBILITY_REVIEW");
        assertThat(review.path("assessment").path("findings").findValuesAsText("group")).contains("PREGNANCY");

        MockHttpServletResponse outOfTurn = api.send("coordinator", "PUT",
                "/api/v1/cases/" + id + "/physical-exam", CaseBodies.exam());
        assertThat(outOfTurn.getStatus()).isEqualTo(409);
        assertThat(outOfTurn.getContentType()).startsWith("application/problem+json");

        JsonNode closed = api.body(api.send("physician", "POST", "/api/v1/cases/" + id + "/decision",
                CaseBodies.decision("confirm-ineligible", "pregnant")));
        assertThat(closed.path("status").asText()).isEqualTo("INELIGIBLE");
        assertThat(events(api.read("coordinator", "/api/v1/cases/" + id + "/timeline")))
                .doesNotContain("PlanProposed").endsWith("CaseClosed");
    }

    @Test
    void incompleteCaseAsksForExactlyTheMissingItemsThenGoesOn() throws Exception {
        UUID id = api.open("coordinator", CaseBodies.openCase());
        put(id, "medical-history", CaseBodies.history());
        put(id, "physical-exam", CaseBodies.exam());

        JsonNode missing = put(id, "investigations", CaseBodies.investigations(false));
        assertThat(missing.path("currentStep").asText()).isEqualTo("MISSING_DATA");
        assertThat(missing.path("assessment").path("missing").findValuesAsText("item"))
                .containsExactly("LOINC 6690-2");

        JsonNode complete = put(id, "investigations", CaseBodies.investigations(true));
        assertThat(complete.path("currentStep").asText()).isEqualTo("PLAN_APPROVAL");
    }

    @Test
    void physicianMayNotDecideOnACaseTheyOpened() throws Exception {
        platform.account("dr-both", "COORDINATOR", "PHYSICIAN");
        UUID id = api.atPlanApproval("dr-both");

        MockHttpServletResponse refused = api.send("dr-both", "POST", "/api/v1/cases/" + id + "/decision",
                CaseBodies.approve());

        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(api.body(refused).path("detail").asText()).contains("opened the case");
        assertThat(api.read("physician", "/api/v1/cases/" + id).path("status").asText()).isEqualTo("OPEN");
        assertThat(actions(api.read("physician2", "/api/v1/cases/" + id + "/timeline")))
                .contains("dr-both POST /api/v1/cases/{id}/decision DENIED");
    }

    @Test
    void requestedChangesMakeANewPlanVersionThatRecordsWhoChangedWhat() throws Exception {
        UUID id = api.atPlanApproval("coordinator");

        JsonNode redrafted = api.body(api.send("physician", "POST", "/api/v1/cases/" + id + "/decision", """
                {"decision": "request-changes", "comment": "lower dose",
                 "planChanges": {"cellsPerAdministration": 40000000}}"""));

        assertThat(redrafted.path("planVersion").asInt()).isEqualTo(2);
        assertThat(redrafted.path("plan").path("cellsPerAdministration").asLong()).isEqualTo(40_000_000L);
        JsonNode v2 = redrafted.path("planHistory").get(1);
        assertThat(v2.path("draftedBy").asText()).isEqualTo("physician");
        assertThat(v2.path("changes").toString())
                .isEqualTo("[{\"field\":\"cellsPerAdministration\",\"from\":50000000,\"to\":40000000}]");
        assertThat(redrafted.path("planHistory").get(0).path("changes").toString()).isEqualTo("[]");
    }

    @Test
    void coordinatorWithdrawsACaseAndLaterStepsAreRefused() throws Exception {
        UUID id = api.open("coordinator", CaseBodies.openCase());

        JsonNode withdrawn = api.body(api.send("coordinator", "POST", "/api/v1/cases/" + id + "/withdraw", null));

        assertThat(withdrawn.path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(api.send("coordinator", "PUT", "/api/v1/cases/" + id + "/medical-history",
                CaseBodies.history()).getStatus()).isEqualTo(409);
    }

    @Test
    void boardAndWorklistsShowWhereEachCaseWaits() throws Exception {
        UUID id = api.open("coordinator", CaseBodies.openCase());

        assertThat(ids(api.read("physician", "/api/v1/cases?step=MEDICAL_HISTORY&status=OPEN"))).contains(id);
        assertThat(ids(api.read("physician", "/api/v1/cases?step=PLAN_APPROVAL"))).doesNotContain(id);
        assertThat(ids(api.read("coordinator", "/api/v1/tasks"))).contains(id);
        assertThat(ids(api.read("physician", "/api/v1/tasks"))).doesNotContain(id);
    }

    @Test
    void boardAndWorklistComePageByPageInTheOrderOfTheWholeList() throws Exception {
        for (int i = 0; i < 3; i++) {
            api.open("coordinator", CaseBodies.openCase());
        }
        for (String list : List.of("/api/v1/cases?status=OPEN", "/api/v1/tasks")) {
            List<UUID> whole = ids(api.read("coordinator", list));
            List<UUID> paged = new ArrayList<>();
            String next = list + (list.contains("?") ? "&" : "?") + "limit=2";
            int pages = 0;
            while (next != null) {
                MockHttpServletResponse page = api.send("coordinator", "GET", next, null);
                assertThat(page.getStatus()).as("GET %s", next).isEqualTo(200);
                List<UUID> cards = ids(api.body(page));
                assertThat(cards).hasSizeBetween(1, 2);
                paged.addAll(cards);
                next = nextPage(page.getHeader("Link"));
                pages++;
            }
            assertThat(paged).as(list).containsExactlyElementsOf(whole);
            assertThat(pages).as(list).isEqualTo((whole.size() + 1) / 2);
        }
    }

    @Test
    void aCursorThePlatformDidNotGiveIsRefusedByName() throws Exception {
        MockHttpServletResponse answer = api.send("coordinator", "GET", "/api/v1/tasks?after=not-a-cursor", null);

        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(api.body(answer).path("errors").get(0).path("field").asText()).isEqualTo("after");
    }

    /** The address in {@code Link: <…>; rel="next"}, or null. */
    private static String nextPage(String link) {
        if (link == null) {
            return null;
        }
        assertThat(link).endsWith("; rel=\"next\"");
        return link.substring(link.indexOf('<') + 1, link.indexOf('>'));
    }

    private JsonNode put(UUID id, String step, String body) throws Exception {
        return put(id, step, body, "coordinator");
    }

    private JsonNode put(UUID id, String step, String body, String user) throws Exception {
        MockHttpServletResponse response = api.send(user, "PUT", "/api/v1/cases/" + id + "/" + step, body);
        assertThat(response.getStatus()).as("PUT %s: %s", step, response.getContentAsString()).isEqualTo(200);
        return api.body(response);
    }

    private List<String> notificationTypes(String user, UUID caseId) throws Exception {
        List<String> types = new ArrayList<>();
        api.read(user, "/api/v1/notifications?limit=500").forEach(n -> {
            if (n.path("caseId").asText().equals(caseId.toString())) {
                types.add(n.path("type").asText());
            }
        });
        return types;
    }

    private String step(UUID id) throws Exception {
        return api.read("coordinator", "/api/v1/cases/" + id).path("currentStep").asText();
    }

    private static List<String> actions(JsonNode timeline) {
        List<String> actions = new ArrayList<>();
        timeline.forEach(e -> {
            if ("action".equals(e.path("kind").asText())) {
                actions.add(e.path("user").asText() + " " + e.path("action").asText() + " "
                        + e.path("outcome").asText());
            }
        });
        return actions;
    }

    private static List<String> events(JsonNode timeline) {
        List<String> events = new ArrayList<>();
        timeline.forEach(e -> {
            if ("event".equals(e.path("kind").asText())) {
                events.add(e.path("type").asText());
            }
        });
        return events;
    }

    private static List<UUID> ids(JsonNode cases) {
        List<UUID> ids = new ArrayList<>();
        cases.forEach(c -> ids.add(UUID.fromString(c.path("id").asText())));
        return ids;
    }
}
