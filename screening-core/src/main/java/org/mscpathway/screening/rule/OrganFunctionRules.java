package org.mscpathway.screening.rule;

import java.util.List;
import org.mscpathway.screening.assessment.Evidence;
import org.mscpathway.screening.assessment.RuleGroup;
import org.mscpathway.screening.catalogue.CodeList;
import org.mscpathway.screening.catalogue.CodeSet;
import org.mscpathway.screening.catalogue.Threshold;
import org.mscpathway.screening.record.LabTest;

/**
 * Clinic guidance §三.2 临床检查与辅助检查 (laboratory checks before treatment) and §三.1 全面体检: severe kidney,
 * liver or lung impairment, or uncontrolled diabetes, changes how the patient bears the infusion and its DMSO, and
 * needs a physician's review; infused cells lodge first in the lungs, so a severely hypoxaemic patient is excluded
 * from an intravenous route.
 */
final class OrganFunctionRules implements ContraindicationGroup {

    private final Rule renal;
    private final Rule transaminases;
    private final Rule bilirubin;
    private final Rule kidneyFailure;
    private final Rule creatinine;
    private final Rule hepaticFailure;
    private final Rule severeHypoxaemia;
    private final Rule hypoxaemia;
    private final Rule hba1c;
    private final CodeSet kidneyFailures;
    private final CodeSet hepaticFailures;
    private final double egfrBelow;
    private final double altAbove;
    private final double astAbove;
    private final double bilirubinAbove;
    private final double creatinineAbove;
    /** Negative infinity for an intra-articular route, where no saturation is absolute. */
    private final double spo2AbsoluteBelow;
    private final double spo2RelativeBelow;
    private final double hba1cAbove;

    OrganFunctionRules(RuleBook book) {
        renal = book.rule("ORG-RENAL", RuleGroup.ORGAN_FUNCTION);
        transaminases = book.rule("ORG-TRANSAMINASES", RuleGroup.ORGAN_FUNCTION);
        bilirubin = book.rule("ORG-BILIRUBIN", RuleGroup.ORGAN_FUNCTION);
        kidneyFailure = book.rule("ORG-KIDNEY-FAILURE", RuleGroup.ORGAN_FUNCTION);
        creatinine = book.rule("ORG-CREATININE", RuleGroup.ORGAN_FUNCTION);
        hepaticFailure = book.rule("ORG-HEPATIC-FAILURE", RuleGroup.ORGAN_FUNCTION);
        severeHypoxaemia = book.rule("ORG-HYPOXAEMIA-INTRAVENOUS", RuleGroup.ORGAN_FUNCTION);
        hypoxaemia = book.rule("ORG-HYPOXAEMIA", RuleGroup.ORGAN_FUNCTION);
        hba1c = book.rule("ORG-HBA1C", RuleGroup.ORGAN_FUNCTION);
        kidneyFailures = book.codes(CodeList.KIDNEY_FAILURE);
        hepaticFailures = book.codes(CodeList.HEPATIC_FAILURE);
        egfrBelow = book.value(Threshold.EGFR_BELOW);
        altAbove = book.value(Threshold.ALT_ABOVE);
        astAbove = book.value(Threshold.AST_ABOVE);
        bilirubinAbove = book.value(Threshold.BILIRUBIN_ABOVE);
        creatinineAbove = book.value(Threshold.CREATININE_ABOVE);
        spo2AbsoluteBelow = book.isIntraArticular() ? Double.NEGATIVE_INFINITY
                : book.value(Threshold.SPO2_ABSOLUTE_BELOW);
        spo2RelativeBelow = book.value(Threshold.SPO2_RELATIVE_BELOW);
        hba1cAbove = book.value(Threshold.HBA1C_ABOVE);
    }

    @Override
    public void check(Evaluation e) {
        if (e.below(LabTest.EGFR, egfrBelow)) {
            e.fire(renal, e.evidence(LabTest.EGFR));
        } else if (e.latest(LabTest.EGFR) == null && e.above(LabTest.CREATININE, creatinineAbove)) {
            e.fire(creatinine, e.evidence(LabTest.CREATININE));
        }
        e.fireIfAny(kidneyFailure, e.conditionsIn(kidneyFailures, false));
        List<Evidence> enzymes = null;
        if (e.above(LabTest.ALT, altAbove)) {
            enzymes = Evaluation.collect(enzymes, e.evidence(LabTest.ALT));
        }
        if (e.above(LabTest.AST, astAbove)) {
            enzymes = Evaluation.collect(enzymes, e.evidence(LabTest.AST));
        }
        e.fireIfAny(transaminases, enzymes);
        if (e.above(LabTest.BILIRUBIN, bilirubinAbove)) {
            e.fire(bilirubin, e.evidence(LabTest.BILIRUBIN));
        }
        e.fireIfAny(hepaticFailure, e.conditionsIn(hepaticFailures, false));
        Integer spo2 = e.exam == null ? null : e.exam.spo2Percent();
        if (spo2 != null && spo2 < spo2AbsoluteBelow) {
            e.fire(severeHypoxaemia, new Evidence("physicalExam.spo2Percent", spo2.toString()));
        } else if (spo2 != null && spo2 < spo2RelativeBelow) {
            e.fire(hypoxaemia, new Evidence("physicalExam.spo2Percent", spo2.toString()));
        }
        if (e.above(LabTest.HBA1C, hba1cAbove)) {
            e.fire(hba1c, e.evidence(LabTest.HBA1C));
        }
    }
}
