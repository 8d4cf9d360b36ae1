package org.mscpathway.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mscpathway.platform.DemoStaff.COORDINATOR;
import static org.mscpathway.platform.DemoStaff.MAIN;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformFixture;
import org.mscpathway.platform.PlatformTest;
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.assessment.Finding;
import org.mscpathway.screening.assessment.Outcome;
import org.mscpathway.screening.record.Allergy;
import org.mscpathway.screening.record.ObservationValue;
import org.mscpathway.workflow.pathway.EnteredObservation;
import org.mscpathway.workflow.pathway.Step;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The step forms take what ruleset 2026.2 reads: a unit and a date with each result, an ATC code on an allergy;
 * a unit the evaluator cannot convert comes back beside its field; a result too old to count is shown as such.
 */
@PlatformTest
class StepFormsTest {

    @Autowired
    PlatformFixture platform;

    @Test
    void aResultTypedInAnotherUnitIsStoredWithItsUnitAndReadInTheCatalogueUnit() throws Exception {
        UUID id = atInvestigations();

        platform.mvc().perform(investigations(id, row("6690-2", "2500", "/uL", daysAgo(3))))
                .andExpect(status().is3xxRedirection());

        EnteredObservation leukocytes = platform.cases().view(id, MAIN).investigations().observations().get(0);
        assertThat(leukocytes.unit()).isEqualTo("/uL");
        assertThat(leukocytes.value()).isEqualTo(new ObservationValue.Quantity(2500));
        Assessment assessment = platform.cases().view(id, MAIN).assessment();
        assertThat(assessment.outcome()).isEqualTo(Outcome.PHYSICIAN_REVIEW);
        assertThat(assessment.findings()).extracting(Finding::ruleId).contains("INF-IMMUNOSUPPRESSED");
    }

    @Test
    void aUnitTheEvaluatorCannotConvertComesBackBesideItsFieldAndNothingIsSaved() throws Exception {
        refusedAndNothingSaved(row("718-7", "13", "furlongs", daysAgo(3)),
                "id=\"obs-0-unit-error\"", "value=\"furlongs\"");
    }

    @Test
    void aLabRowWithoutDateComesBackBesideItsFieldAndNothingIsSaved() throws Exception {
        refusedAndNothingSaved(row("718-7", "13", "g/dL", ""),
                "id=\"obs-0-date-error\"", "the date of the sample is required");
    }

    /** The investigations form with this first row is refused, the page saying each of {@code shown}; nothing saved. */
    private void refusedAndNothingSaved(String[] first, String... shown) throws Exception {
        UUID id = atInvestigations();
        int version = platform.cases().view(id, MAIN).version();

        ResultActions refused = platform.mvc().perform(investigations(id, first))
                .andExpect(status().isUnprocessableEntity());
        for (String text : shown) {
            refused.andExpect(content().string(containsString(text)));
        }

        assertThat(platform.cases().view(id, MAIN).currentStep()).isEqualTo(Step.INVESTIGATIONS);
        assertThat(platform.cases().view(id, MAIN).version()).isEqualTo(version);
    }

