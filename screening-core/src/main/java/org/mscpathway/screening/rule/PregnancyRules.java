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
 * recent negative pregnancy test before being called eligible.
 */
final class PregnancyRules implements ContraindicationGroup {

    private final Rule pregnant;
    private final Rule positiveTest;
    private final Rule lactating;
    private final int testValidDays;
    private final int childbearingFrom;
    private final int childbearingTo;
    private final String missingTestReason;

    PregnancyRules(RuleBook book) {
        pregnant = book.rule("PREG-PREGNANT", RuleGroup.PREGNANCY);
        positiveTest = book.rule("PREG-HCG-POSITIVE", RuleGroup.PREGNANCY);
        lactating = book.rule("PREG-LACTATING", RuleGroup.PREGNANCY);
        testValidDays = book.whole(PREGNANCY_TEST_VALID_DAYS);
        childbearingFrom = book.whole(CHILDBEARING_AGE_FROM_YEARS);
        childbearingTo = book.whole(CHILDBEARING_AGE_TO_YEARS);
        missingTestReason = "female of childbearing age: pregnancy test within " + testValidDays + " days";
    }

    @Override
    public void check(Evaluation e) {
        if (e.history != null && e.history.pregnancy() == PregnancyStatus.PREGNANT) {
            e.fire(pregnant, new Evidence("medicalHistory.pregnancy", "pregnant"));
        }
        if (e.isPositive(LabTest.PREGNANCY_TEST)) {
            e.fire(positiveTest, Evaluation.evidence(e.latest(LabTest.PREGNANCY_TEST), LabTest.PREGNANCY_TEST));
        }
        if (e.history != null && Boolean.TRUE.equals(e.history.lactating())) {
            e.fire(lactating, new Evidence("medicalHistory.lactating", "true"));
        }
        if (mayBePregnant(e) && !hasRecentNegativeTest(e)) {
            e.require("LOINC " + LabTest.PREGNANCY_TEST.preferredLoinc(), missingTestReason);
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

    /**
     * The most recent test is negative and at most {@code testValidDays} old; a test dated after the assessment
     * date is a data error and does not count.
     */
    private boolean hasRecentNegativeTest(Evaluation e) {
        Observation test = e.latest(LabTest.PREGNANCY_TEST);
        return test != null && test.date() != null
                && Evaluation.result(test) == QualitativeResult.NEGATIVE
                && !test.date().isAfter(e.assessmentDate)
                && !test.date().isBefore(e.assessmentDate.minusDays(testValidDays));
    }
}
