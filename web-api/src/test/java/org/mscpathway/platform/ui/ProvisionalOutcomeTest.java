package org.mscpathway.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mscpathway.platform.DemoStaff.COORDINATOR;
import static org.mscpathway.platform.DemoStaff.MAIN;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformFixture;
import org.mscpathway.platform.PlatformTest;
import org.mscpathway.screening.assessment.Outcome;
import org.mscpathway.workflow.pathway.CaseView;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An early "no contraindication so far" must not read as eligible: after the medical history alone the case page and
 * the assessment page say Provisional, in a neutral colour, and what has not been checked yet.
 */
@PlatformTest
class ProvisionalOutcomeTest {

    @Autowired
    PlatformFixture platform;

    @Test
    void anEligibleAfterTheHistoryAloneIsShownAsProvisionalWithWhatIsNotCheckedYet() throws Exception {
        UUID id = platform.open("""
                {"reference": "MRN-PROV-1", "birthDate": "1958-06-07", "sex": "male", "weightKg": 81}""",
                "knee-osteoarthritis");
        platform.submitMedicalHistory(id, """
                {"conditions": [], "medications": [], "allergies": [], "pregnancy": "unknown", "lactating": false}""");
        CaseView partial = platform.cases().view(id, MAIN);
        assertThat(partial.assessmentMode()).isEqualTo("PARTIAL");
        assertThat(partial.assessment().outcome()).isIn(Outcome.ELIGIBLE, Outcome.ELIGIBLE_WITH_PRECAUTIONS);

        String casePage = page("/cases/" + id);
        String assessmentPage = page("/cases/" + id + "/assessment");

        for (String shown : new String[] {casePage, assessmentPage}) {
            assertThat(shown).contains("outcome-PROVISIONAL", ">Provisional<",
                            "The physical exam and the lab and imaging checks are not in yet.")
                    .doesNotContain("outcome-ELIGIBLE", ">Eligible<", ">Eligible with precautions<");
        }
    }

    private String page(String path) throws Exception {
        return platform.mvc().perform(get(path).with(COORDINATOR)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
