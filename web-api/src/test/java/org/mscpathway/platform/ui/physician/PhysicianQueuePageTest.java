package org.mscpathway.platform.ui.physician;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mscpathway.platform.DemoStaff.PHYSICIAN;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformFixture;
import org.mscpathway.platform.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The physician's queue rows without a browser: each says whose case it is (MRN, age, sex), what the latest
 * assessment found (outcome, provisional or not, and the main finding's rule) and what waits since when, in the
 * reader's language; a page of many rows is read from the case rows alone.
 */
@PlatformTest
class PhysicianQueuePageTest {

    @Autowired
    PlatformFixture platform;

    @Test
    void aRowNamesThePatientTheOutcomeAndTheMainFindingInEnglishAndChinese() throws Exception {
        String mrn = "MRN-Q-" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = PregnantPatients.awaitingReview(platform.cases(), platform.json(), mrn, LocalDate.of(1990, 3, 15));
        int age = Period.between(LocalDate.of(1990, 3, 15), LocalDate.now()).getYears();

        String english = row(queue("en"), id);
        assertThat(english).contains(mrn, age + " years · female", "outcome-INELIGIBLE", ">Ineligible<",
                "severity-ABSOLUTE", ">Pregnancy<", ">Ineligibility review<", "since ", "Knee osteoarthritis");

        String chinese = row(queue("zh-CN"), id);
        assertThat(chinese).contains(mrn, age + " 岁 · 女", ">不符合条件<", ">妊娠<")
                .doesNotContain(">Pregnancy<", "years");
        assertThat(queue("zh-CN")).contains(">主要发现<", ">评估结果<");
    }

    @Test
    void fiftyWaitingPlansRenderAsFiftyRowsTellingProvisionalFromFull() throws Exception {
        String prefix = "MRN-Q50-" + UUID.randomUUID().toString().substring(0, 6) + "-";
        // opened "tomorrow" so that they are the newest of the shared database, whatever other tests left waiting
        platform.jdbc().sql("""
                INSERT INTO msc.screening_case (id, team, indication, status, current_step, ruleset_version,
                                                opened_by, opened_at, updated_at, step_entered_at, patient, mrn,
                                                patient_birth_date, patient_sex, assessed_outcome, assessment_mode)
                SELECT gen_random_uuid(), 'main', 'knee-osteoarthritis', 'OPEN', 'PLAN_APPROVAL', '2026.2',
                       'coordinator', now() + interval '1 day' + make_interval(secs => i), now(),
                       now() - interval '2 hours', '{}', :prefix || i, DATE '1970-01-01', 'MALE', 'ELIGIBLE',
                       CASE WHEN i % 2 = 0 THEN 'FULL' ELSE 'PARTIAL' END
                  FROM generate_series(1, 50) AS i""").param("prefix", prefix).update();

        String page;
        try {
            page = queue("en");
        } finally {
            // they would stay on top of every queue of the shared database
            platform.jdbc().sql("DELETE FROM msc.screening_case WHERE mrn LIKE :prefix || '%'").param("prefix", prefix)
                    .update();
        }

        Matcher rows = Pattern.compile("<span class=\"mrn\">" + Pattern.quote(prefix)).matcher(page);
        assertThat(rows.results().count()).isEqualTo(50);
        assertThat(page).contains(">Eligible<", ">Provisional<", "outcome-PROVISIONAL");
    }

    private String queue(String language) throws Exception {
        return platform.mvc().perform(get("/physician").with(PHYSICIAN).header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The table row of the case. */
    private static String row(String page, UUID id) {
        int start = page.indexOf("data-case-id=\"" + id + "\"");
        assertThat(start).as("a row for case " + id).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
