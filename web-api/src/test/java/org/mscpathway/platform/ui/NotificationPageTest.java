package org.mscpathway.platform.ui;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mscpathway.platform.DemoStaff.COORDINATOR;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformFixture;
import org.mscpathway.platform.PlatformTest;
import org.mscpathway.platform.cases.CaseBodies;
import org.mscpathway.platform.cases.CaseClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The bell's page: 50 a page with a link to older ones, the unread count, opening one of mine only; each line says
 * which patient (to the care team) and what is needed, and opens the page where it is done.
 */
@PlatformTest
class NotificationPageTest {

    /** A user no route targets, so that only this test's notifications are theirs. */
    private static final String READER = "bell-reader";
    private static final RequestPostProcessor AS_READER = user(READER).roles("COORDINATOR");
    private static final RequestPostProcessor PHYSICIAN2 = user("physician2").roles("PHYSICIAN");

    @Autowired
    PlatformFixture platform;
    @Autowired
    CaseClient api;

    private final List<Long> newestFirst = new ArrayList<>();
    private final List<UUID> cases = new ArrayList<>();

    @BeforeEach
    void fiftyOneUnreadNotifications() {
        platform.jdbc().sql("DELETE FROM msc.notification WHERE recipient = ?").param(READER).update();
        for (int minutesAgo = 1; minutesAgo <= 51; minutesAgo++) {
            UUID caseId = UUID.randomUUID();
            cases.add(caseId);
            newestFirst.add(platform.jdbc().sql("""
                            INSERT INTO msc.notification (event_id, recipient, type, case_id, step, created_at)
                            VALUES (?, ?, 'PlanDecided', ?, 'PLAN_APPROVAL', now() - make_interval(mins => ?))
                            RETURNING id""")
                    .params(UUID.randomUUID(), READER, caseId, minutesAgo)
                    .query(Long.class).single());
        }
    }

