package org.mscpathway.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mscpathway.platform.PlatformTest;
import org.mscpathway.platform.cases.CaseClient;
import org.mscpathway.platform.cases.TeamMembers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a person sees of issue 14's points 3 and 7, at a laptop's and an upright tablet's viewport: a physician reads
 * which patient needs which review and lands on the review from the notification; a coordinator reads the case's
 * timeline in plain words and no request log; an administrator in the care team also sees the request log.
 * Screenshots land in target/screenshots.
 */
@PlatformTest
class NotificationsTimelineBrowserTest extends BrowserFixture {

    /** An administrator who also coordinates in the care team (a case page needs a clinical role). */
    private static final String ADMINISTRATOR = "timeline-admin";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1366, 768", "820, 1180"})
    void physicianOpensTheReviewFromItsNotificationAndTheTimelineSpeaksPlainly(int width, int height)
            throws Exception {
        String size = width + "x" + height;
        String mrn = "MRN-NT-" + UUID.randomUUID().toString().substring(0, 8);
        UUID caseId = new CaseClient(mvc, json).pregnantAtIneligibilityReview("coordinator", mrn);
        // the notification as routing delivers it (delivery through the broker is the notification module's test)
        jdbc.sql("""
                        INSERT INTO msc.notification (event_id, recipient, type, case_id, step, outcome)
                        VALUES (?, 'physician', 'AssessmentCompleted', ?, 'MEDICAL_HISTORY', 'INELIGIBLE')""")
                .params(UUID.randomUUID(), caseId).update();
        TeamMembers.member(jdbc, passwords, ADMINISTRATOR, List.of("main"), "ADMIN", "COORDINATOR");

        try (Browser browser = signedIn("physician", "/notifications", width, height, "en-GB")) {
            String says = mrn + " needs your ineligibility review: Pregnancy";
            Element line = browser.findAll(By.cssSelector(".notifications li")).stream()
                    .filter(li -> li.getText().contains(says)).findFirst()
                    .orElseThrow(() -> new AssertionError("no notification says '" + says + "'"));
            assertThat(browser.accessibilityProblems()).isEmpty();
            browser.screenshot("notifications-" + size, width);
            line.findElement(By.cssSelector("button")).click();
            browser.waitFor(By.id("ineligibility-form"));
            assertThat(browser.path()).isEqualTo("/cases/" + caseId + "/review");
            browser.signOut();

            browser.signIn("coordinator");
            browser.go("/cases/" + caseId);
            String timeline = browser.find(By.cssSelector(".timeline")).getText();
            assertThat(timeline).contains("Case opened by coordinator", "Medical history entered by coordinator",
                            "Provisional evaluation after medical history: ineligible (Pregnancy) — exam and labs "
                                    + "not checked yet")
                    .doesNotContain("POST", "PUT", "INELIGIBLE", "OK");
            assertThat(browser.findAll(By.cssSelector(".request-log"))).isEmpty();
            assertThat(browser.accessibilityProblems()).isEmpty();
            browser.screenshot("timeline-coordinator-" + size, width);
            browser.signOut();

            browser.signIn(ADMINISTRATOR);
            browser.go("/cases/" + caseId);
            String requests = browser.waitFor(By.cssSelector(".request-log")).getText();
            assertThat(requests).contains("Request log", "coordinator (COORDINATOR)", "/medical-history", "OK");
            assertThat(browser.accessibilityProblems()).isEmpty();
            browser.screenshot("timeline-request-log-" + size, width);
        }
    }
}