    @Test
    void aSerologyOlderThanItsWindowIsListedAsNotCountedOnTheAssessmentPage() throws Exception {
        UUID id = atInvestigations();

        platform.mvc().perform(investigations(id, row("5196-1", "negative", "", daysAgo(120))))
                .andExpect(status().is3xxRedirection());

        platform.mvc().perform(get("/cases/" + id + "/assessment").with(COORDINATOR)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Results not counted")))
                .andExpect(content().string(containsString("older than 90 days")));
    }

    @Test
    void anAllergyKeepsItsAtcCodeAndAChineseSubstanceName() throws Exception {
        UUID id = platform.open("""
                {"reference": "MRN-FORM-1", "birthDate": "1960-02-03", "sex": "male", "weightKg": 70}""",
                "knee-osteoarthritis");

        platform.mvc().perform(post("/cases/" + id + "/medical-history").with(COORDINATOR).with(csrf())
                        .param("conditions.none", "true").param("medications.none", "true")
                        .param("allergies.substance", "阿莫西林").param("allergies.atc", "J01CA04")
                        .param("allergies.reaction", "urticaria").param("allergies.severity", "mild")
                        .param("pregnancy", "not-pregnant").param("lactating", "false"))
                .andExpect(status().is3xxRedirection());

        Allergy allergy = platform.cases().view(id, MAIN).medicalHistory().allergies().get(0);
        assertThat(allergy.substance()).isEqualTo("阿莫西林");
        assertThat(allergy.atc()).isEqualTo("J01CA04");
        platform.mvc().perform(get("/cases/" + id).with(COORDINATOR))
                .andExpect(content().string(containsString("阿莫西林 (J01CA04), mild: urticaria")));
    }

    @Test
    void aManIsNotAskedAboutPregnancyOrBreastfeedingAndAWomanOrAnUnknownSexIs() throws Exception {
        for (String[] patient : new String[][] {{"male", "false"}, {"female", "true"}, {"unknown", "true"}}) {
            UUID id = platform.open("""
                    {"reference": "MRN-FORM-3", "birthDate": "1990-02-03", "sex": "%s", "weightKg": 60}"""
                    .formatted(patient[0]), "knee-osteoarthritis");

            String page = platform.mvc().perform(get("/cases/" + id).with(COORDINATOR)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();

            assertThat(page.contains("id=\"pregnancy\"")).as(patient[0]).isEqualTo(Boolean.parseBoolean(patient[1]));
            assertThat(page.contains("id=\"lactating\"")).as(patient[0]).isEqualTo(Boolean.parseBoolean(patient[1]));
        }
    }

    @Test
    void aBoardCardSaysWhoseTurnItIsAndHowLongItHasWaitedInTheReadersLanguage() throws Exception {
        UUID id = platform.open("""
                {"reference": "MRN-FORM-4", "birthDate": "1970-02-03", "sex": "female", "weightKg": 60}""",
                "knee-osteoarthritis");

        assertThat(card(id, "en")).contains("Coordinator's turn, waiting 0 min");
        assertThat(card(id, "zh-CN")).contains("待协调员处理，已等待 0 分钟");
    }

    private String card(UUID id, String language) throws Exception {
        String board = platform.mvc().perform(get("/board").with(COORDINATOR).header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String card = board.substring(board.indexOf("data-case-id=\"" + id + "\""));
        return org.springframework.web.util.HtmlUtils.htmlUnescape(card.substring(0, card.indexOf("</li>")));
    }

    private UUID atInvestigations() throws Exception {
        UUID id = platform.open("""
                {"reference": "MRN-FORM-2", "birthDate": "1958-06-07", "sex": "male", "weightKg": 81}""",
                "knee-osteoarthritis");
        platform.submitMedicalHistory(id, """
                {"conditions": [], "medications": [], "allergies": [], "pregnancy": "unknown", "lactating": false}""");
        platform.submitPhysicalExam(id, """
                {"temperatureC": 36.6, "heartRateBpm": 70, "systolicMmHg": 126, "diastolicMmHg": 80,
                 "spo2Percent": 98, "nyhaClass": 1, "ecog": 0}""");
        return id;
    }

    /** The investigations form with one lab row first, then recent normal results of every other required test. */
    private MockHttpServletRequestBuilder investigations(UUID id, String[] first) {
        String recent = daysAgo(5);
        String[][] rows = {first, row("56888-1", "negative", "", recent), row("5196-1", "negative", "", recent),
                row("16128-1", "negative", "", recent), row("20507-0", "negative", "", recent),
                row("6690-2", "6.1", "", recent), row("751-8", "3.9", "", recent), row("777-3", "250", "", recent)};
        MockHttpServletRequestBuilder request = post("/cases/" + id + "/investigations").with(COORDINATOR).with(csrf())
                .param("version", String.valueOf(platform.cases().view(id, MAIN).version()));
        for (String[] row : rows) {
            if (row != first && row[0].equals(first[0])) {
                continue;
            }
            request.param("observations.loinc", row[0]).param("observations.value", row[1])
                    .param("observations.unit", row[2]).param("observations.date", row[3]);
        }
        return request;
    }

    private static String[] row(String loinc, String value, String unit, String date) {
        return new String[] {loinc, value, unit, date};
    }

    private static String daysAgo(int days) {
        return LocalDate.now().minusDays(days).toString();
    }
}
