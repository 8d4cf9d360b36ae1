package org.mscpathway.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mscpathway.platform.PlatformTest;

/**
 * What a physician sees, on a laptop and on a tablet held upright: the review page's patient summary with the low
 * leukocytes flagged and the finding's evidence by name; after approval the case page's decision panel with the
 * consent and the approved plan. Screenshots land in target/screenshots.
 */
@PlatformTest
class PhysicianReviewBrowserTest extends BrowserFixture {

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1366, 768, MRN-REVIEW-LAPTOP", "820, 1180, MRN-REVIEW-TABLET"})
    void thePhysicianDecidesWithTheSummaryAndTheCasePageShowsTheDecision(int width, int height, String mrn)
            throws Exception {
        UUID id = new ReviewCases(cases, json).atPlanApprovalWithLowLeukocytes(mrn);
        try (Browser physician = signedIn("physician", "/cases/" + id + "/review", width, height, "en")) {
            Element summary = physician.waitFor(By.cssSelector(".patient-summary"));
            assertThat(summary.getText()).contains("Blood pressure", "126/80 mmHg", "Atorvastatin (C10AA05), active");
            assertThat(physician.find(By.cssSelector(".patient-summary tr.abnormal")).getText())
                    .contains("Leukocytes (white blood cell count)", "2.5 ×10⁹/L", "low");
            assertThat(physician.find(By.cssSelector(".finding .evidence")).getText())
                    .contains("Leukocytes (white blood cell count) (LOINC 6690-2)", "2.5 ×10⁹/L")
                    .doesNotContain("10*9/L");
            assertThat(physician.accessibilityProblems()).as("accessibility of the review page").isEmpty();
            physician.screenshot("review-summary-" + width);

            CaseForms.approveWithConsent(physician, LocalDate.of(2026, 11, 28).toString());
            physician.waitForText(By.cssSelector(".patient-header .status"), "Approved");

            Element panel = physician.waitFor(By.cssSelector(".decision-panel"));
            assertThat(panel.getText()).contains("Decision and approved plan", "Approved", "physician",
                    "obtained on 28 Nov 2026, form v1", "50 × 10⁶ cells per administration");
            assertThat(physician.accessibilityProblems()).as("accessibility of the case page").isEmpty();
            physician.screenshot("case-decision-" + width);
        }
    }
}
