package org.mscpathway.screening.rule;

import org.mscpathway.screening.assessment.Evidence;
import org.mscpathway.screening.assessment.RuleGroup;
import org.mscpathway.screening.catalogue.Threshold;

/**
 * Clinic guidance §三.1 全面体检和病史评估 and §三.3 个性化治疗方案: MSC products are studied in adults; minors need a
 * physician's decision, the elderly a reduced dose. Age also decides whether a pregnancy test is needed.
 */
final class AgeRules implements ContraindicationGroup {

    private final Rule minor;
    private final Rule elderly;
    private final int minorBelow;
    private final int elderlyFrom;

    AgeRules(RuleBook book) {
        minor = book.rule("AGE-MINOR", RuleGroup.AGE);
        elderly = book.rule("AGE-ELDERLY", RuleGroup.AGE);
        minorBelow = book.whole(Threshold.MINOR_BELOW_YEARS);
        elderlyFrom = book.whole(Threshold.ELDERLY_FROM_YEARS);
    }

    @Override
    public void check(Evaluation e) {
        if (e.age < 0) {
            e.require("patient.birthDate", "age decides the dose, the pregnancy test and the paediatric review");
        } else if (e.age < minorBelow) {
            e.fire(minor, new Evidence("patient.age", e.age + " years"));
        } else if (e.age >= elderlyFrom) {
            e.fire(elderly, new Evidence("patient.age", e.age + " years"));
        }
    }
}
