package org.mscpathway.platform.ui.physician;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mscpathway.platform.DemoStaff.COORDINATOR;
import static org.mscpathway.platform.DemoStaff.MAIN;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformFixture;
import org.mscpathway.platform.PlatformTest;
import org.mscpathway.platform.ui.ReviewCases;
import org.mscpathway.workflow.pathway.CaseActor;
import org.mscpathway.workflow.pathway.Consent;
import org.mscpathway.workflow.pathway.Decision;
import org.mscpathway.workflow.pathway.PhysicianDecision;
import org.mscpathway.workflow.pathway.PlanChanges;
import org.mscpathway.workflow.pathway.Role;
import org.mscpathway.workflow.pathway.Step;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The physician decides with the data in front of them: the review page summarises the patient (vitals in order,
 * labs by name with readable units, abnormal values flagged, history by name with codes) and shows each finding's
 * evidence by name; plan versions read in cells; after the decision the case page shows the decision, consent, the
 * approved plan and any override's justification.
 */
@PlatformTest
class ReviewAndDecisionPagesTest {

    private static final CaseActor PHYSICIAN = new CaseActor("physician", Role.PHYSICIAN, MAIN);
    private static final CaseActor PHYSICIAN2 = new CaseActor("physician2", Role.PHYSICIAN, MAIN);
    private static final RequestPostProcessor AS_PHYSICIAN = user("physician").roles("PHYSICIAN");

    @Autowired
    PlatformFixture platform;

    @Test
    void reviewPageSummarisesThePatientFlagsTheLowLeukocytesAndNamesTheEvidence() throws Exception {
        UUID id = atPlanApproval("MRN-REVIEW-1");

        String page = page("/cases/" + id + "/review", AS_PHYSICIAN, "en");

        assertThat(page).contains("Patient summary", "Blood pressure", "126/80 mmHg", "70 /min", "36.6 °C", "98%",
                "Leukocytes (white blood cell count)", "2.5 ×10⁹/L", "▼ low", "240 ×10⁹/L",
                "Primary gonarthrosis, bilateral (M17.0), active", "Atorvastatin (C10AA05), active",
                "Leukocytes (white blood cell count) (LOINC 6690-2)")
                .doesNotContain("10*9/L", "<td>LOINC 6690-2</td>");
        assertThat(page.indexOf("Blood pressure")).isLessThan(page.indexOf("Heart rate"));
        assertThat(page.indexOf("Heart rate")).isLessThan(page.indexOf("Temperature"));
        assertThat(page.indexOf("Temperature")).isLessThan(page.indexOf("SpO₂"));
    }

    @Test
    void reviewPageReadsInChinese() throws Exception {
        UUID id = atPlanApproval("MRN-REVIEW-2");
        platform.cases().decide(id, new PhysicianDecision(Decision.REQUEST_CHANGES, "lower dose",
                new PlanChanges(40_000_000L, null, null, null), null), PHYSICIAN, null);

        String page = page("/cases/" + id + "/review", AS_PHYSICIAN, "zh-CN");

        assertThat(page).contains("患者概况", "血压", "白细胞计数（WBC）", "▼ 偏低", "阿托伐他汀（C10AA05）",
                "剂量：由 50 × 10⁶ 个细胞 改为 40 × 10⁶ 个细胞");
    }

    @Test
    void casePageShowsTheDecisionConsentAndTheApprovedPlanVersion() throws Exception {
        UUID id = atPlanApproval("MRN-REVIEW-3");
        platform.cases().decide(id, new PhysicianDecision(Decision.REQUEST_CHANGES, "lower dose",
                new PlanChanges(40_000_000L, null, null, null), null), PHYSICIAN, null);
        assertThat(page("/cases/" + id + "/review", AS_PHYSICIAN, "en"))
                .contains("Dose: 50 × 10⁶ cells → 40 × 10⁶ cells").doesNotContain("50000000");
        assertThat(page("/cases/" + id, COORDINATOR, "en")).doesNotContain("Decision and approved plan");

        platform.cases().decide(id, new PhysicianDecision(Decision.APPROVE, null, null,
                new Consent(LocalDate.of(2026, 11, 28), "v1")), PHYSICIAN2, null);

        String page = page("/cases/" + id, COORDINATOR, "en");
        String panel = page.substring(page.indexOf("decision-panel"));
        assertThat(panel).contains("Decision and approved plan", "Approved", "physician2",
                "obtained on 28 Nov 2026, form v1", "Approved plan (version 2)", "40 × 10⁶ cells per administration",
                "intra-articular");
    }

    @Test
    void casePageShowsAnOverridesJustificationAndWhoConfirmedIt() throws Exception {
        UUID id = open("MRN-REVIEW-4");
        platform.submitMedicalHistory(id, """
                {"conditions": [{"icd10": "A15.0", "status": "active"}], "medications": [], "allergies": []}""");
        assertThat(platform.cases().view(id, MAIN).currentStep()).isEqualTo(Step.INELIGIBILITY_REVIEW);
        assertThat(page("/cases/" + id + "/review", AS_PHYSICIAN, "en"))
                .contains("Tuberculosis of lung (pulmonary tuberculosis) (A15.0), active", "Not entered yet",
                        "Tuberculosis of lung (pulmonary tuberculosis) (A15.0)</td>");

        String justification = "treated, culture-negative since May";
        platform.cases().decide(id, new PhysicianDecision(Decision.OVERRIDE, justification, null, null), PHYSICIAN,
                null);
        platform.cases().decide(id, new PhysicianDecision(Decision.OVERRIDE, null, null, null), PHYSICIAN2, null);

        String panel = page("/cases/" + id, COORDINATOR, "en");
        assertThat(panel.substring(panel.indexOf("decision-panel"))).contains("Override of the ineligibility",
                "Proposed by physician", "confirmed by physician2", justification);
    }

    private UUID atPlanApproval(String mrn) throws Exception {
        return new ReviewCases(platform.cases(), platform.json()).atPlanApprovalWithLowLeukocytes(mrn);
    }

    private UUID open(String mrn) throws Exception {
        return new ReviewCases(platform.cases(), platform.json()).open(mrn);
    }

    private String page(String path, RequestPostProcessor who, String language) throws Exception {
        return platform.mvc().perform(get(path).with(who).header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
