package org.mscpathway.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mscpathway.platform.DemoStaff.COORDINATOR;
import static org.mscpathway.platform.DemoStaff.MAIN;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformFixture;
import org.mscpathway.platform.PlatformTest;
import org.mscpathway.workflow.pathway.CaseView;
import org.mscpathway.workflow.pathway.EnteredObservation;
import org.mscpathway.workflow.pathway.Step;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * Missing data leads to the missing items: one short form with a pre-filled row per item, named first in the
 * reader's language, saved with one button in one step; a refused form names each field by its label and links to
 * it. The lab test picker lists each test once, named first; pregnancy is asked only where the ruleset needs it.
 */
@PlatformTest
class MissingDataFormTest {

    @Autowired
    PlatformFixture platform;

    @Test
    void missingLabsAreAskedInOneShortFormNamedFirstInTheReadersLanguage() throws Exception {
        UUID id = missingPregnancyTestAndHepatitisB("MRN-MISS-1");

        String page = page(id, "en");
        assertThat(page).contains("What is missing", "Pregnancy test (hCG), urine — LOINC 2106-3",
                "Hepatitis B surface antigen (HBsAg) — LOINC 5196-1", "Edit all data")
                .doesNotContain("id=\"medical-history-form\"", "id=\"investigations-form\"", ">LOINC 2106-3<");
        assertThat(count(page, "type=\"submit\"", "id=\"missing-data-form\"")).isEqualTo(1);
        // urine is asked for, serum may be chosen instead; each code once, named
        assertThat(page).contains("<option value=\"2106-3\" selected=\"selected\">",
                "<option value=\"2118-8\">Pregnancy test (hCG), serum — LOINC 2118-8</option>");
        assertThat(page(id, "zh-CN")).contains("缺少的内容", "尿妊娠试验（hCG） — LOINC 2106-3",
                "乙型肝炎病毒表面抗原（HBsAg） — LOINC 5196-1", "编辑全部数据");

        String all = page(id + "?all=true", "en");
        assertThat(all).contains("id=\"medical-history-form\"", "id=\"investigations-form\"", "Only what is missing")
                .doesNotContain("id=\"missing-data-form\"");
    }

    @Test
    void oneSaveStoresEveryRowInOneStepAndTheEvaluationMovesOn() throws Exception {
        UUID id = missingPregnancyTestAndHepatitisB("MRN-MISS-2");
        CaseView before = platform.cases().view(id, MAIN);
        int storedResults = before.investigations().observations().size();
        String recent = LocalDate.now().minusDays(2).toString();

        platform.mvc().perform(missingData(id, before.version())
                        .param("missing[0].loinc", "2118-8").param("missing[0].value", "negative")
                        .param("missing[0].date", recent)
                        .param("missing[1].loinc", "5196-1").param("missing[1].value", "negative")
                        .param("missing[1].date", recent))
                .andExpect(status().is3xxRedirection());

        CaseView after = platform.cases().view(id, MAIN);
        assertThat(after.currentStep()).isEqualTo(Step.PLAN_APPROVAL);
        List<EnteredObservation> results = after.investigations().observations();
        assertThat(results).hasSize(storedResults + 2);
        assertThat(results.subList(storedResults, results.size())).extracting(EnteredObservation::loinc)
                .containsExactly("2118-8", "5196-1");
        assertThat(platform.cases().events(id, MAIN)).filteredOn(e -> "MISSING_DATA".equals(e.step())
                && e.type().name().equals("StepCompleted")).hasSize(1);
    }

    @Test
    void aRefusedRowSavesNothingAndEveryErrorIsNamedByItsLabelAndLinkedToItsField() throws Exception {
        UUID id = missingPregnancyTestAndHepatitisB("MRN-MISS-3");
        CaseView before = platform.cases().view(id, MAIN);
        String recent = LocalDate.now().minusDays(2).toString();

        String refused = platform.mvc().perform(missingData(id, before.version())
                        .param("missing[0].value", "negative").param("missing[0].date", recent)
                        .param("missing[1].value", "negative").param("missing[1].date", "")
                        .header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();

        String text = HtmlUtils.htmlUnescape(refused);
        String summary = text.substring(text.indexOf("class=\"error-summary\""));
        assertThat(summary.substring(0, summary.indexOf("</div>"))).contains("href=\"#missing-1-date\"")
                .contains(">Hepatitis B surface antigen (HBsAg) — LOINC 5196-1: Date</a>: <span>the date of the sample");
        assertThat(text)
                .contains("id=\"missing-1-date-error\"").contains("aria-describedby=\"missing-1-date-error\"")
                .doesNotContain("observations[");
        // what was typed comes back
        assertThat(text).contains("<option value=\"negative\" selected=\"selected\">");
        CaseView after = platform.cases().view(id, MAIN);
        assertThat(after.currentStep()).isEqualTo(Step.MISSING_DATA);
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.investigations().observations()).hasSameSizeAs(before.investigations().observations());
    }

