package org.mscpathway.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mscpathway.platform.DemoStaff.COORDINATOR;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformTest;
import org.mscpathway.platform.cases.CaseBodies;
import org.mscpathway.platform.cases.CaseClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The case page's timeline tells the clinical history in plain words (who entered what, what each evaluation
 * concluded, provisional ones told apart from the full evaluation, the decisions); the request log, refused requests
 * included, is shown to administrators only.
 */
@PlatformTest
class CaseTimelinePageTest {

    /** An administrator who also works in the care team: only a clinical role opens a case page. */
    private static final RequestPostProcessor ADMINISTRATING_COORDINATOR = user("coordinator")
            .roles("COORDINATOR", "ADMIN");

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    @Test
    void theCoordinatorReadsWhoEnteredWhatAndWhatEachEvaluationConcludedInPlainWords() throws Exception {
        UUID caseId = caseAtPlanApprovalWithARefusedSubmit();
        new CaseClient(mvc, json).send("physician2", "POST", "/api/v1/cases/" + caseId + "/decision",
                CaseBodies.approve());

        page(caseId, COORDINATOR)
                .andExpect(content().string(containsString("Case opened by coordinator")))
                .andExpect(content().string(containsString("Medical history entered by coordinator")))
                .andExpect(content().string(containsString("Lab and imaging results entered by coordinator")))
                .andExpect(content().string(containsString(
                        "Provisional evaluation after medical history: eligible — exam and labs not checked yet")))
                .andExpect(content().string(containsString(
                        "Provisional evaluation after physical exam: eligible — labs not checked yet")))
                .andExpect(content().string(containsString("Full evaluation: eligible")))
                .andExpect(content().string(containsString("Treatment plan drafted")))
                .andExpect(content().string(containsString("Plan approved by physician2")))
                .andExpect(content().string(containsString("Case closed: approved")))
                .andExpect(content().string(not(containsString("/cases/{id}/"))))
                .andExpect(content().string(not(containsString("CONFLICT"))))
                .andExpect(content().string(not(containsString("Request log"))));
    }

    @Test
    void anAdministratorAlsoSeesTheRequestLogWithItsRefusedRequests() throws Exception {
        UUID caseId = caseAtPlanApprovalWithARefusedSubmit();

        page(caseId, ADMINISTRATING_COORDINATOR)
                .andExpect(content().string(containsString("Medical history entered by coordinator")))
                .andExpect(content().string(containsString("Request log")))
                .andExpect(content().string(containsString("/medical-history")))
                .andExpect(content().string(containsString("CONFLICT")));
    }

    @Test
    void aPregnancyInTheHistoryIsAProvisionalIneligibilityUntilAPhysicianConfirmsIt() throws Exception {
        CaseClient client = new CaseClient(mvc, json);
        UUID caseId = client.pregnantAtIneligibilityReview("coordinator", CaseBodies.MRN);
        client.send("physician2", "POST", "/api/v1/cases/" + caseId + "/decision",
                CaseBodies.decision("confirm-ineligible", "pregnant: not eligible"));

        String timeline = timelineOf(page(caseId, COORDINATOR));
        assertThat(timeline).contains("Provisional evaluation after medical history: "
                        + "ineligible (Pregnancy) — exam and labs not checked yet",
                "Ineligibility confirmed by physician2", "Case closed: ineligible")
                .doesNotContain("INELIGIBLE", "AssessmentCompleted");
        String chinese = timelineOf(mvc.perform(get("/cases/" + caseId).with(COORDINATOR)
                .header("Accept-Language", "zh-CN")));
        assertThat(chinese).contains("病史后的初步评估：不符合条件（主要发现：妊娠）——体格检查和化验尚未完成",
                "physician2 确认不符合条件", "病例已结案：不符合条件");
    }

    /** The timeline section of a case page. */
    private static String timelineOf(ResultActions page) throws Exception {
        String html = page.andReturn().getResponse().getContentAsString();
        int start = html.indexOf("<section class=\"timeline\"");
        return html.substring(start, html.indexOf("</section>", start));
    }

    private UUID caseAtPlanApprovalWithARefusedSubmit() throws Exception {
        CaseClient client = new CaseClient(mvc, json);
        UUID caseId = client.atPlanApproval("coordinator");
        // out of turn: refused (409) and audited, a technical fact the clinical timeline leaves out
        client.send("coordinator", "PUT", "/api/v1/cases/" + caseId + "/medical-history", CaseBodies.history());
        return caseId;
    }

    private ResultActions page(UUID caseId, RequestPostProcessor who) throws Exception {
        return mvc.perform(get("/cases/" + caseId).with(who)).andExpect(status().isOk());
    }
}
