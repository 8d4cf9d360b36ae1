package org.mscpathway.platform.ui;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.mscpathway.platform.DemoStaff.ADMIN;
import static org.mscpathway.platform.DemoStaff.COORDINATOR;
import static org.mscpathway.platform.DemoStaff.PHYSICIAN;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The UI's routes without a browser: who may see what, the CSV, the answers to bad addresses and bad forms. */
@PlatformTest
class UiPagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void signedInUsersLandWhereTheirWorkIsAndAnonymousOnesAreSentToSignIn() throws Exception {
        mvc.perform(get("/").with(COORDINATOR)).andExpect(redirectedUrl("/board"));
        mvc.perform(get("/").with(PHYSICIAN)).andExpect(redirectedUrl("/physician"));
        mvc.perform(get("/").with(user("both").roles("COORDINATOR", "PHYSICIAN"))).andExpect(redirectedUrl("/board"));
        mvc.perform(get("/board").accept(MediaType.TEXT_HTML)).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/board").with(PHYSICIAN)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"column-PLAN_APPROVAL\"")));
    }

    @Test
    void rulesPageIsForAdministrators() throws Exception {
        mvc.perform(get("/rules").with(COORDINATOR)).andExpect(status().isForbidden());
        mvc.perform(get("/rules").with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().string(containsString("PREG-PREGNANT")))
                .andExpect(content().string(containsString("ruleset 2026.2")));
    }

    @Test
    void theRulesPageNamesTheDataEachRuleReadsInWords() throws Exception {
        String page = org.springframework.web.util.HtmlUtils.htmlUnescape(mvc.perform(get("/rules").with(ADMIN)
                .header("Accept-Language", "en")).andReturn().getResponse().getContentAsString());

        org.assertj.core.api.Assertions.assertThat(page)
                .contains("<li>Conditions (ICD-10-CM)</li>", "<li>Temperature (°C)</li>", "<li>Birth date</li>",
                        "<li>Breastfeeding (whenever an hCG test is required)</li>",
                        "Pregnancy test (hCG), urine (LOINC 2106-3) (negative, at most 14 days old")
                .doesNotContain("<li>medicalHistory.", "<li>physicalExam.", "<li>patient.", "<li>LOINC 2106-3");
    }

    @Test
    void onlyCoordinatorsOpenCasesAndOnlyPhysiciansDecide() throws Exception {
        mvc.perform(get("/cases/new").with(PHYSICIAN)).andExpect(status().isForbidden());
        mvc.perform(post("/cases").with(PHYSICIAN).with(csrf()).param("reference", "MRN-X"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/cases/" + UUID.randomUUID() + "/decision").with(COORDINATOR).with(csrf())
                .param("decision", "approve")).andExpect(status().isForbidden());
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/cases").with(COORDINATOR).param("reference", "MRN-X")).andExpect(status().isForbidden());
    }

    @Test
    void anInvalidNewCaseComesBackWithEachMessageBesideItsField() throws Exception {
        mvc.perform(post("/cases").with(COORDINATOR).with(csrf()).param("reference", "MRN-UI-INVALID")
                        .param("birthDate", "1970-13-40").param("sex", "female").param("weightKg", "heavy")
                        .param("indication", "knee-osteoarthritis"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"birthDate-error\"")))
                .andExpect(content().string(containsString("id=\"weightKg-error\"")))
                .andExpect(content().string(containsString("value=\"MRN-UI-INVALID\"")));
    }

    @Test
    void aNewCaseWithoutWeightForADosePerKilogramComesBackAskingForIt() throws Exception {
        mvc.perform(post("/cases").with(COORDINATOR).with(csrf()).param("reference", "MRN-UI-NO-WEIGHT")
                        .param("birthDate", "1970-03-04").param("sex", "female")
                        .param("indication", "ischemic-heart-disease"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("id=\"weightKg-error\"")))
                .andExpect(content().string(containsString("the dose is per kilogram")));
    }

    @Test
    void anUnknownCaseIsAPageNotAProblemDocument() throws Exception {
        mvc.perform(get("/cases/" + UUID.randomUUID()).with(COORDINATOR)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Case not found")));
    }

    @Test
    void dashboardNumbersDownloadAsCsv() throws Exception {
        mvc.perform(get("/dashboard.csv").param("from", "2026-01-01").param("to", "2026-12-31").with(PHYSICIAN))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(content().string(startsWith("period_from,period_to,section,item,cases\n")))
                .andExpect(content().string(containsString("2026-01-01,2026-12-31,reached_step,PLAN_APPROVAL,")))
                .andExpect(content().string(containsString(",ineligible_by_rule_group,PREGNANCY,")));
        mvc.perform(get("/dashboard").param("from", "not a date").with(PHYSICIAN)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Dates are written YYYY-MM-DD")));
    }

    @Test
    void boardEventsAreAServerSentEventStream() throws Exception {
        mvc.perform(get("/board/events").with(COORDINATOR)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/event-stream")));
    }
}
