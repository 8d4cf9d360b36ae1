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
 * Clinic guidance §二.3 严重免疫系统疾病患者: in systemic autoimmune disease the cells' immunomodulation may
 * aggravate the disease; active disease needs a physician, disease in remission is a precaution.
 */
final class AutoimmuneRules implements ContraindicationGroup {

    private final Rule active;
    private final Rule inRemission;
    private final CodeSet diseases;

    AutoimmuneRules(RuleBook book) {
        active = book.rule("AUTO-ACTIVE", RuleGroup.AUTOIMMUNE);
        inRemission = book.rule("AUTO-REMISSION", RuleGroup.AUTOIMMUNE);
        diseases = book.codes(CodeList.SYSTEMIC_AUTOIMMUNE);
    }

    @Override
    public void check(Evaluation e) {
        List<Evidence> activeOnes = null;
        List<Evidence> quietOnes = null;
        for (Condition condition : e.conditions) {
            if (!diseases.matches(condition.icd10())) {
                continue;
            }
            if (condition.status().isCurrent()) {
                activeOnes = collect(activeOnes, evidence(condition));
            } else {
                quietOnes = collect(quietOnes, evidence(condition));
            }
        }
        e.fireIfAny(active, activeOnes);
        e.fireIfAny(inRemission, quietOnes);
    }
}
