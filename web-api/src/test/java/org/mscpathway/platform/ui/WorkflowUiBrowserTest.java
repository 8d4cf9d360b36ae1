package org.mscpathway.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformTest;

/**
 * The workflow UI in a real browser against the whole platform: a coordinator takes a case through every step, a
 * physician approves the plan and the board, open meanwhile, shows the case closed without a reload; an early
 * ineligible case goes straight to the physician's review. Screenshots land in target/screenshots.
 */
@PlatformTest
class WorkflowUiBrowserTest extends BrowserFixture {

    @Test
    void coordinatorFillsEveryStepAndPhysicianApprovesThePlanWithConsent() throws Exception {
        String mrn = "MRN-UI-" + UUID.randomUUID().toString().substring(0, 8);
        String today = LocalDate.now().toString();
        try (Browser coordinator = Browser.open(port); Browser physician = Browser.open(port)) {
            coordinator.signIn("coordinator");
            assertThat(coordinator.path()).startsWith("/board");

            // given a new case
            coordinator.go("/cases/new");
            CaseForms.openKneeCase(coordinator, mrn);
            String caseUrl = coordinator.path();

            // the history: a coded condition without its status is refused, with the message beside the field
            CaseForms.enterHistoryWithoutTheConditionsStatus(coordinator, "allergies.substance", "penicillin",
                    "allergies.atc", "J01CE01", "allergies.reaction", "rash", "allergies.severity", "mild");
            Element message = coordinator.waitFor(By.id("cond-0-status-error"));
            coordinator.screenshot("case-page-history-refused");
            assertThat(message.getText()).isNotBlank();
            Element status = coordinator.find(By.name("conditions.status"));
            assertThat(status.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(coordinator.find(By.name("conditions.icd10")).getAttribute("value")).isEqualTo("M17.0");

            coordinator.choose(status, "active");
            coordinator.find(By.name("medications.none")).click();
            coordinator.fill(coordinator.addRow("medications"), "medications.atc", "C10AA05",
                    "medications.name", "atorvastatin", "medications.status", "active");
            // a man is not asked about pregnancy or breastfeeding: the pregnancy rules do not read them for him
            assertThat(coordinator.findAll(By.id("pregnancy"))).isEmpty();
            assertThat(coordinator.findAll(By.id("lactating"))).isEmpty();
            coordinator.submit("medical-history-form");
            coordinator.waitFor(By.id("physical-exam-form"));

            // the exam
            CaseForms.enterNormalExam(coordinator);

            // the lab and imaging checks, picked by LOINC code
            CaseForms.enterNegativeSerology(coordinator, today);
            // choosing a test fills in its unit; a value typed in another unit keeps the unit typed
            Element platelets = CaseForms.addResult(coordinator, "777-3", "250", today);
            assertThat(platelets.findElement(By.name("observations.unit")).getAttribute("value")).isEqualTo("10*9/L");
            Element leukocytes = CaseForms.addResult(coordinator, "6690-2", "6100", today);
            coordinator.type(leukocytes.findElement(By.name("observations.unit")), "/uL");
            coordinator.fill(coordinator.addRow("imaging"), "imaging.modality", "X-ray", "imaging.bodySite", "knee",
                    "imaging.date", today, "imaging.conclusion", "normal", "imaging.suspectedMalignancy", "false");
            // a row added by mistake goes again (the page's own script: the policy allows no evaluated code)
            Element spare = coordinator.addRow("imaging");
            spare.findElement(By.cssSelector("[data-remove-row]")).click();
            coordinator.waitForCount(By.cssSelector("#imaging-rows tr"), 1);
            coordinator.submit("investigations-form");

            // then the plan waits for a physician
            coordinator.waitForText(By.cssSelector(".patient-header .step"), "Plan approval");
            assertThat(coordinator.find(By.cssSelector(".assessment-summary")).getText()).contains("Eligible");
            coordinator.screenshot("case-page");
            coordinator.go(caseUrl + "/assessment");
            assertThat(coordinator.find(By.cssSelector(".outcome-words")).getText())
                    .startsWith("Eligible with precautions");
            assertThat(coordinator.find(By.cssSelector(".finding.severity-PRECAUTION")).getText())
                    .contains("Allergy", "Allergy to penicillin");
            assertThat(coordinator.find(By.cssSelector(".assessment")).getText()).contains("Ruleset version");
            coordinator.screenshot("assessment");

            coordinator.go("/board");
            By card = By.cssSelector("#column-PLAN_APPROVAL .card .mrn");
            coordinator.waitForText(By.id("column-PLAN_APPROVAL"), mrn);

            // when a physician who did not open the case approves it with consent
            physician.signIn("physician");
            physician.go("/physician");
            physician.click(By.cssSelector("a[aria-label='Review the plan of " + mrn + "']"));
            physician.waitFor(By.id("decision-form"));
            assertThat(physician.find(By.cssSelector(".plan")).getText())
                    .contains("UC-MSC", "intra-articular", "antihistamine");
            assertThat(physician.find(By.cssSelector(".adjustments")).getText()).containsIgnoringCase("allerg");
            physician.screenshot("approval");
            // the physician who changes the plan is not its approver (four-eyes): a second physician approves it
            physician.type(By.id("millionCells"), "40");
            physician.click(By.cssSelector("button[value=request-changes]"));
            physician.waitForText(By.cssSelector(".notice"), "Decision recorded.");
            physician.go(caseUrl + "/review");
            physician.waitForText(By.id("main"), "Version 2 by physician");
            physician.signOut();
            physician.signIn("physician2");
            physician.go(caseUrl + "/review");
            physician.waitFor(By.id("decision-form"));
            physician.click(By.cssSelector("button[value=approve]"));
            assertThat(physician.waitFor(By.id("consentFormVersion-error")).getText()).contains("form version");
            // the consent date is not pre-filled with today: the physician enters the day it was obtained
            assertThat(physician.find(By.id("consentObtainedOn-error")).getText()).contains("consent was obtained");
            CaseForms.approveWithConsent(physician, today);
            physician.waitForText(By.cssSelector(".patient-header .status"), "Approved");
            physician.go(caseUrl + "/review");
            assertThat(physician.find(By.id("main")).getText())
                    .contains("Approved", "by physician2", "consent " + today + ", form v1", "Version 2 by physician");

            // then the coordinator's board, never reloaded, shows the case closed as approved
            coordinator.waitForText(By.id("column-APPROVED"), mrn);
            assertThat(coordinator.find(By.id("column-PLAN_APPROVAL")).getText()).doesNotContain(mrn);
            assertThat(coordinator.findAll(card)).noneMatch(e -> e.getText().equals(mrn));
            coordinator.screenshot("board");
            coordinator.screenshot("board-tablet", 768);

            coordinator.go("/dashboard");
            assertThat(coordinator.find(By.id("funnel-title")).getText()).isEqualTo("Cases reaching each step");
            coordinator.screenshot("dashboard");
        }
    }

    @Test
    void pregnantPatientGoesStraightToTheIneligibilityReviewWhereAPhysicianConfirmsIt() throws Exception {
        String mrn = "MRN-UI-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open(port)) {
            browser.signIn("coordinator");
            browser.go("/cases/new");
            browser.fill("reference", mrn, "birthDate", "1994-02-10", "sex", "female", "weightKg", "61",
                    "indication", "type-2-diabetes");
            browser.submit("new-case-form");
            browser.waitFor(By.id("medical-history-form"));

            CaseForms.tickNothingToReport(browser);
            browser.choose(By.id("pregnancy"), "pregnant");
            browser.submit("medical-history-form");

            browser.waitForText(By.cssSelector(".patient-header .step"), "Ineligibility review");
            assertThat(browser.findAll(By.id("physical-exam-form"))).isEmpty();
            browser.signOut();

            browser.signIn("physician2");
            browser.go("/physician");
            browser.click(By.cssSelector("a[aria-label='Review the ineligibility of " + mrn + "']"));
            assertThat(browser.waitFor(By.cssSelector(".finding.severity-ABSOLUTE")).getText())
                    .contains("Pregnancy");
            browser.screenshot("ineligibility-review");

            browser.click(By.cssSelector("button[value=override]"));
            assertThat(browser.waitFor(By.id("comment-error")).getText()).contains("justification");
            browser.screenshot("ineligibility-override-refused");
            browser.click(By.cssSelector("button[value=confirm-ineligible]"));
            browser.waitForText(By.cssSelector(".patient-header .status"), "Ineligible");

            browser.go("/board");
            browser.waitForText(By.id("column-INELIGIBLE"), mrn);
        }
    }
}
