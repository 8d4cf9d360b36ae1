package org.mscpathway.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mscpathway.platform.PlatformTest;
import org.mscpathway.workflow.pathway.CareTeams;
import org.mscpathway.workflow.pathway.CaseActor;
import org.mscpathway.workflow.pathway.Role;

/**
 * Code fields are searched by name in a real browser: typing part of a condition's Chinese name or a drug's English
 * name offers "code — name" in the field's own datalist, whose choice is the code; the field keeps its own label. A
 * woman of 65 is not asked about pregnancy or breastfeeding (outside the ruleset's 12-55). On a laptop and a tablet.
 */
@PlatformTest
class CodeSearchBrowserTest extends BrowserFixture {

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1366, 768", "820, 1180"})
    void aCoordinatorFindsConditionAndMedicationCodesByName(int width, int height) throws Exception {
        UUID id = cases.open(json.readTree("""
                {"reference": "MRN-TERMS-%d", "birthDate": "1961-03-04", "sex": "female", "weightKg": 61}"""
                        .formatted(width)),
                "knee-osteoarthritis", new CaseActor("coordinator", Role.COORDINATOR, CareTeams.of("main")));
        try (Browser coordinator = signedIn("coordinator", "/cases/" + id, width, height, "en-GB")) {
            assertThat(coordinator.findAll(By.id("pregnancy"))).isEmpty();
            assertThat(coordinator.findAll(By.id("lactating"))).isEmpty();

            Element condition = coordinator.addRow("conditions").findElement(By.name("conditions.icd10"));
            String label = condition.getAttribute("aria-label");
            coordinator.type(condition, "乳腺");
            By breastCancer = By.cssSelector("datalist[id^='terms-'] option[value='C50']");
            coordinator.waitForCount(breastCancer, 1);

            assertThat(coordinator.find(breastCancer).getAttribute("label"))
                    .isEqualTo("C50 — Malignant neoplasm of breast (breast cancer) · 乳腺恶性肿瘤（乳腺癌）");
            String list = condition.getAttribute("list");
            assertThat(coordinator.findAll(By.cssSelector("datalist#" + list + " option")))
                    .extracting(option -> option.getAttribute("value")).contains("C50", "C50.9", "D05");
            assertThat(condition.getAttribute("aria-label")).isEqualTo(label);

            Element medication = coordinator.addRow("medications").findElement(By.name("medications.atc"));
            coordinator.type(medication, "amox");
            By amoxicillin = By.cssSelector("datalist[id^='terms-'] option[value='J01CA04']");
            coordinator.waitForCount(amoxicillin, 1);
            assertThat(medication.getAttribute("list")).isNotEqualTo(list);
            assertThat(coordinator.axeViolations()).isEmpty();
            coordinator.screenshot("code-search-" + width);
        }
    }
}
