package org.mscpathway.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mscpathway.platform.PlatformTest;
import org.mscpathway.platform.ui.physician.PregnantPatients;

/**
 * A physician who signs in lands on their queue, not the coordinator's board, and reads in each row whose case it is
 * (MRN, age, sex), what the screening found (outcome, main finding) and what waits, on a laptop and on a tablet held
 * upright, with the whole row in view. Screenshots land in target/screenshots.
 */
@PlatformTest
class PhysicianQueueBrowserTest extends BrowserFixture {

    private static final LocalDate BORN = LocalDate.of(1991, 6, 20);

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1366, 768", "820, 1180"})
    void thePhysicianLandsOnTheQueueAndReadsTheRow(int width, int height) throws Exception {
        String mrn = "MRN-QB-" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = PregnantPatients.awaitingReview(cases, json, mrn, BORN);

        try (Browser physician = signedIn("physician", null, width, height, "en")) {
            assertThat(physician.path()).startsWith("/physician");
            By row = By.cssSelector("#main tr[data-case-id='" + id + "']");
            Element shown = physician.waitFor(row);
            assertThat(shown.getText()).contains(mrn,
                    Period.between(BORN, LocalDate.now()).getYears() + " years · female", "Ineligible",
                    "Absolute", "Pregnancy", "Ineligibility review");
            assertThat(physician.find(By.cssSelector(".site-header a[href='/physician']")).getAttribute("aria-label"))
                    .matches("My reviews, \\d+ waiting");
            assertThat(physician.overflowsSideways(By.tagName("body"))).as("the page scrolls sideways").isFalse();
            assertThat(physician.overflowsSideways(By.cssSelector("section[aria-labelledby='reviews-title'] .queue-scroll")))
                    .as("the review list is cut off at " + width + " px").isFalse();
            assertThat(physician.accessibilityProblems()).isEmpty();
            physician.screenshot("physician-queue-" + width);
        }
    }
}
