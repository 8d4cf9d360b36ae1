package org.mscpathway.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.assessment.EvaluationMode;
import org.mscpathway.screening.assessment.Evidence;
import org.mscpathway.screening.assessment.Finding;
import org.mscpathway.screening.assessment.MissingData;
import org.mscpathway.screening.assessment.Outcome;
import org.mscpathway.screening.assessment.PlanAdjustment;
import org.mscpathway.screening.assessment.Severity;
import org.mscpathway.screening.assessment.TreatmentPlan;

/** Evaluates test records with the shipped catalogue, and describes findings for whole-list assertions. */
final class Evaluations {

    static final Screening SCREENING = Screening.withDefaultCatalogue();

    private Evaluations() {
    }

    static Assessment full(RecordBuilder record) {
        return SCREENING.evaluate(record.build(), EvaluationMode.FULL);
    }

    static Assessment partial(RecordBuilder record) {
        return SCREENING.evaluate(record.build(), EvaluationMode.PARTIAL);
    }

    /** For {@code assertThat(assessment.findings()).extracting(Evaluations::described).containsExactly(...)}. */
    static Tuple described(Finding finding) {
        return tuple(finding.ruleId(), finding.severity(), finding.evidence());
    }

    /** A finding with one item of evidence. */
    static Tuple fired(String ruleId, Severity severity, String item, String value) {
        return tuple(ruleId, severity, List.of(new Evidence(item, value)));
    }

    static Tuple fired(String ruleId, Severity severity, Evidence... evidence) {
        return tuple(ruleId, severity, List.of(evidence));
    }

    /** A severe reaction to a product component: both the exclusion and the precaution, on the same evidence. */
    static Tuple[] severeComponentReaction(String substance, String reaction) {
        return new Tuple[] {fired("ALG-COMPONENT-SEVERE", Severity.ABSOLUTE, "allergy " + substance, reaction),
            fired("ALG-PRIOR-ANAPHYLAXIS", Severity.PRECAUTION, "allergy " + substance, reaction)};
    }

    /** The verdict as a whole: its outcome, then exactly these findings in this order (see {@link #fired}). */
    static void assertVerdict(Assessment assessment, Outcome outcome, Tuple... findings) {
        assertThat(assessment.outcome()).isEqualTo(outcome);
        assertFindings(assessment, findings);
    }

    static void assertVerdict(Assessment assessment, Outcome outcome, List<Tuple> findings) {
        assertVerdict(assessment, outcome, findings.toArray(Tuple[]::new));
    }

    /** Exactly these findings in this order, whatever the outcome. */
    static void assertFindings(Assessment assessment, Tuple... findings) {
        assertThat(assessment.findings()).extracting(Evaluations::described).containsExactly(findings);
    }

    static void assertFindings(Assessment assessment, List<Tuple> findings) {
        assertFindings(assessment, findings.toArray(Tuple[]::new));
    }

    /** The outcome, then exactly the findings of these rules in this order, when their evidence is not the point. */
    static void assertRulesFired(Assessment assessment, Outcome outcome, String... ruleIds) {
        assertThat(assessment.outcome()).isEqualTo(outcome);
        assertThat(assessment.findings()).extracting(Finding::ruleId).containsExactly(ruleIds);
    }

    /** The plan's allergy regimen: antihistamine premedication alone, and observation for 2 h among the monitoring. */
    static void assertAllergyRegimen(TreatmentPlan plan) {
        assertThat(plan.premedication()).containsExactly("antihistamine before each administration");
        assertThat(plan.monitoring()).contains("observation for 2 h after each administration");
    }

    /** An allergy precaution: eligible with precautions for exactly this finding, with antihistamine premedication. */
    static void assertAllergyPrecaution(Assessment assessment, Tuple finding) {
        assertVerdict(assessment, Outcome.ELIGIBLE_WITH_PRECAUTIONS, finding);
        assertThat(assessment.plan().premedication()).containsExactly("antihistamine before each administration");
    }

    /** The evidence value of a condition recorded without an abatement date, e.g. "active" or "resolved, no abatement date". */
    static String conditionValue(org.mscpathway.screening.record.ConditionStatus status) {
        String value = status.name().toLowerCase(java.util.Locale.ROOT);
        return status.isCurrent() ? value : value + ", no abatement date";
    }

    /** What a relative cardiac finding does to an intravenous plan (half the dose, slowly, under ECG), then others. */
    static List<PlanAdjustment> cardiacCare(String ruleId, PlanAdjustment... then) {
        List<PlanAdjustment> adjustments = new ArrayList<>(List.of(new PlanAdjustment(ruleId, "dose halved"),
                new PlanAdjustment(ruleId, "slow infusion"), new PlanAdjustment(ruleId, "continuous ECG monitoring")));
        adjustments.addAll(List.of(then));
        return adjustments;
    }

    /** Cells per administration of p01's intravenous plan (type 2 diabetes, dosed per kg) at this age and weight. */
    static long intravenousCells(int age, double weightKg) {
        return full(RecordBuilder.completeMale(age).indication("type-2-diabetes").weightKg(weightKg)).plan()
                .cellsPerAdministration();
    }

    static List<String> ruleIds(Assessment assessment) {
        return assessment.findings().stream().map(Finding::ruleId).toList();
    }

    /** Incomplete for exactly these missing items, in this order. */
    static void assertIncomplete(Assessment assessment, String... items) {
        assertThat(assessment.outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(missingItems(assessment)).containsExactly(items);
    }

    /**
     * A row of a verdict table, for {@code @ParameterizedTest(name = "{0}")} over {@code (RecordBuilder, Outcome,
     * Tuple[])} with {@link #assertVerdict}: the behaviour (the row's name), the record, and exactly the verdict it
     * gets.
     */
    static Arguments verdict(String behaviour, RecordBuilder record, Outcome outcome, Tuple... findings) {
        return Arguments.of(Named.of(behaviour, record), outcome, findings);
    }

    /**
     * A row of a table of incomplete records, for {@code @ParameterizedTest(name = "{0}")} over {@code (RecordBuilder,
     * String[])} with {@link #assertIncomplete}: the behaviour, the record, and exactly the items it misses.
     */
    static Arguments incomplete(String behaviour, RecordBuilder record, String... missingItems) {
        return Arguments.of(Named.of(behaviour, record), missingItems);
    }

    static List<String> missingItems(Assessment assessment) {
        return assessment.missing().stream().map(MissingData::item).toList();
    }
}
