package org.mscpathway.screening.rule;

import static org.mscpathway.screening.rule.Evaluation.collect;
import static org.mscpathway.screening.rule.Evaluation.evidence;

import java.time.LocalDate;
import java.util.List;
import org.mscpathway.screening.assessment.Evidence;
import org.mscpathway.screening.assessment.RuleGroup;
import org.mscpathway.screening.catalogue.CodeList;
import org.mscpathway.screening.catalogue.CodeSet;
import org.mscpathway.screening.catalogue.Threshold;
import org.mscpathway.screening.record.Condition;
import org.mscpathway.screening.record.LabTest;
import org.mscpathway.screening.record.Medication;
import org.mscpathway.screening.record.MedicationStatus;
import org.mscpathway.screening.record.Observation;

/**
 * Clinic guidance §二.4 有严重感染史的患者: a current infection, a transmissible blood-borne infection or a
 * weakened immune system (infection, immunosuppressive drugs, antibiotics) makes treatment unsafe or useless.
 */
final class InfectionRules implements ContraindicationGroup {

    private static final LabTest[] SEROLOGY = {LabTest.HIV, LabTest.HBSAG, LabTest.ANTI_HCV, LabTest.SYPHILIS};
    private static final LabTest[] REQUIRED_SEROLOGY = {LabTest.HIV, LabTest.HBSAG, LabTest.ANTI_HCV};

    private final Rule activeInfection;
    private final Rule fever;
    private final Rule procalcitonin;
    private final Rule positiveSerology;
    private final Rule antibiotic;
    private final Rule immunosuppressed;
    private final Rule crp;
    private final Rule recentSepsis;
    private final CodeSet severeInfections;
    private final CodeSet sepses;
    private final CodeSet antibiotics;
    private final CodeSet immunosuppressants;
    private final double feverAtOrAbove;
    private final double procalcitoninAtOrAbove;
    private final int antibioticWithinDays;
    private final double neutrophilsBelow;
    private final double leukocytesBelow;
    private final double crpAbove;
    private final int sepsisWithinDays;

    InfectionRules(RuleBook book) {
        activeInfection = book.rule("INF-ACTIVE-SEVERE", RuleGroup.INFECTION);
        fever = book.rule("INF-FEVER", RuleGroup.INFECTION);
        procalcitonin = book.rule("INF-PROCALCITONIN", RuleGroup.INFECTION);
        positiveSerology = book.rule("INF-SEROLOGY-POSITIVE", RuleGroup.INFECTION);
        antibiotic = book.rule("INF-ANTIBIOTIC", RuleGroup.INFECTION);
        immunosuppressed = book.rule("INF-IMMUNOSUPPRESSED", RuleGroup.INFECTION);
        crp = book.rule("INF-CRP", RuleGroup.INFECTION);
        recentSepsis = book.rule("INF-RECENT-SEPSIS", RuleGroup.INFECTION);
        severeInfections = book.codes(CodeList.SEVERE_INFECTION);
        sepses = book.codes(CodeList.SEPSIS);
        antibiotics = book.codes(CodeList.SYSTEMIC_ANTIBIOTIC);
        immunosuppressants = book.codes(CodeList.IMMUNOSUPPRESSANT);
        feverAtOrAbove = book.value(Threshold.FEVER_AT_OR_ABOVE_C);
        procalcitoninAtOrAbove = book.value(Threshold.PROCALCITONIN_AT_OR_ABOVE);
        antibioticWithinDays = book.whole(Threshold.ANTIBIOTIC_WITHIN_DAYS);
        neutrophilsBelow = book.value(Threshold.NEUTROPHILS_BELOW);
        leukocytesBelow = book.value(Threshold.LEUKOCYTES_BELOW);
        crpAbove = book.value(Threshold.CRP_ABOVE);
        sepsisWithinDays = book.whole(Threshold.SEPSIS_WITHIN_DAYS);
    }

