package org.mscpathway.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mscpathway.screening.Evaluations.cardiacCare;
import static org.mscpathway.screening.Evaluations.full;
import static org.mscpathway.screening.RecordBuilder.ASSESSED;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.assessment.Outcome;
import org.mscpathway.screening.assessment.PlanAdjustment;
import org.mscpathway.screening.record.ConditionStatus;
import org.mscpathway.screening.record.Sex;

/** Catalogue 2026.2, "Plan changes": route-dependent cardiac adjustments, cancer surveillance, repeated hCG tests. */
class PlanChanges2026_2Test {

    private static final String SURVEILLANCE = "annual cancer surveillance";
    private static final String HCG_EACH_TIME = "pregnancy test before each administration";

    @Test
    void recentThromboembolismOnAnIntravenousRouteHalvesTheDoseWithSlowInfusionAndEcg() {
        Assessment assessment = full(RecordBuilder.completeMale(60).indication("type-2-diabetes").weightKg(80.0)
                .condition("I26.99", ConditionStatus.RESOLVED, ASSESSED.minusMonths(2), ASSESSED.minusMonths(1)));

        assertThat(assessment.outcome()).isEqualTo(Outcome.PHYSICIAN_REVIEW);
        assertThat(assessment.plan().cellsPerAdministration()).isEqualTo(40_000_000L);
        assertThat(assessment.plan().adjustments()).containsExactlyElementsOf(cardiacCare("CARD-THROMBOEMBOLISM"));
    }

    @Test
    void recentThromboembolismBeforeAKneeInjectionLeavesTheDoseAlone() {
        Assessment assessment = full(RecordBuilder.completeMale(60)
                .condition("I80.2", ConditionStatus.RESOLVED, ASSESSED.minusMonths(2), ASSESSED.minusMonths(1)));

        assertThat(assessment.outcome()).isEqualTo(Outcome.PHYSICIAN_REVIEW);
        assertThat(assessment.plan().cellsPerAdministration()).isEqualTo(50_000_000L);
        assertThat(assessment.plan().adjustments()).isEmpty();
        assertThat(assessment.plan().monitoring()).containsExactly("review at 6 months");
    }

    @Test
    void anticoagulantIsRelativeBeforeAKneeInjectionAndAPrecautionForAnInfusion() {
        Assessment knee = full(RecordBuilder.completeMale(60).activeMedication("B01AA03"));
        Assessment infusion = full(RecordBuilder.completeMale(60).activeMedication("B01AA03").indication("ischemic-heart-disease"));

        assertThat(knee.outcome()).isEqualTo(Outcome.PHYSICIAN_REVIEW);
        assertThat(knee.plan().adjustments()).isEmpty();
        assertThat(infusion.outcome()).isEqualTo(Outcome.ELIGIBLE_WITH_PRECAUTIONS);
        assertThat(infusion.plan().adjustments()).extracting(PlanAdjustment::ruleId)
                .containsExactly("COAG-ANTICOAGULANT-INTRAVENOUS");
    }

    @ParameterizedTest(name = "{0} gets cancer surveillance")
    @CsvSource({
        "recent malignancy, C61, REMISSION, 2024-06-15, ''",
        "personal history, Z85.3, RESOLVED, 2024-01-01, ''",
        "remote personal history, Z85.3, RESOLVED, 2015-01-01, ''",
        "genetic susceptibility, Z15.01, ACTIVE, , ''",
        "raised marker, , , , 2857-1"})
    void everyMalignancyFindingThatAllowsAPlanGetsSurveillance(String what, String icd10, ConditionStatus status,
                                                                 LocalDate abatement, String markerLoinc) {
        RecordBuilder record = RecordBuilder.completeMale(62);
        if (icd10 != null) {
            record.condition(icd10, status, LocalDate.of(2010, 1, 1), abatement);
        }
        if (!markerLoinc.isEmpty()) {
            record.lab(markerLoinc, 6.0);
        }

        Assessment assessment = full(record);

        assertThat(assessment.outcome().allowsPlan()).isTrue();
        assertThat(assessment.plan().monitoring()).contains(SURVEILLANCE);
        assertThat(assessment.plan().adjustments()).extracting(PlanAdjustment::change).contains(SURVEILLANCE);
    }

    @ParameterizedTest(name = "{0} aged {1} for {2} → repeated hCG: {3}")
    @CsvSource({"FEMALE, 30, type-2-diabetes, true", "FEMALE, 30, autoimmune-disease, true",
        "FEMALE, 30, knee-osteoarthritis, false", "FEMALE, 30, ischemic-heart-disease, false",
        "MALE, 30, type-2-diabetes, false", "FEMALE, 60, type-2-diabetes, false", "OTHER, 30, type-2-diabetes, true"})
    void personWhoNeededAnHcgGetsOneBeforeEachOfSeveralAdministrations(Sex sex, int age, String indication,
                                                                        boolean repeated) {
        RecordBuilder record = RecordBuilder.completeFemale(age).sex(sex).indication(indication);

        Assessment assessment = full(record);

        assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(assessment.plan().monitoring().contains(HCG_EACH_TIME)).isEqualTo(repeated);
    }
}
