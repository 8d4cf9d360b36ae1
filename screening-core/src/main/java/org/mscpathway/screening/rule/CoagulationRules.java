package org.mscpathway.screening.rule;

import org.mscpathway.screening.assessment.RuleGroup;
import org.mscpathway.screening.catalogue.CodeList;
import org.mscpathway.screening.catalogue.CodeSet;
import org.mscpathway.screening.catalogue.Threshold;
import org.mscpathway.screening.record.LabTest;

/**
 * Clinic guidance §三.2 临床检查与辅助检查 (实验室血液检查) and §三.3 个性化治疗方案 (catalogue 2026.2): a patient who
 * bleeds or clots abnormally risks a haemarthrosis from an injection into a joint, or bleeding at the puncture
 * site; a platelet count is required. An anticoagulant weighs by route: a physician decides before a joint is
 * punctured, while an infusion only needs the puncture site watched.
 */
final class CoagulationRules implements ContraindicationGroup {

    private final Rule severeThrombocytopenia;
    private final Rule thrombocytopenia;
    private final Rule inr;
    private final Rule anaemia;
    private final Rule defect;
    private final Rule anticoagulant;
    private final CodeSet defects;
    private final CodeSet anticoagulants;
    private final double plateletsAbsoluteBelow;
    private final double plateletsRelativeBelow;
    private final double inrAbove;
    private final double haemoglobinBelow;

    /**
     * The anticoagulant rule is chosen by route once: PRECAUTION for an intravenous route, RELATIVE for any other
     * (intra-articular, or a route the catalogue does not name: the stricter reading).
     */
    CoagulationRules(RuleBook book) {
        severeThrombocytopenia = book.rule("COAG-PLATELETS-SEVERE", RuleGroup.COAGULATION);
        thrombocytopenia = book.rule("COAG-PLATELETS-LOW", RuleGroup.COAGULATION);
        inr = book.rule("COAG-INR", RuleGroup.COAGULATION);
        anaemia = book.rule("COAG-ANAEMIA", RuleGroup.COAGULATION);
        defect = book.rule("COAG-DEFECT", RuleGroup.COAGULATION);
        Rule local = book.rule("COAG-ANTICOAGULANT-INTRA-ARTICULAR", RuleGroup.COAGULATION);
        Rule intravenous = book.rule("COAG-ANTICOAGULANT-INTRAVENOUS", RuleGroup.COAGULATION);
        anticoagulant = book.isIntravenous() ? intravenous : local;
        defects = book.codes(CodeList.COAGULATION_DEFECT);
        anticoagulants = book.codes(CodeList.ANTICOAGULANT);
        plateletsAbsoluteBelow = book.value(Threshold.PLATELETS_ABSOLUTE_BELOW);
        plateletsRelativeBelow = book.value(Threshold.PLATELETS_RELATIVE_BELOW);
        inrAbove = book.value(Threshold.INR_ABOVE);
        haemoglobinBelow = book.value(Threshold.HAEMOGLOBIN_BELOW);
    }

    @Override
    public void check(Evaluation e) {
        if (e.below(LabTest.PLATELETS, plateletsAbsoluteBelow)) {
            e.fire(severeThrombocytopenia, e.evidence(LabTest.PLATELETS));
        } else if (e.below(LabTest.PLATELETS, plateletsRelativeBelow)) {
            e.fire(thrombocytopenia, e.evidence(LabTest.PLATELETS));
        }
        if (e.above(LabTest.INR, inrAbove)) {
            e.fire(inr, e.evidence(LabTest.INR));
        }
        if (e.below(LabTest.HAEMOGLOBIN, haemoglobinBelow)) {
            e.fire(anaemia, e.evidence(LabTest.HAEMOGLOBIN));
        }
        e.fireIfAny(defect, e.conditionsIn(defects, true));
        e.fireIfAny(anticoagulant, e.activeMedicationsIn(anticoagulants));
        if (e.latest(LabTest.PLATELETS) == null) {
            e.requireResult(LabTest.PLATELETS, "coagulation: platelet count");
        }
    }
}
