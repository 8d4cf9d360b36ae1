package org.mscpathway.screening.rule;

import static org.mscpathway.screening.rule.Evaluation.collect;
import static org.mscpathway.screening.rule.Evaluation.evidence;

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

/**
 * Clinic guidance §二.4 有严重感染史的患者: a current infection, a transmissible blood-borne infection or a
 * weakened immune system (infection, immunosuppressive drugs, antimicrobials, a live vaccine) makes treatment
 * unsafe or useless.
 */
final class InfectionRules implements ContraindicationGroup {

    private static final LabTest[] SEROLOGY = {LabTest.HIV, LabTest.HBSAG, LabTest.ANTI_HCV, LabTest.SYPHILIS};

    private final Rule activeInfection;
    private final Rule hivDisease;
    private final Rule chronicHepatitis;
    private final Rule boneJoint;
    private final Rule endocarditis;
    private final Rule activeInfectiousDisease;
    private final Rule tuberculosisUnderTreatment;
    private final Rule fever;
    private final Rule procalcitonin;
    private final Rule positiveSerology;
    private final Rule antibiotic;
    private final Rule antimicrobial;
    private final Rule otherActive;
    private final Rule superficial;
    private final Rule immunodeficiency;
    private final Rule liveVaccine;
    private final Rule immunosuppressed;
    private final Rule crp;
    private final Rule recentSepsis;
    private final CodeSet severeInfections;
    private final CodeSet sepses;
    private final CodeSet tuberculoses;
    private final CodeSet hivDiseases;
    private final CodeSet chronicHepatitides;
    private final CodeSet boneJointInfections;
    private final CodeSet endocarditides;
    private final CodeSet infectiousDiseases;
    private final CodeSet sequelae;
    private final CodeSet superficialInfections;
    private final CodeSet otherInfections;
    private final CodeSet immunodeficiencies;
    private final CodeSet antibiotics;
    private final CodeSet otherAntimicrobials;
    private final CodeSet antituberculosis;
    private final CodeSet liveVaccines;
    private final CodeSet immunosuppressants;
    private final double feverAtOrAbove;
    private final double procalcitoninAtOrAbove;
    private final int antibioticWithinDays;
    private final int antimicrobialWithinDays;
    private final int tuberculosisTreatmentWithinDays;
    private final int liveVaccineWithinDays;
    private final double neutrophilsBelow;
    private final double leukocytesBelow;
    private final double crpAbove;
    private final int sepsisWithinDays;

