package org.mscpathway.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mscpathway.screening.Evaluations.cardiacCare;
import static org.mscpathway.screening.Evaluations.full;
import static org.mscpathway.screening.Evaluations.intravenousCells;
import static org.mscpathway.screening.Evaluations.missingItems;
import static org.mscpathway.screening.Evaluations.partial;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.assessment.Outcome;
import org.mscpathway.screening.assessment.PlanAdjustment;
import org.mscpathway.screening.assessment.TreatmentPlan;
import org.mscpathway.screening.record.AllergySeverity;
import org.mscpathway.screening.record.ConditionStatus;

class TreatmentPlanTest {

    @Test
    void kneeOsteoarthritisGetsOneFixedIntraArticularInjection() {
        TreatmentPlan plan = full(RecordBuilder.completeMale(58).weightKg(null)).plan();

        assertThat(plan).isEqualTo(new TreatmentPlan("knee-osteoarthritis", "intra-articular", "UC-MSC", 50_000_000L, 1,
                null, java.util.List.of(), java.util.List.of("review at 6 months"), java.util.List.of()));
    }

    @Test
    void diabetesGetsThreeWeightBasedInfusionsFourWeeksApart() {
        TreatmentPlan plan = full(RecordBuilder.completeMale(54).indication("type-2-diabetes").weightKg(82.0)).plan();

        assertThat(plan).isEqualTo(new TreatmentPlan("type-2-diabetes", "intravenous", "UC-MSC", 82_000_000L, 3, 4,
                java.util.List.of(), java.util.List.of("vital signs before, during and 1 h after each infusion"),
                java.util.List.of()));
    }

    @ParameterizedTest(name = "{0}: {1} kg → {2} cells, {3} infusions every {4} weeks")
    @CsvSource({
        "ischemic-heart-disease, 64.3, 64300000, 1, ",
        "autoimmune-disease, 70.0000007, 70000001, 2, 1",
        "type-2-diabetes, 200, 200000000, 3, 4",
        "type-2-diabetes, 200.0000004, 200000000, 3, 4",
        "type-2-diabetes, 250, 200000000, 3, 4"})
    void intravenousDoseIsOneMillionCellsPerKgRoundedAndCappedAtTwoHundredMillion(
            String indication, double weightKg, long cells, int administrations, Integer intervalWeeks) {
        TreatmentPlan plan = full(RecordBuilder.completeMale(50).indication(indication).weightKg(weightKg)).plan();

        assertThat(plan.cellsPerAdministration()).isEqualTo(cells);
        assertThat(plan.administrations()).isEqualTo(administrations);
        assertThat(plan.intervalWeeks()).isEqualTo(intervalWeeks);
    }

