package org.mscpathway.screening.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mscpathway.screening.assessment.Finding;
import org.mscpathway.screening.assessment.RuleGroup;
import org.mscpathway.screening.assessment.Severity;
import org.mscpathway.screening.record.PatientRecord;

/**
 * Clinic guidance §三.3 个性化治疗方案: the indication's standard plan (DESIGN.md, "Indications and the personalized
 * plan"), adjusted for the findings, each adjustment citing the finding that caused it:
 * <ul>
 *   <li>a RELATIVE cardiac finding: dose halved, slow infusion, continuous ECG monitoring. The dose is halved
 *       once for the cardiac risk, citing the first such finding, however many cardiac findings describe it
 *       (coronary disease with a reduced LVEF is one heart, not two); each finding still cites the slow infusion
 *       and the ECG it calls for;</li>
 *   <li>an allergy precaution: antihistamine premedication, 2 h observation;</li>
 *   <li>an age precaution (75 and over): dose halved;</li>
 *   <li>a malignancy precaution (remote or low-risk cancer): annual cancer surveillance;</li>
 *   <li>any other precaution: a monitoring item naming it.</li>
 * </ul>
 * A per-kg dose is rounded to whole cells and capped first; then every "dose halved" adjustment halves it again
 * (cardiac risk and age together give a quarter dose), rounded to whole cells.
 */
public final class PlanRecommender {

    static final String DOSE_HALVED = "dose halved";

    private final IndicationProfile indication;

    public PlanRecommender(IndicationProfile indication) {
        this.indication = indication;
    }

    /**
     * @param findings the findings of a full evaluation whose outcome allows a plan (no ABSOLUTE finding)
     * @throws IllegalStateException if the dose is per kg and the record has no weight
     */
    public TreatmentPlan recommend(PatientRecord record, List<Finding> findings) {
        Set<PlanAdjustment> adjustments = new LinkedHashSet<>();
        Set<String> premedication = new LinkedHashSet<>();
        Set<String> monitoring = new LinkedHashSet<>(indication.monitoring());
        boolean halvedForTheHeart = false;
        for (Finding finding : findings) {
            boolean cardiacRisk = finding.group() == RuleGroup.CARDIAC && finding.severity() == Severity.RELATIVE;
            adjust(finding, cardiacRisk && !halvedForTheHeart, adjustments, premedication, monitoring);
            halvedForTheHeart |= cardiacRisk;
        }
        int halvings = 0;
        for (PlanAdjustment adjustment : adjustments) {
            if (adjustment.change().equals(DOSE_HALVED)) {
                halvings++;
            }
        }
        long cells = Math.max(1, Math.round(standardDose(record) / (double) (1L << halvings)));
        return new TreatmentPlan(indication.code(), indication.route(), indication.product(), cells,
                indication.administrations(), indication.intervalWeeks(), new ArrayList<>(premedication),
                new ArrayList<>(monitoring), new ArrayList<>(adjustments));
    }

    /** Cells per administration before adjustments: fixed, or per kg rounded to whole cells and capped. */
    long standardDose(PatientRecord record) {
        if (!indication.isWeightBased()) {
            return indication.fixedCells();
        }
        Double weightKg = record.patient().weightKg();
        if (weightKg == null) {
            throw new IllegalStateException("a per-kg dose needs the patient's weight (" + indication.code() + ")");
        }
        long cells = Math.round(weightKg * indication.cellsPerKg());
        Long cap = indication.maxCellsPerAdministration();
        return cap == null ? cells : Math.min(cells, cap);
    }

    /** @param halveForTheHeart whether this is the first RELATIVE cardiac finding, the one the halving cites */
    private static void adjust(Finding finding, boolean halveForTheHeart, Set<PlanAdjustment> adjustments,
                               Set<String> premedication, Set<String> monitoring) {
        String ruleId = finding.ruleId();
        RuleGroup group = finding.group();
        Severity severity = finding.severity();
        if (group == RuleGroup.CARDIAC && severity == Severity.RELATIVE) {
            if (halveForTheHeart) {
                adjustments.add(new PlanAdjustment(ruleId, DOSE_HALVED));
            }
            adjustments.add(new PlanAdjustment(ruleId, "slow infusion"));
            adjustments.add(new PlanAdjustment(ruleId, "continuous ECG monitoring"));
            monitoring.add("continuous ECG monitoring during and for 1 h after each administration");
        } else if (severity != Severity.PRECAUTION) {
            return;
        } else if (group == RuleGroup.ALLERGY) {
            adjustments.add(new PlanAdjustment(ruleId, "antihistamine premedication"));
            adjustments.add(new PlanAdjustment(ruleId, "2 h observation"));
            premedication.add("antihistamine before each administration");
            monitoring.add("observation for 2 h after each administration");
        } else if (group == RuleGroup.AGE) {
            adjustments.add(new PlanAdjustment(ruleId, DOSE_HALVED));
        } else if (group == RuleGroup.MALIGNANCY) {
            adjustments.add(new PlanAdjustment(ruleId, "annual cancer surveillance"));
            monitoring.add("annual cancer surveillance");
        } else {
            adjustments.add(new PlanAdjustment(ruleId, "monitoring: " + finding.title()));
            monitoring.add(finding.title() + " (" + ruleId + "): review at each visit");
        }
    }
}
