package org.mscpathway.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mscpathway.platform.PlatformTest;
import org.mscpathway.workflow.pathway.CareTeams;
import org.mscpathway.workflow.pathway.Step;

/**
 * A coordinator opens a case whose labs lack the pregnancy test and HBsAg, sees one short form naming both, saves
 * it once with a date left out, is told which field by its label, follows the link to it, fills it in, and the
 * evaluation moves on to plan approval; on a laptop and on a tablet held upright.
 */
@PlatformTest
class MissingDataBrowserTest extends BrowserFixture {

    private static final CareTeams MAIN = MissingLabsCase.MAIN;

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1366, 768, MRN-MISSING-LAPTOP", "820, 1180, MRN-MISSING-TABLET"})
    void aCoordinatorFillsTheMissingLabsInOneShortForm(int width, int height, String reference) throws Exception {
        UUID id = missingPregnancyTestAndHepatitisB(reference);
        String recent = LocalDate.now().minusDays(1).toString();
        try (Browser coordinator = signedIn("coordinator", "/cases/" + id, width, height, "en")) {
            coordinator.waitFor(By.id("missing-data-form"));
            assertThat(coordinator.find(By.cssSelector("#missing-data-form")).getText())
                    .contains("Pregnancy test (hCG), urine — LOINC 2106-3",
                            "Hepatitis B surface antigen (HBsAg) — LOINC 5196-1");
            assertThat(coordinator.findAll(By.cssSelector("#missing-data-form button[type=submit]"))).hasSize(1);
            assertThat(coordinator.findAll(By.id("investigations-form"))).isEmpty();
            assertThat(coordinator.accessibilityProblems()).isEmpty();

            coordinator.choose(By.id("missing-0-value"), "negative");
            coordinator.type(By.id("missing-0-date"), recent);
            coordinator.choose(By.id("missing-1-value"), "negative");
            coordinator.submit("missing-data-form");

            By link = By.cssSelector(".error-summary a[href='#missing-1-date']");
            coordinator.waitForText(link, "Hepatitis B surface antigen (HBsAg) — LOINC 5196-1: Date");
            coordinator.screenshot("missing-data-refused-" + width, width);
            coordinator.click(link);
            assertThat(coordinator.focusedId()).isEqualTo("missing-1-date");
            assertThat(coordinator.find(By.id("missing-0-value")).getAttribute("value")).isEqualTo("negative");

            coordinator.type(By.id("missing-1-date"), recent);
            coordinator.submit("missing-data-form");
            coordinator.waitFor(By.cssSelector(".handover"));
            assertThat(coordinator.findAll(By.id("missing-data-form"))).isEmpty();
            coordinator.screenshot("missing-data-saved-" + width, width);
        }
        assertThat(cases.view(id, MAIN).currentStep()).isEqualTo(Step.PLAN_APPROVAL);
    }

    private UUID missingPregnancyTestAndHepatitisB(String reference) throws Exception {
        return MissingLabsCase.open(cases, json, reference);
    }
}
