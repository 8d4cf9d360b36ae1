package org.mscpathway.screening.rule;

import static org.mscpathway.screening.rule.Evaluation.collect;
import static org.mscpathway.screening.rule.Evaluation.evidence;

import java.util.List;
import org.mscpathway.screening.assessment.Evidence;
import org.mscpathway.screening.assessment.RuleGroup;
import org.mscpathway.screening.catalogue.CodeList;
import org.mscpathway.screening.catalogue.CodeSet;
import org.mscpathway.screening.record.Condition;

/**
 * Clinic guidance §二.3 严重免疫系统疾病患者: in systemic autoimmune disease, and (2026.2) the other immune-mediated
 * diseases the article's "等" covers (multiple sclerosis, inflammatory bowel disease, ...), the cells'
 * immunomodulation may aggravate the disease; active disease needs a physician, disease in remission is a precaution.
 */
final class AutoimmuneRules implements ContraindicationGroup {

    private final Rule active;
    private final Rule inRemission;
    private final Rule immuneMediatedActive;
    private final Rule immuneMediatedInRemission;
    private final CodeSet diseases;
    private final CodeSet immuneMediated;

    AutoimmuneRules(RuleBook book) {
        active = book.rule("AUTO-ACTIVE", RuleGroup.AUTOIMMUNE);
        inRemission = book.rule("AUTO-REMISSION", RuleGroup.AUTOIMMUNE);
        immuneMediatedActive = book.rule("AUTO-IMMUNE-MEDIATED-ACTIVE", RuleGroup.AUTOIMMUNE);
        immuneMediatedInRemission = book.rule("AUTO-IMMUNE-MEDIATED-REMISSION", RuleGroup.AUTOIMMUNE);
        diseases = book.codes(CodeList.SYSTEMIC_AUTOIMMUNE);
        immuneMediated = book.codes(CodeList.IMMUNE_MEDIATED);
    }

    @Override
    public void check(Evaluation e) {
        fireByActivity(e, diseases, active, inRemission);
        fireByActivity(e, immuneMediated, immuneMediatedActive, immuneMediatedInRemission);
    }

    /** Active or recurrent conditions of {@code codes} fire {@code current}; in remission or resolved, {@code quiet}. */
    private static void fireByActivity(Evaluation e, CodeSet codes, Rule current, Rule quiet) {
        List<Evidence> activeOnes = null;
        List<Evidence> quietOnes = null;
        for (Condition condition : e.conditions) {
            if (!codes.matches(condition.icd10())) {
                continue;
            }
            if (condition.status().isCurrent()) {
                activeOnes = collect(activeOnes, evidence(condition));
            } else {
                quietOnes = collect(quietOnes, evidence(condition));
            }
        }
        e.fireIfAny(current, activeOnes);
        e.fireIfAny(quiet, quietOnes);
    }
}
