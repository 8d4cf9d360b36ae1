package org.mscpathway.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mscpathway.platform.PlatformTest;
import org.mscpathway.workflow.pathway.CareTeams;
import org.mscpathway.workflow.pathway.CaseActor;
import org.mscpathway.workflow.pathway.Role;

/**
 * Every page a coordinator, a physician and an administrator open, at a laptop's and an upright tablet's viewport, in
 * English and in Chinese: no page wider than the window, no label broken mid-word, nothing cut off, the rule catalogue
 * short, the platform's own page for a refusal, the wrong password as an error, and axe-core's WCAG 2 A/AA rules at
 * zero findings. On the way: a case opened without its birth date is refused beside the field, and after the medical
 * history alone the case reads provisional, never eligible. Screenshots land in target/screenshots.
 */
@PlatformTest
class LayoutBrowserTest extends BrowserFixture {

    /** The catalogue was 17,700 px tall with every group open; closed groups fit a few screens. */
    private static final int RULES_PAGE_MAX_HEIGHT = 4000;
    private static final CareTeams MAIN = CareTeams.of("main");

    @ParameterizedTest(name = "{0}×{1} {2}")
    @CsvSource({"1366, 768, en-GB", "820, 1180, en-GB", "1366, 768, zh-CN", "820, 1180, zh-CN"})
    void everyPageFitsTheViewportReadsWellAndPassesAxe(int width, int height, String language) throws Exception {
        String shot = "layout-" + language + "-" + width + "x" + height + "-";
        String mrn = "MRN-LAY-" + UUID.randomUUID().toString().substring(0, 8);
        UUID review = caseAwaitingIneligibilityReview();
        try (Browser browser = Browser.open(port, width, height, language)) {
            // a wrong password is an error: red, announced
            browser.go("/login");
            browser.type(By.id("username"), "coordinator");
            browser.type(By.id("password"), "not-the-password");
            browser.click(By.cssSelector("form button[type=submit]"));
            Element refusal = browser.waitFor(By.cssSelector(".notice.error[role=alert]"));
            assertThat(refusal.getText()).isNotBlank();
            assertThat(browser.isRed(".notice.error", "border-left-color")).as("the refusal's border is red").isTrue();
            assertThat(browser.isRed(".notice.error", "color")).as("the refusal's text is red").isTrue();
            checkPage(browser, shot + "signin");

            browser.signIn("coordinator");
            checkPage(browser, shot + "board");

            // a case without birth date is refused with the message beside the field
            browser.go("/cases/new");
            checkPage(browser, shot + "new-case");
            browser.fill("reference", mrn, "sex", "male", "weightKg", "82", "indication", "knee-osteoarthritis");
            browser.submit("new-case-form");
            assertThat(browser.waitFor(By.id("birthDate-error")).getText()).isNotBlank();
            assertThat(browser.find(By.id("birthDate")).getAttribute("aria-invalid")).isEqualTo("true");
            checkPage(browser, shot + "new-case-refused");
            browser.type(By.id("birthDate"), "1966-05-04");
            browser.submit("new-case-form");
            browser.waitForText(By.cssSelector(".patient-header .mrn"), mrn);
            String caseUrl = browser.path();
            checkPage(browser, shot + "case-history");

            // after the history alone the outcome is provisional on every page that shows it
            CaseForms.tickNothingToReport(browser);
            browser.submit("medical-history-form");
            browser.waitFor(By.id("physical-exam-form"));
            assertProvisional(browser);
            checkPage(browser, shot + "case-exam");
            browser.go(caseUrl + "/assessment");
            assertProvisional(browser);
            checkPage(browser, shot + "assessment");

            // the lab and imaging form, with the longest test name chosen
            browser.go(caseUrl);
            CaseForms.enterNormalExam(browser);
            Element lab = browser.addRow("observations");
            browser.choose(lab.findElement(By.name("observations.loinc")), browser.longestOption(
                    "#observations-rows tr:last-child select[name='observations.loinc']"));
            browser.addRow("imaging");
            checkPage(browser, shot + "case-investigations");

            browser.go("/notifications");
            checkPage(browser, shot + "notifications");
            browser.go("/dashboard");
            checkPage(browser, shot + "dashboard");

            // refusals are the platform's own page: an administrator's page, a physician's decision, a stale form
            browser.go("/rules");
            assertForbiddenPage(browser, shot + "forbidden-page");
            browser.go(caseUrl);
            browser.post("/cases/" + review + "/decision", Map.of("decision", "confirm-ineligible"), null);
            assertForbiddenPage(browser, shot + "forbidden-decision");
            browser.go(caseUrl);
            browser.post(caseUrl + "/withdraw", Map.of("reason", "test"), "not-the-token");
            assertForbiddenPage(browser, shot + "forbidden-csrf");
            assertThat(browser.find(By.id("stale-form")).getText()).isNotBlank();
            browser.signOut();

            browser.signIn("physician");
            checkPage(browser, shot + "queue");
            browser.go("/cases/" + review + "/review");
            browser.waitFor(By.id("ineligibility-form"));
            checkPage(browser, shot + "review");
            browser.signOut();

            browser.signIn("admin");
            browser.go("/rules");
            assertThat(browser.pageHeight()).as("height of the rule catalogue").isLessThan(RULES_PAGE_MAX_HEIGHT);
            checkPage(browser, shot + "rules");
            browser.click(By.cssSelector("details.rule-group summary"));
            checkPage(browser, shot + "rules-group-open");
            browser.go("/rulesets");
            assertThat(browser.find(By.cssSelector(".site-header")).getText()).contains("admin");
            checkPage(browser, shot + "rulesets");
        }
    }

    /** A pregnant patient's case, which waits for a physician to confirm the ineligibility. */
    private UUID caseAwaitingIneligibilityReview() throws Exception {
        CaseActor opener = new CaseActor("coordinator", Role.COORDINATOR, MAIN);
        UUID id = cases.open(json.readTree("""
                {"reference": "MRN-LAY-R-%s", "birthDate": "1994-02-10", "sex": "female", "weightKg": 61}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8))),
                "type-2-diabetes", opener);
        cases.submitMedicalHistory(id, json.readTree("""
                {"conditions": [], "medications": [], "allergies": [], "pregnancy": "pregnant", "lactating": false}"""),
                opener, null);
        return id;
    }

    private static void checkPage(Browser browser, String screenshot) throws Exception {
        browser.screenshot(screenshot);
        assertThat(browser.layoutProblems()).as("layout of " + browser.path()).isEmpty();
        browser.assertAccessible();
    }

    private static void assertProvisional(Browser browser) {
        assertThat(browser.waitFor(By.cssSelector(".badge.outcome-PROVISIONAL")).getText()).isNotBlank();
        assertThat(browser.findAll(By.cssSelector("[class*='outcome-ELIGIBLE']"))).isEmpty();
    }

    private static void assertForbiddenPage(Browser browser, String screenshot) throws Exception {
        browser.waitFor(By.cssSelector("main.forbidden h1"));
        assertThat(browser.find(By.tagName("body")).getText()).doesNotContain("Whitelabel", "Forbidden");
        checkPage(browser, screenshot);
    }
}