    @Override
    public void check(Evaluation e) {
        checkConditions(e);
        if (e.exam != null && e.exam.temperatureC() != null && e.exam.temperatureC() >= feverAtOrAbove) {
            e.fire(fever, new Evidence("physicalExam.temperatureC", Evaluation.format(e.exam.temperatureC())));
        }
        Observation pct = e.latest(LabTest.PROCALCITONIN);
        if (pct != null && Evaluation.number(pct) >= procalcitoninAtOrAbove) {
            e.fire(procalcitonin, evidence(pct, LabTest.PROCALCITONIN));
        }
        List<Evidence> positives = null;
        for (LabTest test : SEROLOGY) {
            if (e.isPositive(test)) {
                positives = collect(positives, evidence(e.latest(test), test));
            }
        }
        e.fireIfAny(positiveSerology, positives);
        checkMedications(e);
        Observation crpResult = e.latest(LabTest.CRP);
        if (crpResult != null && Evaluation.number(crpResult) > crpAbove) {
            e.fire(crp, evidence(crpResult, LabTest.CRP));
        }
        requireScreeningData(e);
    }

    /** Sepsis resolved or in remission with no abatement date counts as recent: the safer reading. */
    private void checkConditions(Evaluation e) {
        List<Evidence> active = null;
        List<Evidence> recent = null;
        for (Condition condition : e.conditions) {
            String code = condition.icd10();
            if (condition.status().isCurrent() && severeInfections.matches(code)) {
                active = collect(active, evidence(condition));
            } else if (!condition.status().isCurrent() && sepses.matches(code)
                    && (condition.abatement() == null
                        || condition.abatement().isAfter(e.assessmentDate.minusDays(sepsisWithinDays)))) {
                recent = collect(recent, evidence(condition));
            }
        }
        e.fireIfAny(activeInfection, active);
        e.fireIfAny(recentSepsis, recent);
    }

    /**
     * Antibiotics stopped fewer than {@code antibioticWithinDays} days ago, or stopped with no end date
     * (safer: counted as recent), weigh as antibiotics still taken.
     */
    private void checkMedications(Evaluation e) {
        List<Evidence> onAntibiotics = null;
        List<Evidence> suppressed = null;
        LocalDate recentAfter = e.assessmentDate.minusDays(antibioticWithinDays);
        for (Medication medication : e.medications) {
            boolean isActive = medication.status() == MedicationStatus.ACTIVE;
            if (antibiotics.matches(medication.atc())) {
                if (isActive) {
                    onAntibiotics = collect(onAntibiotics, evidence(medication, "active"));
                } else if (medication.end() == null) {
                    onAntibiotics = collect(onAntibiotics, evidence(medication, "stopped, no end date"));
                } else if (medication.end().isAfter(recentAfter)) {
                    onAntibiotics = collect(onAntibiotics, evidence(medication, "stopped on " + medication.end()));
                }
            }
            if (isActive && immunosuppressants.matches(medication.atc())) {
                suppressed = collect(suppressed, evidence(medication, "active"));
            }
        }
        e.fireIfAny(antibiotic, onAntibiotics);
        suppressed = lowCount(e, LabTest.NEUTROPHILS, neutrophilsBelow, suppressed);
        suppressed = lowCount(e, LabTest.LEUKOCYTES, leukocytesBelow, suppressed);
        e.fireIfAny(immunosuppressed, suppressed);
    }

    private static List<Evidence> lowCount(Evaluation e, LabTest test, double below, List<Evidence> evidence) {
        Observation count = e.latest(test);
        return count != null && Evaluation.number(count) < below ? collect(evidence, evidence(count, test)) : evidence;
    }

    /** An indeterminate serology is no answer: it must be repeated (safer). */
    private static void requireScreeningData(Evaluation e) {
        if (!e.full) {
            return;
        }
        for (LabTest test : REQUIRED_SEROLOGY) {
            if (!e.hasConclusiveResult(test)) {
                e.require("LOINC " + test.preferredLoinc(), "infection screen: " + test.displayName()
                        + " result (positive or negative)");
            }
        }
        if (e.latest(LabTest.LEUKOCYTES) == null) {
            e.require("LOINC " + LabTest.LEUKOCYTES.preferredLoinc(), "infection screen: white cell count");
        }
        if (e.exam == null || e.exam.temperatureC() == null) {
            e.require("physicalExam.temperatureC", "infection screen: temperature at the physical exam");
        }
        if (e.history == null || e.history.medications() == null) {
            e.require("medicalHistory.medications",
                    "antibiotics and immunosuppressants not yet asked: the list of medications is absent ([] means none)");
        }
    }
}
