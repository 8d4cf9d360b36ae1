package org.mscpathway.platform.rulesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mscpathway.platform.DemoStaff.COORDINATOR;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformFixture;
import org.mscpathway.platform.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The administrators' ruleset pages and the board's mark on cases screened under an older version. */
@PlatformTest
@TestPropertySource(properties = {"msc.outbox.relay-enabled=false",
        "spring.application.name=ruleset-governance-test", "msc.notification.enabled=false",
        "camunda.bpm.process-engine-name=ruleset-governance"})
class RulesetPagesTest {

    private static final RequestPostProcessor ALICE = user("page-alice").roles("ADMIN");
    private static final RequestPostProcessor BOB = user("page-bob").roles("ADMIN");

    @Autowired
    PlatformFixture platform;

    @Test
    void onlyAdministratorsSeeTheVersionsAndTheirState() throws Exception {
        assertThat(send(get("/rulesets").with(COORDINATOR)).getStatus()).isEqualTo(403);

        String page = send(get("/rulesets").with(ALICE)).getContentAsString();

        assertThat(page).contains("data-version=\"2026.2\"").contains("Draft a new version");
    }

    @Test
    void aThresholdEditedInTheFormIsDraftedAndABadOneIsNamedByItsKey() throws Exception {
        String form = send(get("/rulesets/new").with(ALICE)).getContentAsString();
        assertThat(form).contains("name=\"thresholds.age.elderlyFromYears\"");

        MockHttpServletResponse bad = send(post("/rulesets").with(ALICE).with(csrf()).param("basedOn", "2026.2")
                .param("version", "2026.2-page.1").param("summary", "elderly from 70")
                .param("thresholds.age.elderlyFromYears", "old"));
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString()).contains("catalogue.thresholds.age.elderlyFromYears");

        MockHttpServletResponse saved = send(post("/rulesets").with(ALICE).with(csrf()).param("basedOn", "2026.2")
                .param("version", "2026.2-page.1").param("summary", "elderly from 70")
                .param("thresholds.age.elderlyFromYears", "70"));
        assertThat(saved.getRedirectedUrl()).isEqualTo("/rulesets");
        assertThat(platform.jdbc().sql("SELECT catalogue::jsonb #>> '{thresholds,age,elderlyFromYears}'"
                + " FROM msc.ruleset WHERE version = '2026.2-page.1'").query(String.class).single()).isEqualTo("70");

        assertThat(send(get("/rulesets").with(ALICE)).getContentAsString())
                .contains("awaiting a second administrator");
        send(post("/rulesets/2026.2-page.1/approve").with(ALICE).with(csrf()));
        assertThat(state("2026.2-page.1")).as("the author cannot approve").isEqualTo("DRAFT");
        send(post("/rulesets/2026.2-page.1/approve").with(BOB).with(csrf()));
        assertThat(state("2026.2-page.1")).isEqualTo("APPROVED");
        assertThat(send(get("/rulesets/2026.2-page.1/what-if").with(BOB)).getContentAsString())
                .contains("cases re-evaluated");
    }

    @Test
    void theBoardMarksAnOpenCaseScreenedUnderAnOlderVersionUntilItIsRescreened() throws Exception {
        UUID id = UUID.randomUUID();
        platform.jdbc().sql("""
                INSERT INTO msc.screening_case (id, team, indication, status, current_step, ruleset_version,
                                                opened_by, opened_at, updated_at, patient)
                VALUES (:id, 'main', 'knee-osteoarthritis', 'OPEN', 'PHYSICAL_EXAM', '2025.9', 'coordinator', now(), now(),
                        '{"reference": "MRN-OLD-1", "birthDate": "1960-05-01", "sex": "male", "weightKg": 70,
                          "heightCm": 170}')""").param("id", id).update();

        String board = send(get("/board").with(COORDINATOR)).getContentAsString();
        assertThat(board).contains("Ruleset 2025.9");
        assertThat(send(get("/cases/" + id).with(COORDINATOR)).getContentAsString()).contains("rescreen-form");

        MockHttpServletResponse rescreened = send(post("/cases/" + id + "/rescreen").with(COORDINATOR).with(csrf()));

        assertThat(rescreened.getRedirectedUrl()).isEqualTo("/cases/" + id);
        assertThat(platform.jdbc().sql("SELECT ruleset_version FROM msc.screening_case WHERE id = :id").param("id", id)
                .query(String.class).single()).isNotEqualTo("2025.9");
        assertThat(send(get("/cases/" + id).with(COORDINATOR)).getContentAsString()).doesNotContain("rescreen-form");
    }

    private String state(String version) {
        return platform.jdbc().sql("SELECT state FROM msc.ruleset WHERE version = :v").param("v", version)
                .query(String.class).single();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return platform.mvc().perform(request).andReturn().getResponse();
    }
}
