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
import org.mscpathway.screening.record.Observation;

/**
 * Clinic guidance §二.5 严重心脏病患者: a failing or recently injured heart may not bear the infusion (volume, DMSO,
 * micro-emboli); severe disease excludes treatment, moderate disease needs a physician and a gentler plan. Since
 * 2026.2 a recent pulmonary embolism, venous thrombosis, stroke or TIA is a cardiac-group risk as well, so the
 * cardiac plan adjustments apply to it on an intravenous route.
 */
final class CardiacRules implements ContraindicationGroup {

    private final Rule severeNyha;
    private final Rule severeLvef;
    private final Rule recentAcuteCoronary;
    private final Rule nyhaTwo;
    private final Rule reducedLvef;
    private final Rule coronary;
    private final Rule heartFailure;
    private final Rule hypertension;
    private final Rule natriureticPeptide;
    private final Rule recentOldInfarction;
    private final Rule thromboembolism;
    private final CodeSet acuteCoronarySyndromes;
    private final CodeSet oldInfarctions;
    private final CodeSet thromboembolisms;
    private final CodeSet coronaryDiseases;
    private final CodeSet heartFailures;
    private final CodeSet lvefRequiredFor;
    private final int nyhaAbsoluteFrom;
    private final int nyhaRelativeFrom;
    private final double lvefAbsoluteBelow;
    private final double lvefRelativeBelow;
    private final int acuteCoronaryWithinMonths;
    private final int oldInfarctionWithinMonths;
    private final int thromboembolismWithinMonths;
    private final double systolicAtOrAbove;
    private final double diastolicAtOrAbove;
    private final double ntProBnpAbove;
    private final double bnpAbove;

    CardiacRules(RuleBook book) {
        severeNyha = book.rule("CARD-NYHA-SEVERE", RuleGroup.CARDIAC);
        severeLvef = book.rule("CARD-LVEF-SEVERE", RuleGroup.CARDIAC);
        recentAcuteCoronary = book.rule("CARD-RECENT-ACS", RuleGroup.CARDIAC);
        nyhaTwo = book.rule("CARD-NYHA-II", RuleGroup.CARDIAC);
        reducedLvef = book.rule("CARD-LVEF-REDUCED", RuleGroup.CARDIAC);
        coronary = book.rule("CARD-CORONARY", RuleGroup.CARDIAC);
        heartFailure = book.rule("CARD-HEART-FAILURE", RuleGroup.CARDIAC);
        hypertension = book.rule("CARD-HYPERTENSION", RuleGroup.CARDIAC);
        natriureticPeptide = book.rule("CARD-NATRIURETIC-PEPTIDE", RuleGroup.CARDIAC);
        recentOldInfarction = book.rule("CARD-OLD-MI-RECENT", RuleGroup.CARDIAC);
        thromboembolism = book.rule("CARD-THROMBOEMBOLISM", RuleGroup.CARDIAC);
        acuteCoronarySyndromes = book.codes(CodeList.ACUTE_CORONARY_SYNDROME);
        oldInfarctions = book.codes(CodeList.OLD_MYOCARDIAL_INFARCTION);
        thromboembolisms = book.codes(CodeList.THROMBOEMBOLISM);
        coronaryDiseases = book.codes(CodeList.CORONARY_DISEASE);
        heartFailures = book.codes(CodeList.HEART_FAILURE);
        lvefRequiredFor = book.codes(CodeList.LVEF_REQUIRED);
        nyhaAbsoluteFrom = book.whole(Threshold.NYHA_ABSOLUTE_FROM_CLASS);
        nyhaRelativeFrom = book.whole(Threshold.NYHA_RELATIVE_FROM_CLASS);
        lvefAbsoluteBelow = book.value(Threshold.LVEF_ABSOLUTE_BELOW_PERCENT);
        lvefRelativeBelow = book.value(Threshold.LVEF_RELATIVE_BELOW_PERCENT);
        acuteCoronaryWithinMonths = book.whole(Threshold.ACUTE_CORONARY_WITHIN_MONTHS);
        oldInfarctionWithinMonths = book.whole(Threshold.OLD_INFARCTION_WITHIN_MONTHS);
        thromboembolismWithinMonths = book.whole(Threshold.THROMBOEMBOLISM_WITHIN_MONTHS);
        systolicAtOrAbove = book.value(Threshold.SYSTOLIC_AT_OR_ABOVE);
        diastolicAtOrAbove = book.value(Threshold.DIASTOLIC_AT_OR_ABOVE);
        ntProBnpAbove = book.value(Threshold.NT_PROBNP_ABOVE);
        bnpAbove = book.value(Threshold.BNP_ABOVE);
    }

