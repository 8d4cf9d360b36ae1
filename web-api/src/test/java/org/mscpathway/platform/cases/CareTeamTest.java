package org.mscpathway.platform.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformFixture;
import org.mscpathway.platform.PlatformTest;
import org.mscpathway.platform.TestTokens;
import org.mscpathway.platform.audit.AuditEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Care teams: users see and act on their teams' cases only, through every door (API, pages, dashboard CSV,
 * notifications); another team's case answers exactly like a case that does not exist. The demo accounts work in
 * the default team {@code main}; {@code ward-b} is a second team that exists only in this test.
 */
@PlatformTest
class CareTeamTest {

    static final String WARD_B = "ward-b";
    static final String WARD_B_COORDINATOR = "coordinator-b";
    static final String WARD_B_PHYSICIAN = "physician-b";
    static final String WARD_B_PHYSICIAN_2 = "physician-b2";
    static final String TWO_TEAMS = "coordinator-ab";

    @Autowired
    PlatformFixture platform;
    @Autowired
    CaseClient api;

    @BeforeEach
    void wardB() {
        platform.member(WARD_B_COORDINATOR, List.of(WARD_B), "COORDINATOR");
        platform.member(WARD_B_PHYSICIAN, List.of(WARD_B), "PHYSICIAN");
        platform.member(WARD_B_PHYSICIAN_2, List.of(WARD_B), "PHYSICIAN");
        platform.member(TWO_TEAMS, List.of("main", WARD_B), "COORDINATOR");
    }

    @Test
    void anotherTeamsCaseIsNotFoundExactlyLikeACaseThatDoesNotExist() throws Exception {
        UUID id = api.atPlanApproval("coordinator");
        UUID nowhere = UUID.randomUUID();

        for (String path : List.of("", "/timeline", "/access-log", "/careplan")) {
            MockHttpServletResponse other = api.send(WARD_B_PHYSICIAN, "GET", "/api/v1/cases/" + id + path, null);
            MockHttpServletResponse none = api.send(WARD_B_PHYSICIAN, "GET", "/api/v1/cases/" + nowhere + path,
                    null);
            assertThat(other.getStatus()).as(path).isEqualTo(404).isEqualTo(none.getStatus());
            assertThat(other.getContentType()).startsWith("application/problem+json");
            assertThat(api.body(other).path("title").asText()).isEqualTo(api.body(none).path("title").asText());
            assertThat(other.getContentAsString()).doesNotContain(CaseBodies.MRN);
        }
        assertThat(api.read("physician", "/api/v1/cases/" + id).path("team").asText()).isEqualTo("main");
    }

    @Test
    void anotherTeamCannotDecideSubmitOrWithdrawAndTheCaseIsUntouched() throws Exception {
        UUID atApproval = api.atPlanApproval("coordinator");
        UUID atHistory = api.open("coordinator", CaseBodies.openCase());

        assertThat(api.send(WARD_B_PHYSICIAN, "POST", "/api/v1/cases/" + atApproval + "/decision",
                CaseBodies.approve()).getStatus()).isEqualTo(404);
        assertThat(api.send(WARD_B_COORDINATOR, "PUT", "/api/v1/cases/" + atHistory + "/medical-history",
                CaseBodies.history()).getStatus()).isEqualTo(404);
        assertThat(api.send(WARD_B_COORDINATOR, "POST", "/api/v1/cases/" + atHistory + "/withdraw", null)
                .getStatus()).isEqualTo(404);
        assertThat(api.send(WARD_B_COORDINATOR, "POST", "/api/v1/cases/" + atHistory + "/rescreen", null)
                .getStatus()).isEqualTo(404);

        JsonNode approval = api.read("physician", "/api/v1/cases/" + atApproval);
        assertThat(approval.path("currentStep").asText()).isEqualTo("PLAN_APPROVAL");
        assertThat(approval.path("decisions")).isEmpty();
        JsonNode history = api.read("coordinator", "/api/v1/cases/" + atHistory);
        assertThat(history.path("currentStep").asText()).isEqualTo("MEDICAL_HISTORY");
        assertThat(history.path("medicalHistory").isNull()).isTrue();
    }