    InfectionRules(RuleBook book) {
        activeInfection = book.rule("INF-ACTIVE-SEVERE", RuleGroup.INFECTION);
        hivDisease = book.rule("INF-HIV-DISEASE", RuleGroup.INFECTION);
        chronicHepatitis = book.rule("INF-CHRONIC-HEPATITIS", RuleGroup.INFECTION);
        boneJoint = book.rule("INF-BONE-JOINT", RuleGroup.INFECTION);
        endocarditis = book.rule("INF-ENDOCARDITIS", RuleGroup.INFECTION);
        activeInfectiousDisease = book.rule("INF-ACTIVE-INFECTIOUS-DISEASE", RuleGroup.INFECTION);
        tuberculosisUnderTreatment = book.rule("INF-TB-UNDER-TREATMENT", RuleGroup.INFECTION);
        fever = book.rule("INF-FEVER", RuleGroup.INFECTION);
        procalcitonin = book.rule("INF-PROCALCITONIN", RuleGroup.INFECTION);
        positiveSerology = book.rule("INF-SEROLOGY-POSITIVE", RuleGroup.INFECTION);
        antibiotic = book.rule("INF-ANTIBIOTIC", RuleGroup.INFECTION);
        antimicrobial = book.rule("INF-ANTIMICROBIAL", RuleGroup.INFECTION);
        otherActive = book.rule("INF-OTHER-ACTIVE", RuleGroup.INFECTION);
        superficial = book.rule("INF-SUPERFICIAL", RuleGroup.INFECTION);
        immunodeficiency = book.rule("INF-IMMUNODEFICIENCY", RuleGroup.INFECTION);
        liveVaccine = book.rule("INF-LIVE-VACCINE", RuleGroup.INFECTION);
        immunosuppressed = book.rule("INF-IMMUNOSUPPRESSED", RuleGroup.INFECTION);
        crp = book.rule("INF-CRP", RuleGroup.INFECTION);
        recentSepsis = book.rule("INF-RECENT-SEPSIS", RuleGroup.INFECTION);
        severeInfections = book.codes(CodeList.SEVERE_INFECTION);
        sepses = book.codes(CodeList.SEPSIS);
        tuberculoses = book.codes(CodeList.TUBERCULOSIS);
        hivDiseases = book.codes(CodeList.HIV_DISEASE);
        chronicHepatitides = book.codes(CodeList.CHRONIC_VIRAL_HEPATITIS);
        boneJointInfections = book.codes(CodeList.BONE_JOINT_INFECTION);
        endocarditides = book.codes(CodeList.ENDOCARDITIS);
        infectiousDiseases = book.codes(CodeList.INFECTIOUS_DISEASE);
        sequelae = book.codes(CodeList.INFECTION_SEQUELAE);
        superficialInfections = book.codes(CodeList.SUPERFICIAL_INFECTION);
        otherInfections = book.codes(CodeList.OTHER_INFECTION);
        immunodeficiencies = book.codes(CodeList.IMMUNODEFICIENCY);
        antibiotics = book.codes(CodeList.SYSTEMIC_ANTIBIOTIC);
        otherAntimicrobials = book.codes(CodeList.OTHER_ANTIMICROBIAL);
        antituberculosis = book.codes(CodeList.ANTITUBERCULOSIS);
        liveVaccines = book.codes(CodeList.LIVE_VACCINE);
        immunosuppressants = book.codes(CodeList.IMMUNOSUPPRESSANT);
        feverAtOrAbove = book.value(Threshold.FEVER_AT_OR_ABOVE_C);
        procalcitoninAtOrAbove = book.value(Threshold.PROCALCITONIN_AT_OR_ABOVE);
        antibioticWithinDays = book.whole(Threshold.ANTIBIOTIC_WITHIN_DAYS);
        antimicrobialWithinDays = book.whole(Threshold.ANTIMICROBIAL_WITHIN_DAYS);
        tuberculosisTreatmentWithinDays = book.whole(Threshold.TUBERCULOSIS_TREATMENT_WITHIN_DAYS);
        liveVaccineWithinDays = book.whole(Threshold.LIVE_VACCINE_WITHIN_DAYS);
        neutrophilsBelow = book.value(Threshold.NEUTROPHILS_BELOW);
        leukocytesBelow = book.value(Threshold.LEUKOCYTES_BELOW);
        crpAbove = book.value(Threshold.CRP_ABOVE);
        sepsisWithinDays = book.whole(Threshold.SEPSIS_WITHIN_DAYS);
    }

    @Override
    public void check(Evaluation e) {
        checkSevereConditions(e);
        checkOtherConditions(e);
        if (e.exam != null && e.exam.temperatureC() != null && e.exam.temperatureC() >= feverAtOrAbove) {
            e.fire(fever, new Evidence("physicalExam.temperatureC", Evaluation.format(e.exam.temperatureC())));
        }
        if (e.latest(LabTest.PROCALCITONIN) != null && e.value(LabTest.PROCALCITONIN) >= procalcitoninAtOrAbove) {
            e.fire(procalcitonin, e.evidence(LabTest.PROCALCITONIN));
        }
        List<Evidence> positives = null;
        for (LabTest test : SEROLOGY) {
            if (e.isPositive(test)) {
                positives = collect(positives, e.evidence(test));
            }
        }
        e.fireIfAny(positiveSerology, positives);
        checkMedications(e);
        if (e.above(LabTest.CRP, crpAbove)) {
            e.fire(crp, e.evidence(LabTest.CRP));
        }
        requireScreeningData(e);
    }

    /**
     * Sepsis resolved or in remission with no abatement date counts as recent: the safer reading. HIV disease and
     * chronic viral hepatitis fire whatever their status; the generic A00-B99 rule leaves out the codes other rules
     * already judge (tuberculosis, sepsis, HIV, B18), the sequelae and the superficial infections.
     */
    private void checkSevereConditions(Evaluation e) {
        List<Evidence> active = null;
        List<Evidence> recent = null;
        List<Evidence> otherInfectious = null;
        for (Condition condition : e.conditions) {
            String code = condition.icd10();
            boolean current = condition.status().isCurrent();
            if (current && severeInfections.matches(code)) {
                active = collect(active, evidence(condition));
            } else if (!current && sepses.matches(code)
                    && (condition.abatement() == null
                        || condition.abatement().isAfter(e.assessmentDate.minusDays(sepsisWithinDays)))) {
                recent = collect(recent, evidence(condition));
            } else if (current && infectiousDiseases.matches(code) && !severeInfections.matches(code)
                    && !hivDiseases.matches(code) && !chronicHepatitides.matches(code) && !sequelae.matches(code)
                    && !superficialInfections.matches(code)) {
                otherInfectious = collect(otherInfectious, evidence(condition));
            }
        }
        e.fireIfAny(activeInfection, active);
        e.fireIfAny(hivDisease, e.conditionsIn(hivDiseases, false));
        e.fireIfAny(chronicHepatitis, e.conditionsIn(chronicHepatitides, false));
        e.fireIfAny(boneJoint, e.conditionsIn(boneJointInfections, true));
        e.fireIfAny(endocarditis, e.conditionsIn(endocarditides, true));
        e.fireIfAny(activeInfectiousDisease, otherInfectious);
        checkTuberculosisUnderTreatment(e);
        e.fireIfAny(recentSepsis, recent);
    }