    @Test
    void aStepFormErrorIsNamedByTheFieldsLabelInEnglishAndChinese() throws Exception {
        UUID id = platform.open("""
                {"reference": "MRN-MISS-4", "birthDate": "1960-02-03", "sex": "male", "weightKg": 70}""",
                "knee-osteoarthritis");
        platform.submitMedicalHistory(id, """
                {"conditions": [], "medications": [], "allergies": []}""");

        for (String[] language : new String[][] {{"en", "Diastolic blood pressure (mmHg)"}, {"zh-CN", "舒张压"}}) {
            String refused = HtmlUtils.htmlUnescape(platform.mvc().perform(post("/cases/" + id + "/physical-exam")
                            .with(COORDINATOR).with(csrf()).header("Accept-Language", language[0])
                            .param("temperatureC", "36.5").param("diastolicMmHg", "high"))
                    .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString());

            String summary = refused.substring(refused.indexOf("class=\"error-summary\""));
            summary = summary.substring(0, summary.indexOf("</div>"));
            assertThat(summary).as(language[0]).contains("href=\"#diastolicMmHg\"").contains(language[1])
                    .doesNotContain("physicalExam.diastolicMmHg");
            assertThat(refused).contains("id=\"diastolicMmHg\"");
        }
    }

    @Test
    void theLabTestPickerListsEachTestOnceNamedFirstWithItsCodeBeside() throws Exception {
        String row = platform.mvc()
                .perform(get("/cases/rows/observations").with(COORDINATOR).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        List<String> options = options(HtmlUtils.htmlUnescape(row));
        assertThat(options).doesNotHaveDuplicates()
                .contains("Pregnancy test (hCG), urine — LOINC 2106-3", "Pregnancy test (hCG), serum — LOINC 2118-8",
                        "Leukocytes (white blood cell count) — LOINC 6690-2");
        assertThat(options.stream().map(o -> o.substring(0, o.indexOf(" — ")))).doesNotHaveDuplicates();
        assertThat(options).noneMatch(o -> o.startsWith("LOINC"));
        String chinese = HtmlUtils.htmlUnescape(platform.mvc().perform(get("/cases/rows/observations").with(COORDINATOR)
                .header("Accept-Language", "zh-CN")).andReturn().getResponse().getContentAsString());
        assertThat(options(chinese)).contains("血小板计数（PLT） — LOINC 777-3");
    }

    @Test
    void pregnancyIsAskedOnlyWithinTheRulesetsChildbearingAgesAndNeverOfAMan() throws Exception {
        Object[][] patients = {
                {"female", 40, true}, {"female", 58, false}, {"female", 55, true}, {"female", 11, false},
                {"unknown", 30, true}, {"other", 62, false}, {"male", 30, false}};
        for (Object[] patient : patients) {
            String birthDate = LocalDate.now().minusYears((int) patient[1]).minusDays(1).toString();
            UUID id = platform.open("""
                    {"reference": "MRN-MISS-5", "birthDate": "%s", "sex": "%s", "weightKg": 60}"""
                    .formatted(birthDate, patient[0]), "knee-osteoarthritis");

            String page = page(id.toString(), "en");

            assertThat(page.contains("id=\"pregnancy\"")).as(patient[0] + " " + patient[1]).isEqualTo(patient[2]);
            assertThat(page.contains("id=\"lactating\"")).as(patient[0] + " " + patient[1]).isEqualTo(patient[2]);
        }
    }

    @Test
    void aPregnancyAnswerEnteredBeforeIsStillShownSoSavingNeverDropsIt() throws Exception {
        // a woman of 58 is not asked, and no pregnancy test is missing; her answer entered before stays on the form
        UUID id = MissingLabsCase.open(platform.cases(), platform.json(), "MRN-MISS-6", 58, "LOINC 5196-1");

        String page = page(id + "?all=true", "en");

        assertThat(page).contains("id=\"pregnancy\"", "<option value=\"not-pregnant\" selected=\"selected\">");
    }

    private UUID missingPregnancyTestAndHepatitisB(String reference) throws Exception {
        return MissingLabsCase.open(platform.cases(), platform.json(), reference);
    }

    private MockHttpServletRequestBuilder missingData(UUID id, int version) {
        return post("/cases/" + id + "/missing-data").with(COORDINATOR).with(csrf())
                .param("version", String.valueOf(version));
    }

    private String page(Object path, String language) throws Exception {
        return HtmlUtils.htmlUnescape(platform.mvc().perform(get("/cases/" + path).with(COORDINATOR)
                        .header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static int count(String page, String what, String within) {
        String form = page.substring(page.indexOf(within));
        form = form.substring(0, form.indexOf("</form>"));
        return form.split(Pattern.quote(what), -1).length - 1;
    }

    private static List<String> options(String html) {
        Matcher option = Pattern.compile("<option value=\"[^\"]+\"[^>]*>([^<]+)</option>").matcher(html);
        List<String> found = new java.util.ArrayList<>();
        while (option.find()) {
            found.add(option.group(1).trim());
        }
        return found;
    }
}