    @Test
    void theBoardAndTheWorklistsHoldTheTeamsOwnCasesOnly() throws Exception {
        UUID main = api.atPlanApproval("coordinator");
        UUID wardB = api.open(WARD_B_COORDINATOR, CaseBodies.openCase());

        assertThat(ids(api.read(WARD_B_PHYSICIAN, "/api/v1/cases"))).contains(wardB).doesNotContain(main);
        assertThat(ids(api.read("physician", "/api/v1/cases"))).contains(main).doesNotContain(wardB);
        assertThat(ids(api.read(WARD_B_PHYSICIAN, "/api/v1/tasks"))).doesNotContain(main);
        assertThat(ids(api.read("physician", "/api/v1/tasks"))).contains(main);
        assertThat(ids(api.read(TWO_TEAMS, "/api/v1/cases"))).contains(main, wardB);
        assertThat(page(WARD_B_PHYSICIAN, "/board")).doesNotContain(main.toString()).contains(wardB.toString());
        assertThat(page(WARD_B_PHYSICIAN, "/physician")).doesNotContain(main.toString());
    }

    @Test
    void myReviewsCountsThePlansWaitingForThePhysicianInTheirOwnTeams() throws Exception {
        int before = reviewsWaiting(WARD_B_PHYSICIAN);

        api.atPlanApproval(WARD_B_COORDINATOR);
        api.atPlanApproval("coordinator");

        assertThat(reviewsWaiting(WARD_B_PHYSICIAN)).isEqualTo(before + 1);
        assertThat(page(WARD_B_COORDINATOR, "/board")).doesNotContain("My reviews");
    }

    @Test
    void anotherTeamsCasePageAndReviewPageAreNotFound() throws Exception {
        UUID id = api.atPlanApproval("coordinator");

        for (String path : List.of("/cases/" + id, "/cases/" + id + "/review", "/cases/" + id + "/assessment")) {
            MockHttpServletResponse page = platform.mvc().perform(get(path).with(httpBasic(WARD_B_PHYSICIAN, "demo")))
                    .andReturn().getResponse();
            assertThat(page.getStatus()).as(path).isEqualTo(404);
            assertThat(page.getContentAsString()).contains("Case not found").doesNotContain(CaseBodies.MRN);
        }
        assertThat(page("physician", "/cases/" + id + "/review")).contains(CaseBodies.MRN);
    }

    @Test
    void theDashboardCsvCountsTheTeamsOwnCasesOnly() throws Exception {
        long mainBefore = opened("physician");
        long wardBBefore = opened(WARD_B_PHYSICIAN);

        api.open(WARD_B_COORDINATOR, CaseBodies.openCase());
        api.open(WARD_B_COORDINATOR, CaseBodies.openCase());

        assertThat(opened(WARD_B_PHYSICIAN)).isEqualTo(wardBBefore + 2);
        assertThat(opened("physician")).isEqualTo(mainBefore);
    }

    @Test
    void aCaseOpenedWithoutATeamBelongsToTheOpenersOnlyTeam() throws Exception {
        UUID main = api.open("coordinator", CaseBodies.openCase());
        UUID wardB = api.open(WARD_B_COORDINATOR, CaseBodies.openCase());

        assertThat(api.read("coordinator", "/api/v1/cases/" + main).path("team").asText()).isEqualTo("main");
        assertThat(api.read(WARD_B_COORDINATOR, "/api/v1/cases/" + wardB).path("team").asText()).isEqualTo(WARD_B);
    }

    @Test
    void someoneInSeveralTeamsNamesTheTeamAndOnlyOneOfTheirOwn() throws Exception {
        MockHttpServletResponse unnamed = api.send(TWO_TEAMS, "POST", "/api/v1/cases", CaseBodies.openCase());
        assertThat(unnamed.getStatus()).isEqualTo(400);
        assertThat(unnamed.getContentType()).startsWith("application/problem+json");
        assertThat(api.body(unnamed).path("errors").findValuesAsText("field")).containsExactly("team");
        assertThat(api.body(unnamed).path("errors").findValuesAsText("message").get(0)).contains("[main, ward-b]");

        UUID named = api.open(TWO_TEAMS, inTeam(WARD_B));
        assertThat(api.read(WARD_B_PHYSICIAN, "/api/v1/cases/" + named).path("team").asText()).isEqualTo(WARD_B);

        assertThat(page(TWO_TEAMS, "/cases/new")).contains("name=\"team\"");
        assertThat(page(WARD_B_COORDINATOR, "/cases/new")).as("one team: nothing to choose")
                .doesNotContain("name=\"team\"");

        MockHttpServletResponse foreign = api.send(WARD_B_COORDINATOR, "POST", "/api/v1/cases", inTeam("main"));
        assertThat(foreign.getStatus()).isEqualTo(403);
        assertThat(api.body(foreign).path("title").asText()).isEqualTo("Not in this care team");
        assertThat(api.send(TWO_TEAMS, "POST", "/api/v1/cases", inTeam("Ward B")).getStatus()).isEqualTo(400);
    }

