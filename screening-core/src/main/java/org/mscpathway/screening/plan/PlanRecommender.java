package org.mscpathway.screening.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mscpathway.screening.assessment.Finding;
import org.mscpathway.screening.assessment.PlanAdjustment;
import org.mscpathway.screening.assessment.RuleGroup;
import org.mscpathway.screening.assessment.Severity;
import org.mscpathway.screening.assessment.TreatmentPlan;
import org.mscpathway.screening.record.PatientRecord;
import org.mscpathway.screening.record.Sex;

/**
 * Clinic guidance §三.3 个性化治疗方案: the indication's standard plan (docs/clinical-rules.md, "The personalized
 * plan"), adjusted for the findings, each adjustment citing the finding that caused it:
 * <ul>
 *   <li>a RELATIVE cardiac finding (since 2026.2 also a recent embolism, thrombosis or stroke), on any route but
 *       intra-articular: dose halved, slow infusion, continuous ECG monitoring. The dose is halved once for the
 *       cardiac risk, citing the first such finding, however many cardiac findings describe it (coronary disease
 *       with a reduced LVEF is one heart, not two); each finding still cites the slow infusion and the ECG it calls
 *       for. An intra-articular dose is not cut for the heart;</li>
 *   <li>an allergy finding that allows a plan (a mild or, since 2026.2, moderate reaction to a component, an
 *       earlier severe reaction): antihistamine premedication, 2 h observation;</li>
 *   <li>an age precaution (75 and over): dose halved;</li>
 *   <li>a malignancy finding that allows a plan (remote, low-risk, and since 2026.2 recent, personal history,
 *       genetic susceptibility, raised marker): annual cancer surveillance;</li>
 *   <li>any other precaution: a monitoring item naming it;</li>
 *   <li>a person who needed a pregnancy test and is planned for more than one administration: a pregnancy test
 *       before each administration.</li>
 * </ul>
 * A per-kg dose is rounded to whole cells and capped first; then every "dose halved" adjustment halves it again
 * (cardiac risk and age together give a quarter dose), rounded to whole cells.
 */
public final class PlanRecommender {

    static final String DOSE_HALVED = "dose halved";
    static final String PREGNANCY_TEST_BEFORE_EACH = "pregnancy test before each administration";
    /** The childbearing ages of the shipped catalogue, for callers that do not say whether a test was needed. */
    private static final int CHILDBEARING_FROM = 12;
    private static final int CHILDBEARING_TO = 55;

    private final IndicationProfile indication;
    /** Cardiac adjustments apply to every route but intra-articular (the stricter reading for other routes). */
    private final boolean adjustsForTheHeart;

    public PlanRecommender(IndicationProfile indication) {
        this.indication = indication;
        this.adjustsForTheHeart = !indication.isIntraArticular();
    }

    /**
     * As {@link #recommend(PatientRecord, List, boolean)}, deciding whether a pregnancy test was needed with the
     * shipped catalogue's rule (anyone not recorded as male, aged 12 to 55 or of unknown age).
     */
    public TreatmentPlan recommend(PatientRecord record, List<Finding> findings) {
        int age = record.patient().birthDate() == null ? -1 : record.patient().ageOn(record.assessmentDate());
        boolean mayBePregnant = record.patient().sex() != Sex.MALE
                && (age < 0 || age >= CHILDBEARING_FROM && age <= CHILDBEARING_TO);
        return recommend(record, findings, mayBePregnant);
    }

    /**
     * @param findings the findings of a full evaluation whose outcome allows a plan (no ABSOLUTE finding)
     * @param pregnancyTestRequired whether the evaluation required a pregnancy test of this person
     * @throws IllegalStateException if the dose is per kg and the record has no weight
     */
    public TreatmentPlan recommend(PatientRecord record, List<Finding> findings, boolean pregnancyTestRequired) {
        Set<PlanAdjustment> adjustments = new LinkedHashSet<>();
        Set<String> premedication = new LinkedHashSet<>();
        Set<String> monitoring = new LinkedHashSet<>(indication.monitoring());
        boolean halvedForTheHeart = false;
        for (Finding finding : findings) {
            boolean cardiacRisk = adjustsForTheHeart && finding.group() == RuleGroup.CARDIAC
                    && finding.severity() == Severity.RELATIVE;
            if (cardiacRisk) {
                adjustForTheHeart(finding.ruleId(), !halvedForTheHeart, adjustments, monitoring);
                halvedForTheHeart = true;
            } else {
                adjust(finding, adjustments, premedication, monitoring);
            }
        }
        if (pregnancyTestRequired && indication.administrations() > 1) {
            monitoring.add(PREGNANCY_TEST_BEFORE_EACH);
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

    /** @param halve whether this is the first RELATIVE cardiac finding, the one the halving cites */
    private static void adjustForTheHeart(String ruleId, boolean halve, Set<PlanAdjustment> adjustments,
                                          Set<String> monitoring) {
        if (halve) {
            adjustments.add(new PlanAdjustment(ruleId, DOSE_HALVED));
        }
        adjustments.add(new PlanAdjustment(ruleId, "slow infusion"));
        adjustments.add(new PlanAdjustment(ruleId, "continuous ECG monitoring"));
        monitoring.add("continuous ECG monitoring during and for 1 h after each administration");
    }

    private static void adjust(Finding finding, Set<PlanAdjustment> adjustments, Set<String> premedication,
                               Set<String> monitoring) {
        String ruleId = finding.ruleId();
        RuleGroup group = finding.group();
        Severity severity = finding.severity();
        if (severity == Severity.ABSOLUTE) {
            return;
        }
        if (group == RuleGroup.ALLERGY) {
            adjustments.add(new PlanAdjustment(ruleId, "antihistamine premedication"));
            adjustments.add(new PlanAdjustment(ruleId, "2 h observation"));
            premedication.add("antihistamine before each administration");
            monitoring.add("observation for 2 h after each administration");
        } else if (group == RuleGroup.MALIGNANCY) {
            adjustments.add(new PlanAdjustment(ruleId, "annual cancer surveillance"));
            monitoring.add("annual cancer surveillance");
        } else if (severity != Severity.PRECAUTION) {
            return;
        } else if (group == RuleGroup.AGE) {
            adjustments.add(new PlanAdjustment(ruleId, DOSE_HALVED));
        } else {
            adjustments.add(new PlanAdjustment(ruleId, "monitoring: " + finding.title()));
            monitoring.add(finding.title() + " (" + ruleId + "): review at each visit");
        }
    }
}