    private void checkOtherConditions(Evaluation e) {
        e.fireIfAny(otherActive, e.conditionsIn(otherInfections, true));
        e.fireIfAny(superficial, e.conditionsIn(superficialInfections, true));
        e.fireIfAny(immunodeficiency, e.conditionsIn(immunodeficiencies, false));
    }

    /**
     * Tuberculosis recorded in remission or resolved while its treatment (J04A) is taken or just stopped: the
     * status is ahead of the treatment, which is not finished. The evidence names both.
     */
    private void checkTuberculosisUnderTreatment(Evaluation e) {
        List<Evidence> quietTuberculosis = null;
        for (Condition condition : e.conditions) {
            if (!condition.status().isCurrent() && tuberculoses.matches(condition.icd10())) {
                quietTuberculosis = collect(quietTuberculosis, evidence(condition));
            }
        }
        if (quietTuberculosis == null) {
            return;
        }
        List<Evidence> treatment = e.medicationsTakenWithin(antituberculosis, tuberculosisTreatmentWithinDays);
        if (treatment != null) {
            quietTuberculosis.addAll(treatment);
            e.fireIfAny(tuberculosisUnderTreatment, quietTuberculosis);
        }
    }

    /**
     * Antimicrobials stopped fewer than the window's days ago, or stopped with no end date (safer: counted as
     * recent), weigh as antimicrobials still taken. A live vaccine is given on its end date; given exactly the
     * window's days ago still counts ("within 28 days"), and with no date, or still active, it counts as recent.
     */
    private void checkMedications(Evaluation e) {
        e.fireIfAny(antibiotic, e.medicationsTakenWithin(antibiotics, antibioticWithinDays));
        e.fireIfAny(antimicrobial, e.medicationsTakenWithin(otherAntimicrobials, antimicrobialWithinDays));
        e.fireIfAny(liveVaccine, e.medicationsTakenWithin(liveVaccines, liveVaccineWithinDays + 1));
        List<Evidence> suppressed = null;
        for (Medication medication : e.medications) {
            if (medication.status() == MedicationStatus.ACTIVE && immunosuppressants.matches(medication.atc())) {
                suppressed = collect(suppressed, evidence(medication, "active"));
            }
        }
        if (e.below(LabTest.NEUTROPHILS, neutrophilsBelow)) {
            suppressed = collect(suppressed, e.evidence(LabTest.NEUTROPHILS));
        }
        if (e.below(LabTest.LEUKOCYTES, leukocytesBelow)) {
            suppressed = collect(suppressed, e.evidence(LabTest.LEUKOCYTES));
        }
        e.fireIfAny(immunosuppressed, suppressed);
    }

    /** An indeterminate serology is no answer: it must be repeated (safer). */
    private static void requireScreeningData(Evaluation e) {
        if (!e.full) {
            return;
        }
        for (LabTest test : SEROLOGY) {
            if (!e.hasConclusiveResult(test)) {
                e.requireResult(test, "infection screen: " + test.displayName() + " result (positive or negative)");
            }
        }
        if (e.latest(LabTest.LEUKOCYTES) == null) {
            e.requireResult(LabTest.LEUKOCYTES, "infection screen: white cell count");
        }
        if (e.exam == null || e.exam.temperatureC() == null) {
            e.require("physicalExam.temperatureC", "infection screen: temperature at the physical exam");
        }
        if (e.history == null || e.history.medications() == null) {
            e.require("medicalHistory.medications",
                    "antimicrobials, immunosuppressants and vaccines not yet asked: the list of medications is absent ([] means none)");
        }
    }
}