    @Override
    public void check(Evaluation e) {
        Integer nyha = e.exam == null ? null : e.exam.nyhaClass();
        boolean severeClass = nyha != null && nyha >= nyhaAbsoluteFrom;
        if (severeClass) {
            e.fire(severeNyha, new Evidence("physicalExam.nyhaClass", nyha.toString()));
        } else if (nyha != null && nyha >= nyhaRelativeFrom) {
            e.fire(nyhaTwo, new Evidence("physicalExam.nyhaClass", nyha.toString()));
        }
        Observation lvef = e.latest(LabTest.LVEF);
        if (e.below(LabTest.LVEF, lvefAbsoluteBelow)) {
            e.fire(severeLvef, e.evidence(LabTest.LVEF));
        } else if (e.below(LabTest.LVEF, lvefRelativeBelow)) {
            e.fire(reducedLvef, e.evidence(LabTest.LVEF));
        }
        boolean needsLvef = checkConditions(e, severeClass, lvef != null || !e.full);
        checkThromboembolism(e);
        checkPressureAndPeptides(e);
        if (needsLvef && lvef == null) {
            e.requireResult(LabTest.LVEF,
                    "coronary disease, cardiomyopathy or heart failure in the history: echocardiographic LVEF");
        }
    }

    /**
     * Acute ischaemic heart disease (I21-I24) or unstable angina with no onset date counts as recent (safer); an old
     * MI coded I25.2 is recent only when its onset date says so (it cannot be dated otherwise); one older than the window
     * is coronary disease like any other. Every status counts: coronary disease and heart failure do not resolve
     * for the purpose of this risk. Chronic coronary disease and heart failure are judged with their LVEF: a full
     * evaluation without one holds those findings back and asks for the LVEF instead (the outcome is INCOMPLETE
     * either way, and the LVEF may turn them ABSOLUTE); a partial evaluation reports them at once.
     *
     * @return whether the history calls for an LVEF
     */
    private boolean checkConditions(Evaluation e, boolean severeClass, boolean judgeChronic) {
        List<Evidence> acute = null;
        List<Evidence> oldButRecent = null;
        List<Evidence> chronic = null;
        List<Evidence> failing = null;
        boolean needsLvef = false;
        LocalDate recentAfter = null;
        for (Condition condition : e.conditions) {
            String code = condition.icd10();
            needsLvef |= lvefRequiredFor.matches(code);
            if (acuteCoronarySyndromes.matches(code)) {
                if (recentAfter == null) {
                    recentAfter = e.assessmentDate.minusMonths(acuteCoronaryWithinMonths);
                }
                if (condition.onset() == null || condition.onset().isAfter(recentAfter)) {
                    String onset = condition.onset() == null ? "onset date unknown" : "onset " + condition.onset();
                    acute = collect(acute, evidence(condition, onset));
                    continue;
                }
            }
            if (oldInfarctions.matches(code) && condition.onset() != null
                    && condition.onset().isAfter(e.assessmentDate.minusMonths(oldInfarctionWithinMonths))) {
                oldButRecent = collect(oldButRecent, evidence(condition, "onset " + condition.onset()));
            }
            if (coronaryDiseases.matches(code)) {
                chronic = collect(chronic, evidence(condition));
            }
            if (!severeClass && heartFailures.matches(code)) {
                failing = collect(failing, evidence(condition));
            }
        }
        e.fireIfAny(recentAcuteCoronary, acute);
        e.fireIfAny(recentOldInfarction, oldButRecent);
        if (judgeChronic) {
            e.fireIfAny(coronary, chronic);
            e.fireIfAny(heartFailure, failing);
        }
        return needsLvef;
    }

    /**
     * Pulmonary embolism, venous thrombosis, stroke or TIA with onset within the window, whatever its status (the
     * row names no status); with no onset date it counts as recent, the safer reading.
     */
    private void checkThromboembolism(Evaluation e) {
        List<Evidence> recent = null;
        LocalDate recentAfter = null;
        for (Condition condition : e.conditions) {
            if (!thromboembolisms.matches(condition.icd10())) {
                continue;
            }
            if (recentAfter == null) {
                recentAfter = e.assessmentDate.minusMonths(thromboembolismWithinMonths);
            }
            if (condition.onset() == null || condition.onset().isAfter(recentAfter)) {
                recent = collect(recent, evidence(condition, condition.onset() == null
                        ? "onset date unknown" : "onset " + condition.onset()));
            }
        }
        e.fireIfAny(thromboembolism, recent);
    }

    private void checkPressureAndPeptides(Evaluation e) {
        List<Evidence> pressure = null;
        if (e.exam != null && e.exam.systolicMmHg() != null && e.exam.systolicMmHg() >= systolicAtOrAbove) {
            pressure = collect(pressure, new Evidence("physicalExam.systolicMmHg", e.exam.systolicMmHg().toString()));
        }
        if (e.exam != null && e.exam.diastolicMmHg() != null && e.exam.diastolicMmHg() >= diastolicAtOrAbove) {
            pressure = collect(pressure, new Evidence("physicalExam.diastolicMmHg", e.exam.diastolicMmHg().toString()));
        }
        e.fireIfAny(hypertension, pressure);
        List<Evidence> peptides = null;
        if (e.above(LabTest.NT_PROBNP, ntProBnpAbove)) {
            peptides = collect(peptides, e.evidence(LabTest.NT_PROBNP));
        }
        if (e.above(LabTest.BNP, bnpAbove)) {
            peptides = collect(peptides, e.evidence(LabTest.BNP));
        }
        e.fireIfAny(natriureticPeptide, peptides);
    }
}
