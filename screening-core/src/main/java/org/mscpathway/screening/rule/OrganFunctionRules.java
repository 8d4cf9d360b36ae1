package org.mscpathway.screening.rule;

import static org.mscpathway.screening.rule.Evaluation.collect;
import static org.mscpathway.screening.rule.Evaluation.evidence;

import java.util.List;
import org.mscpathway.screening.assessment.Evidence;
import org.mscpathway.screening.assessment.RuleGroup;
import org.mscpathway.screening.catalogue.Threshold;
import org.mscpathway.screening.record.LabTest;
import org.mscpathway.screening.record.Observation;

/**
 * Clinic guidance §三.2 临床检查与辅助检查 (laboratory checks before treatment): severe kidney or liver impairment
 * changes how the patient bears the infusion and its DMSO, and needs a physician's review.
 */
final class OrganFunctionRules implements ContraindicationGroup {

    private final Rule renal;
    private final Rule transaminases;
    private final Rule bilirubin;
    private final double egfrBelow;
    private final double altAbove;
    private final double astAbove;
    private final double bilirubinAbove;

    OrganFunctionRules(RuleBook book) {
        renal = book.rule("ORG-RENAL", RuleGroup.ORGAN_FUNCTION);
        transaminases = book.rule("ORG-TRANSAMINASES", RuleGroup.ORGAN_FUNCTION);
        bilirubin = book.rule("ORG-BILIRUBIN", RuleGroup.ORGAN_FUNCTION);
        egfrBelow = book.value(Threshold.EGFR_BELOW);
        altAbove = book.value(Threshold.ALT_ABOVE);
        astAbove = book.value(Threshold.AST_ABOVE);
        bilirubinAbove = book.value(Threshold.BILIRUBIN_ABOVE);
    }

    @Override
    public void check(Evaluation e) {
        Observation egfr = e.latest(LabTest.EGFR);
        if (egfr != null && Evaluation.number(egfr) < egfrBelow) {
            e.fire(renal, evidence(egfr, LabTest.EGFR));
        }
        List<Evidence> enzymes = above(e, LabTest.ALT, altAbove, null);
        e.fireIfAny(transaminases, above(e, LabTest.AST, astAbove, enzymes));
        Observation totalBilirubin = e.latest(LabTest.BILIRUBIN);
        if (totalBilirubin != null && Evaluation.number(totalBilirubin) > bilirubinAbove) {
            e.fire(bilirubin, evidence(totalBilirubin, LabTest.BILIRUBIN));
        }
    }

    private static List<Evidence> above(Evaluation e, LabTest test, double limit, List<Evidence> evidence) {
        Observation result = e.latest(test);
        return result != null && Evaluation.number(result) > limit ? collect(evidence, evidence(result, test)) : evidence;
    }
}
