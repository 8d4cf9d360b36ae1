package org.mscpathway.screening.rule;

import static org.mscpathway.screening.catalogue.Threshold.CHILDBEARING_AGE_FROM_YEARS;
import static org.mscpathway.screening.catalogue.Threshold.CHILDBEARING_AGE_TO_YEARS;
import static org.mscpathway.screening.catalogue.Threshold.PREGNANCY_TEST_VALID_DAYS;

import org.mscpathway.screening.assessment.Evidence;
import org.mscpathway.screening.assessment.RuleGroup;
import org.mscpathway.screening.record.LabTest;
import org.mscpathway.screening.record.Observation;
import org.mscpathway.screening.record.PregnancyStatus;
import org.mscpathway.screening.record.QualitativeResult;
import org.mscpathway.screening.record.Sex;

/**
 * Clinic guidance §二.1 孕妇: pregnancy and lactation exclude MSC therapy, and anyone who may be pregnant needs a
 * recent negative pregnancy test, and a stated lactation status, before being called eligible.
 */
final class PregnancyRules implements ContraindicationGroup {

    private final Rule pregnant;
    private final Rule positiveTest;
    private final Rule lactating;
    private final int childbearingFrom;
    private final int childbearingTo;
    private final String missingTestReason;

    PregnancyRules(RuleBook book) {
        pregnant = book.rule("PREG-PREGNANT", RuleGroup.PREGNANCY);
        positiveTest = book.rule("PREG-HCG-POSITIVE", RuleGroup.PREGNANCY);
        lactating = book.rule("PREG-LACTATING", RuleGroup.PREGNANCY);
        childbearingFrom = book.whole(CHILDBEARING_AGE_FROM_YEARS);
        childbearingTo = book.whole(CHILDBEARING_AGE_TO_YEARS);
        missingTestReason = "female of childbearing age: pregnancy test within " + book.whole(PREGNANCY_TEST_VALID_DAYS)
                + " days";
    }

    /**
     * Any positive hCG within its window fires, even when a later test is negative (2026.2: a urine test after a
     * positive serum test misses early pregnancy). The requirement is met only by a negative most recent test.
     */
    @Override
    public void check(Evaluation e) {
        if (e.history != null && e.history.pregnancy() == PregnancyStatus.PREGNANT) {
            e.fire(pregnant, new Evidence("medicalHistory.pregnancy", "pregnant"));
        }
        Observation positive = e.positivePregnancyTest();
        if (positive != null) {
            e.fire(positiveTest, Evaluation.evidence(positive, LabTest.PREGNANCY_TEST));
        }
        if (e.history != null && Boolean.TRUE.equals(e.history.lactating())) {
            e.fire(lactating, new Evidence("medicalHistory.lactating", "true"));
        }
        if (!mayBePregnant(e)) {
            return;
        }
        e.pregnancyTestRequired = true;
        Observation test = e.latest(LabTest.PREGNANCY_TEST);
        if (test == null || Evaluation.result(test) != QualitativeResult.NEGATIVE) {
            e.requireResult(LabTest.PREGNANCY_TEST, missingTestReason);
        }
        if (e.history == null || e.history.lactating() == null) {
            e.require("medicalHistory.lactating", "pregnancy test required: whether the patient is breastfeeding (true or false)");
        }
    }

    /**
     * Anyone not recorded as male (female, other or unknown sex) within the childbearing ages, or of unknown age:
     * the safer reading, since a missing test only delays treatment while a missed pregnancy cannot be undone.
     */
    private boolean mayBePregnant(Evaluation e) {
        return e.record.patient().sex() != Sex.MALE
                && (e.age < 0 || e.age >= childbearingFrom && e.age <= childbearingTo);
    }
}
