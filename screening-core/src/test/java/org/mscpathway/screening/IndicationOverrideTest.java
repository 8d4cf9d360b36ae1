package org.mscpathway.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mscpathway.screening.Evaluations.assertVerdict;
import static org.mscpathway.screening.Evaluations.fired;
import static org.mscpathway.screening.assessment.Severity.ABSOLUTE;
import static org.mscpathway.screening.assessment.Severity.RELATIVE;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.assessment.EvaluationMode;
import org.mscpathway.screening.assessment.Outcome;
import org.mscpathway.screening.assessment.PlanAdjustment;
import org.mscpathway.screening.catalogue.TestCatalogues;

/**
 * A site's heart-failure protocol (the design's example): for ischemic heart disease NYHA III is acceptable with a
 * physician's review and the absolute LVEF limit drops to 25 %; every other indication keeps the guidance.
 */
class IndicationOverrideTest {

    private static final Screening SITE = siteWithHeartFailureProtocol();

    private static Screening siteWithHeartFailureProtocol() {
        ObjectNode catalogue = TestCatalogues.shipped();
        ObjectNode heart = (ObjectNode) catalogue.get("indications").get(1);
        assertThat(heart.get("code").asText()).isEqualTo("ischemic-heart-disease");
        ObjectNode overrides = heart.putObject("overrides");
        overrides.putObject("severities").put("CARD-HEART-FAILURE", "PRECAUTION");
        overrides.putObject("thresholds").put("cardiac.nyhaAbsoluteFromClass", 4)
                .putObject("cardiac").put("lvefAbsoluteBelowPercent", 25);
        return Screening.withCatalogue(TestCatalogues.parse(catalogue));
    }

    private static RecordBuilder heartFailureInClassThree(String indication) {
        return RecordBuilder.completeMale(66).indication(indication).activeCondition("I50.22").nyhaClass(3)
                .lab("10230-1", 30);
    }

    @Test
    void protocolIndicationAcceptsClassThreeAndAnEjectionFractionOfThirtyWithAPhysician() {
        Assessment assessment = SITE.evaluate(heartFailureInClassThree("ischemic-heart-disease").build(),
                EvaluationMode.FULL);

        assertVerdict(assessment, Outcome.PHYSICIAN_REVIEW,
                fired("CARD-NYHA-II", RELATIVE, "physicalExam.nyhaClass", "3"),
                fired("CARD-LVEF-REDUCED", RELATIVE, "LOINC 10230-1", "30 % on 2026-11-18"),
                fired("CARD-HEART-FAILURE", org.mscpathway.screening.assessment.Severity.PRECAUTION,
                "condition I50.22", "active"));
        assertThat(assessment.plan().adjustments()).filteredOn(a -> a.change().equals("dose halved"))
                .containsExactly(new PlanAdjustment("CARD-NYHA-II", "dose halved"));
    }

    @Test
    void otherIndicationsKeepTheGuidance() {
        Assessment assessment = SITE.evaluate(heartFailureInClassThree("knee-osteoarthritis").build(), EvaluationMode.FULL);

        assertVerdict(assessment, Outcome.INELIGIBLE,
                fired("CARD-NYHA-SEVERE", ABSOLUTE, "physicalExam.nyhaClass", "3"),
                fired("CARD-LVEF-SEVERE", ABSOLUTE, "LOINC 10230-1", "30 % on 2026-11-18"));
    }

    @Test
    void shippedCatalogueOverridesNothing() {
        Assessment assessment = Evaluations.SCREENING.evaluate(heartFailureInClassThree("ischemic-heart-disease").build(),
                EvaluationMode.FULL);

        assertThat(assessment.outcome()).isEqualTo(Outcome.INELIGIBLE);
    }
}