    @Test
    void aFullPageLinksTheOlderOnesAndTheBellCountsEveryUnread() throws Exception {
        platform.mvc().perform(get("/notifications").with(AS_READER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Notifications, 51 unread")))
                .andExpect(content().string(containsString("/notifications?before=" + newestFirst.get(49))))
                .andExpect(content().string(containsString("/notifications/" + newestFirst.get(49) + "/read")))
                .andExpect(content().string(not(containsString("/notifications/" + newestFirst.get(50) + "/read"))));
        platform.mvc()
                .perform(get("/notifications").param("before", String.valueOf(newestFirst.get(49))).with(AS_READER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/notifications/" + newestFirst.get(50) + "/read")))
                .andExpect(content().string(not(containsString("Older notifications"))));
    }

    @Test
    void openingOneOfMineMarksItReadAndOpensItsCaseButSomeoneElsesIsNotFound() throws Exception {
        platform.mvc().perform(post("/notifications/" + newestFirst.get(0) + "/read").with(AS_READER).with(csrf()))
                .andExpect(redirectedUrl("/cases/" + cases.get(0)));
        platform.mvc().perform(get("/notifications").with(AS_READER))
                .andExpect(content().string(containsString("Notifications, 50 unread")));
        platform.mvc().perform(post("/notifications/" + newestFirst.get(1) + "/read").with(user("physician")
                        .roles("PHYSICIAN")).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void markAllReadEmptiesTheBellOfTheReaderOnly() throws Exception {
        platform.mvc().perform(get("/notifications").with(AS_READER))
                .andExpect(content().string(containsString("Mark all read")));

        platform.mvc().perform(post("/notifications/read-all").with(AS_READER).with(csrf()))
                .andExpect(redirectedUrl("/notifications"));

        platform.mvc().perform(get("/notifications").with(AS_READER))
                .andExpect(content().string(containsString("Notifications, none unread")))
                .andExpect(content().string(not(containsString("Mark all read"))));
        org.assertj.core.api.Assertions.assertThat(platform.jdbc().sql(
                        "SELECT count(*) FROM msc.notification WHERE recipient = ? AND read_at IS NULL")
                .param(READER).query(Long.class).single()).isZero();
    }

    @Test
    void aNotificationNamesItsPatientForTheCareTeamAndTakesAPhysicianToTheReview() throws Exception {
        UUID caseId = api.atPlanApproval("coordinator");
        long id = platform.jdbc().sql("""
                        INSERT INTO msc.notification (event_id, recipient, type, case_id, step, created_at)
                        VALUES (?, 'physician2', 'PlanProposed', ?, 'PLAN_APPROVAL', now()) RETURNING id""")
                .params(UUID.randomUUID(), caseId).query(Long.class).single();
        RequestPostProcessor physician = user("physician2").roles("PHYSICIAN");

        platform.mvc().perform(get("/notifications").with(physician))
                .andExpect(content().string(containsString(CaseBodies.MRN)))
                .andExpect(content().string(containsString("now at Plan approval")));
        platform.mvc().perform(post("/notifications/" + id + "/read").with(physician).with(csrf()))
                .andExpect(redirectedUrl("/cases/" + caseId + "/review"));
    }

    @Test
    void anIneligibilityTellsThePhysicianWhatToReviewInTheirLanguageAndOpensTheReview() throws Exception {
        UUID caseId = api.pregnantAtIneligibilityReview("coordinator", CaseBodies.MRN);
        long id = notify("physician2", "AssessmentCompleted", caseId, "MEDICAL_HISTORY", "INELIGIBLE");

        platform.mvc().perform(get("/notifications").with(PHYSICIAN2))
                .andExpect(content().string(containsString(CaseBodies.MRN
                        + " needs your ineligibility review: Pregnancy")))
                .andExpect(content().string(not(containsString("AssessmentCompleted"))));
        platform.mvc().perform(get("/notifications").with(PHYSICIAN2).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(containsString(CaseBodies.MRN + " 需要您进行不符合条件审核：妊娠")));
        platform.mvc().perform(post("/notifications/" + id + "/read").with(PHYSICIAN2).with(csrf()))
                .andExpect(redirectedUrl("/cases/" + caseId + "/review"));
    }

    @Test
    void missingDataTellsTheCoordinatorWhichSectionAndOpensTheMissingItems() throws Exception {
        UUID caseId = api.open("coordinator", CaseBodies.openCase());
        api.submit("coordinator", caseId, "medical-history", CaseBodies.history());
        api.submit("coordinator", caseId, "physical-exam", CaseBodies.exam());
        api.submit("coordinator", caseId, "investigations", CaseBodies.investigations(false));
        long id = notify("coordinator", "AssessmentCompleted", caseId, "INVESTIGATIONS", "INCOMPLETE");

        platform.mvc().perform(get("/notifications").with(COORDINATOR))
                .andExpect(content().string(containsString(CaseBodies.MRN + ": missing data — labs")));
        platform.mvc().perform(post("/notifications/" + id + "/read").with(COORDINATOR).with(csrf()))
                .andExpect(redirectedUrl("/cases/" + caseId + "#missing-title"));
    }

    @Test
    void aPlanWaitsForThePhysiciansApprovalAndEachClosingSaysHowItEnded() throws Exception {
        UUID approved = api.atPlanApproval("coordinator");
        notify("physician2", "PlanProposed", approved, "PLAN_APPROVAL", "1");
        platform.mvc().perform(get("/notifications").with(PHYSICIAN2))
                .andExpect(content().string(containsString(CaseBodies.MRN + ": plan waits for your approval")));

        api.send("physician2", "POST", "/api/v1/cases/" + approved + "/decision", CaseBodies.approve());
        UUID withdrawn = api.open("coordinator", CaseBodies.openCase());
        api.send("coordinator", "POST", "/api/v1/cases/" + withdrawn + "/withdraw", null);
        long closed = notify("coordinator", "CaseClosed", approved, null, "APPROVED");
        // a notification stored before outcomes were kept is told from the case's status
        notify("coordinator", "CaseClosed", withdrawn, null, null);

        platform.mvc().perform(get("/notifications").with(COORDINATOR))
                .andExpect(content().string(containsString(CaseBodies.MRN + " closed: approved")))
                .andExpect(content().string(containsString(CaseBodies.MRN + " closed: withdrawn")))
                .andExpect(content().string(not(containsString("Case Closed"))));
        platform.mvc().perform(post("/notifications/" + closed + "/read").with(COORDINATOR).with(csrf()))
                .andExpect(redirectedUrl("/cases/" + approved));
    }

    @Test
    void aReaderOutsideTheCareTeamLearnsNeitherThePatientNorTheFinding() throws Exception {
        platform.member("bell-outsider", List.of("bell-other-team"), "PHYSICIAN");
        UUID caseId = api.pregnantAtIneligibilityReview("coordinator", CaseBodies.MRN);
        notify("bell-outsider", "AssessmentCompleted", caseId, "MEDICAL_HISTORY", "INELIGIBLE");

        platform.mvc().perform(get("/notifications").with(user("bell-outsider").roles("PHYSICIAN")))
                .andExpect(content().string(containsString(
                        "A case needs your ineligibility review: an absolute contraindication")))
                .andExpect(content().string(not(containsString(CaseBodies.MRN))))
                .andExpect(content().string(not(containsString("Pregnancy"))));
    }

    private long notify(String recipient, String type, UUID caseId, String step, String outcome) {
        return platform.jdbc().sql("""
                        INSERT INTO msc.notification (event_id, recipient, type, case_id, step, outcome, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, now()) RETURNING id""")
                .params(UUID.randomUUID(), recipient, type, caseId, step, outcome).query(Long.class).single();
    }
}