    @Test
    void anAdministratorAloneReadsNoPatientData() throws Exception {
        UUID id = api.atPlanApproval("coordinator");

        for (String path : List.of("/api/v1/cases", "/api/v1/cases/" + id, "/api/v1/cases/" + id + "/timeline",
                "/api/v1/cases/" + id + "/access-log", "/api/v1/cases/" + id + "/careplan")) {
            MockHttpServletResponse refused = api.send("admin", "GET", path, null);
            assertThat(refused.getStatus()).as(path).isEqualTo(403);
            assertThat(refused.getContentType()).startsWith("application/problem+json");
        }
        for (String path : List.of("/board", "/board/columns", "/board/events", "/cases/" + id,
                "/cases/" + id + "/review", "/dashboard", "/dashboard.csv", "/physician")) {
            assertThat(platform.mvc().perform(get(path).with(httpBasic("admin", "demo"))).andReturn().getResponse()
                    .getStatus()).as(path).isEqualTo(403);
        }
        assertThat(platform.mvc().perform(get("/").with(httpBasic("admin", "demo"))).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/rulesets");
        assertThat(api.send("admin", "GET", "/api/v1/users", null).getStatus()).as("accounts stay").isEqualTo(200);
        assertThat(api.send("admin", "GET", "/api/v1/rulesets", null).getStatus()).as("rules stay").isEqualTo(200);
    }

    @Test
    void accountTeamsAreSetReturnedAndAuditedWithTheirOldAndNewValues() throws Exception {
        MockHttpServletResponse created = saveAccount("dr-teams", """
                {"password": "correct-horse-battery", "roles": ["PHYSICIAN"], "teams": ["ward-b", "main"]}""");
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(api.body(created).path("teams").toString()).isEqualTo("[\"main\",\"ward-b\"]");

        MockHttpServletResponse moved = saveAccount("dr-teams", """
                {"roles": ["PHYSICIAN"], "teams": ["ward-b"]}""");
        MockHttpServletResponse kept = saveAccount("dr-teams", """
                {"roles": ["PHYSICIAN", "COORDINATOR"]}""");

        assertThat(api.body(moved).path("teams").toString()).isEqualTo("[\"ward-b\"]");
        assertThat(api.body(kept).path("teams").toString()).as("left out: kept").isEqualTo("[\"ward-b\"]");
        JsonNode listed = api.read("admin", "/api/v1/users");
        assertThat(listed.findParents("username").stream()
                .filter(account -> account.path("username").asText().equals("dr-teams"))
                .map(account -> account.path("teams").toString())).containsExactly("[\"ward-b\"]");
        assertThat(platform.trail().latest(30)).extracting(AuditEntry::action).contains(
                "ACCOUNT dr-teams roles [] -> [PHYSICIAN], teams [] -> [main, ward-b], enabled (new) -> true,"
                        + " password set",
                "ACCOUNT dr-teams roles [PHYSICIAN] -> [PHYSICIAN], teams [main, ward-b] -> [ward-b],"
                        + " enabled true -> true");
    }

    @Test
    void aClinicalAccountNeedsACareTeamAndTeamNamesAreConstrained() throws Exception {
        MockHttpServletResponse none = saveAccount("dr-teamless", """
                {"password": "correct-horse-battery", "roles": ["COORDINATOR"], "teams": []}""");
        MockHttpServletResponse badName = saveAccount("dr-teamless", """
                {"password": "correct-horse-battery", "roles": ["COORDINATOR"], "teams": ["main", "Ward B!"]}""");
        MockHttpServletResponse adminOnly = saveAccount("ops-teamless", """
                {"password": "correct-horse-battery", "roles": ["ADMIN"], "teams": []}""");

        assertThat(none.getStatus()).isEqualTo(400);
        assertThat(api.body(none).path("errors").findValuesAsText("field")).containsExactly("teams");
        assertThat(badName.getStatus()).isEqualTo(400);
        assertThat(api.body(badName).path("errors").findValuesAsText("field")).containsExactly("teams[1]");
        assertThat(badName.getContentAsString()).doesNotContain("Ward B!");
        assertThat(adminOnly.getStatus()).isEqualTo(201);
    }

    @Test
    void aChangeOfTeamsAppliesToTheNextRequest() throws Exception {
        platform.member("dr-mover", List.of("main"), "PHYSICIAN");
        UUID id = api.open("coordinator", CaseBodies.openCase());
        assertThat(api.send("dr-mover", "GET", "/api/v1/cases/" + id, null).getStatus()).isEqualTo(200);

        saveAccount("dr-mover", "{\"roles\": [\"PHYSICIAN\"], \"teams\": [\"ward-b\"]}");

        assertThat(api.send("dr-mover", "GET", "/api/v1/cases/" + id, null).getStatus()).isEqualTo(404);
    }

    @Test
    void aTokenUserWithoutAnAccountWorksInTheTeamsOfTheTeamsClaim() throws Exception {
        UUID main = api.open("coordinator", CaseBodies.openCase());
        String wardB = TestTokens.token("ext-coordinator", Map.of("roles", List.of("msc-pathway:coordinator"),
                "msc_teams", List.of(WARD_B)));
        String noClaim = TestTokens.token("ext-physician", Map.of("roles", List.of("msc-pathway:physician")));

        MockHttpServletResponse opened = platform.mvc().perform(org.springframework.test.web.servlet.request
                        .MockMvcRequestBuilders.post("/api/v1/cases").header("Authorization", "Bearer " + wardB)
                        .contentType(MediaType.APPLICATION_JSON).content(CaseBodies.openCase()))
                .andReturn().getResponse();

        assertThat(opened.getStatus()).isEqualTo(201);
        assertThat(api.body(opened).path("team").asText()).isEqualTo(WARD_B);
        assertThat(bearer(wardB, "/api/v1/cases/" + main).getStatus()).isEqualTo(404);
        assertThat(bearer(noClaim, "/api/v1/cases/" + main).getStatus()).as("no claim: the default team")
                .isEqualTo(200);
    }

    @Test
    void onlyTheCaseTeamIsNotifiedOfIt() throws Exception {
        UUID main = api.atPlanApproval("coordinator");
        UUID wardB = api.open(WARD_B_COORDINATOR, CaseBodies.openCase());
        api.submit(WARD_B_COORDINATOR, wardB, "medical-history", CaseBodies.history());
        api.submit(WARD_B_COORDINATOR, wardB, "physical-exam", CaseBodies.exam());
        api.submit(WARD_B_COORDINATOR, wardB, "investigations", CaseBodies.investigations());

        await().atMost(Duration.ofSeconds(30)).until(() -> notified(WARD_B_PHYSICIAN, wardB)
                && notified("physician", main));

        assertThat(notified(WARD_B_PHYSICIAN, main)).isFalse();
        assertThat(notified(WARD_B_PHYSICIAN_2, main)).isFalse();
        assertThat(notified("physician", wardB)).isFalse();
        assertThat(notified("physician2", wardB)).isFalse();
    }

    private boolean notified(String username, UUID caseId) {
        return platform.jdbc().sql("SELECT count(*) FROM msc.notification WHERE recipient = ? AND case_id = ?")
                .params(username, caseId).query(Long.class).single() > 0;
    }

    private MockHttpServletResponse saveAccount(String username, String body) throws Exception {
        return platform.mvc().perform(put("/api/v1/users/" + username).with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    }

    private MockHttpServletResponse bearer(String token, String path) throws Exception {
        return platform.mvc().perform(get(path).header("Authorization", "Bearer " + token)).andReturn().getResponse();
    }

    /** The count in the header beside "My reviews". */
    private int reviewsWaiting(String physician) throws Exception {
        Matcher count = Pattern.compile("My reviews, (\\d+) waiting").matcher(page(physician, "/board"));
        assertThat(count.find()).as("the My reviews count in the header").isTrue();
        return Integer.parseInt(count.group(1));
    }

    private String page(String user, String path) throws Exception {
        MockHttpServletResponse page = platform.mvc().perform(get(path).with(httpBasic(user, "demo"))).andReturn()
                .getResponse();
        assertThat(page.getStatus()).as(path).isEqualTo(200);
        return page.getContentAsString();
    }

    /** The {@code opened,ALL} count of the user's dashboard CSV for the last days. */
    private long opened(String user) throws Exception {
        String csv = page(user, "/dashboard.csv?from=" + LocalDate.now().minusDays(2) + "&to="
                + LocalDate.now().plusDays(1));
        return csv.lines().filter(line -> line.contains(",opened,ALL,"))
                .mapToLong(line -> Long.parseLong(line.substring(line.lastIndexOf(',') + 1))).sum();
    }

    private static String inTeam(String team) {
        return CaseBodies.openCase().replaceFirst("\\{", "{\"team\": \"" + team + "\", ");
    }

    private static List<UUID> ids(JsonNode summaries) {
        return summaries.findValuesAsText("id").stream().map(UUID::fromString).toList();
    }
}