    @Test
    void intravenousDoseWithoutWeightIsIncomplete() {
        Assessment assessment = full(RecordBuilder.completeMale(50).indication("type-2-diabetes").weightKg(null));

        assertThat(assessment.outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(assessment.missing()).extracting(m -> m.item() + ": " + m.reason())
                .containsExactly("patient.weightKg: intravenous dose is per kg of body weight");
        assertThat(assessment.plan()).isNull();
    }

    @Test
    void elderlyPatientGetsHalfTheCappedDose() {
        Assessment assessment = full(RecordBuilder.completeMale(80).indication("type-2-diabetes").weightKg(250.0));

        assertThat(assessment.plan().cellsPerAdministration()).isEqualTo(100_000_000L);
        assertThat(assessment.plan().adjustments()).containsExactly(new PlanAdjustment("AGE-ELDERLY", "dose halved"));
    }

    @Test
    void oddHalfDoseIsRoundedToWholeCells() {
        assertThat(intravenousCells(80, 75.000001)).isEqualTo(37_500_001L);
    }

    @Test
    void cardiacRiskAndAgeHalveTheDoseTwiceEachCitingItsFinding() {
        Assessment assessment = full(RecordBuilder.completeMale(80).indication("ischemic-heart-disease").weightKg(90.0)
                .nyhaClass(2));

        assertThat(assessment.outcome()).isEqualTo(Outcome.PHYSICIAN_REVIEW);
        TreatmentPlan plan = assessment.plan();
        assertThat(plan.cellsPerAdministration()).isEqualTo(22_500_000L);
        assertThat(plan.adjustments()).containsExactlyElementsOf(cardiacCare("CARD-NYHA-II",
                new PlanAdjustment("AGE-ELDERLY", "dose halved")));
        assertThat(plan.monitoring()).containsExactly("vital signs before, during and 1 h after each infusion",
                "continuous ECG monitoring during and for 1 h after each administration");
    }

    @Test
    void severalRelativeCardiacFindingsHalveTheDoseOnceCitingTheFirst() {
        TreatmentPlan plan = full(RecordBuilder.completeMale(60).indication("type-2-diabetes").weightKg(100.0)
                .nyhaClass(2).lab("10230-1", 45)).plan();

        assertThat(plan.cellsPerAdministration()).isEqualTo(50_000_000L);
        assertThat(plan.adjustments()).containsExactlyElementsOf(cardiacCare("CARD-NYHA-II",
                new PlanAdjustment("CARD-LVEF-REDUCED", "slow infusion"),
                new PlanAdjustment("CARD-LVEF-REDUCED", "continuous ECG monitoring")));
    }

    @Test
    void coronaryDiseaseWithReducedEjectionFractionHalvesTheDoseOnce() {
        Assessment assessment = full(RecordBuilder.completeMale(60).indication("ischemic-heart-disease")
                .weightKg(80.0).activeCondition("I25.10").lab("10230-1", 45));

        assertThat(assessment.outcome()).isEqualTo(Outcome.PHYSICIAN_REVIEW);
        assertThat(assessment.plan().cellsPerAdministration()).isEqualTo(40_000_000L);
        assertThat(assessment.plan().adjustments()).filteredOn(a -> a.change().equals("dose halved"))
                .containsExactly(new PlanAdjustment("CARD-LVEF-REDUCED", "dose halved"));
        assertThat(assessment.plan().adjustments()).extracting(PlanAdjustment::change)
                .contains("slow infusion", "continuous ECG monitoring");
    }

    @Test
    void precautionsAddUpInOnePlan() {
        TreatmentPlan plan = full(RecordBuilder.completeMale(76).allergy("amoxicillin", "rash", AllergySeverity.MILD)
                .condition("C18.9", ConditionStatus.RESOLVED, LocalDate.of(2010, 1, 1), LocalDate.of(2011, 1, 1))).plan();

        assertThat(plan.cellsPerAdministration()).isEqualTo(25_000_000L);
        assertThat(plan.premedication()).containsExactly("antihistamine before each administration");
        assertThat(plan.monitoring()).containsExactly("review at 6 months", "annual cancer surveillance",
                "observation for 2 h after each administration");
        assertThat(plan.adjustments()).containsExactly(
                new PlanAdjustment("MAL-REMOTE", "annual cancer surveillance"),
                new PlanAdjustment("ALG-COMPONENT-MILD", "antihistamine premedication"),
                new PlanAdjustment("ALG-COMPONENT-MILD", "2 h observation"),
                new PlanAdjustment("AGE-ELDERLY", "dose halved"));
    }

    @Test
    void physicianReviewCarriesAPlanButIneligibleIncompleteAndPartialDoNot() {
        assertThat(full(RecordBuilder.completeMale(45).activeMedication("J01CA04")).plan()).isNotNull();
        assertThat(full(RecordBuilder.completeMale(45).temperatureC(39.0)).plan()).isNull();
        assertThat(full(RecordBuilder.completeMale(45).allergiesNotAsked()).plan()).isNull();
        assertThat(partial(RecordBuilder.completeMale(45)).plan()).isNull();
    }

    @Test
    void ineligibleAssessmentStillListsWhatIsMissing() {
        Assessment assessment = full(RecordBuilder.completeMale(45).temperatureC(39.0).allergiesNotAsked()
                .indication("type-2-diabetes").weightKg(null));

        assertThat(assessment.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(missingItems(assessment)).containsExactly("medicalHistory.allergies", "patient.weightKg");
    }
}
