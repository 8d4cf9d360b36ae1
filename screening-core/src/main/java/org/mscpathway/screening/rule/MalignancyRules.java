package org.mscpathway.screening.rule;

import static org.mscpathway.screening.rule.Evaluation.collect;
import static org.mscpathway.screening.rule.Evaluation.evidence;

import java.time.LocalDate;
import java.util.List;
import org.mscpathway.screening.assessment.Evidence;
import org.mscpathway.screening.assessment.RuleGroup;
import org.mscpathway.screening.catalogue.CodeList;
import org.mscpathway.screening.catalogue.CodeSet;
import org.mscpathway.screening.catalogue.Threshold;
import org.mscpathway.screening.record.Condition;
import org.mscpathway.screening.record.ConditionStatus;
import org.mscpathway.screening.record.Imaging;
import org.mscpathway.screening.record.LabTest;

/**
 * Clinic guidance §二.2 肿瘤患者: MSCs may promote the growth of a tumour already present, so a present or
 * suspected malignancy (or one under treatment, or a clonal disease of uncertain behaviour) excludes treatment, a
 * recent or likely one needs a physician, and a remote one calls for surveillance.
 */
final class MalignancyRules implements ContraindicationGroup {

    private static final LabTest[] MARKERS = {LabTest.CEA, LabTest.PSA, LabTest.AFP, LabTest.CA_125};

    private final Rule active;
    private final Rule uncertainBehaviour;
    private final Rule antineoplastic;
    private final Rule endocrineTherapy;
    private final Rule suspiciousImaging;
    private final Rule recent;
    private final Rule historyRecent;
    private final Rule geneticSusceptibility;
    private final Rule tumourMarker;
    private final Rule remote;
    private final Rule historyRemote;
    private final Rule lowRiskResolved;
    private final CodeSet malignancies;
    private final CodeSet lowRiskMalignancies;
    private final CodeSet uncertainBehaviourNeoplasms;
    private final CodeSet personalHistories;
    private final CodeSet susceptibilities;
    private final CodeSet antineoplastics;
    private final CodeSet endocrineTherapies;
    private final int remoteAfterYears;
    private final int historyRemoteAfterYears;
    private final double[] markerLimits;

    MalignancyRules(RuleBook book) {
        active = book.rule("MAL-ACTIVE", RuleGroup.MALIGNANCY);
        uncertainBehaviour = book.rule("MAL-UNCERTAIN-BEHAVIOUR", RuleGroup.MALIGNANCY);
        antineoplastic = book.rule("MAL-ANTINEOPLASTIC", RuleGroup.MALIGNANCY);
        endocrineTherapy = book.rule("MAL-ENDOCRINE-THERAPY", RuleGroup.MALIGNANCY);
        suspiciousImaging = book.rule("MAL-IMAGING-SUSPICIOUS", RuleGroup.MALIGNANCY);
        recent = book.rule("MAL-RECENT", RuleGroup.MALIGNANCY);
        historyRecent = book.rule("MAL-HISTORY-RECENT", RuleGroup.MALIGNANCY);
        geneticSusceptibility = book.rule("MAL-GENETIC-SUSCEPTIBILITY", RuleGroup.MALIGNANCY);
        tumourMarker = book.rule("MAL-TUMOUR-MARKER", RuleGroup.MALIGNANCY);
        remote = book.rule("MAL-REMOTE", RuleGroup.MALIGNANCY);
        historyRemote = book.rule("MAL-HISTORY-REMOTE", RuleGroup.MALIGNANCY);
        lowRiskResolved = book.rule("MAL-LOW-RISK-RESOLVED", RuleGroup.MALIGNANCY);
        malignancies = book.codes(CodeList.MALIGNANCY);
        lowRiskMalignancies = book.codes(CodeList.LOW_RISK_MALIGNANCY);
        uncertainBehaviourNeoplasms = book.codes(CodeList.UNCERTAIN_BEHAVIOUR_NEOPLASM);
        personalHistories = book.codes(CodeList.PERSONAL_HISTORY_OF_MALIGNANCY);
        susceptibilities = book.codes(CodeList.GENETIC_SUSCEPTIBILITY);
        antineoplastics = book.codes(CodeList.ANTINEOPLASTIC);
        endocrineTherapies = book.codes(CodeList.ENDOCRINE_THERAPY);
        remoteAfterYears = book.whole(Threshold.MALIGNANCY_REMOTE_AFTER_YEARS);
        historyRemoteAfterYears = book.whole(Threshold.PERSONAL_HISTORY_REMOTE_AFTER_YEARS);
        markerLimits = new double[] {book.value(Threshold.CEA_ABOVE), book.value(Threshold.PSA_ABOVE),
                book.value(Threshold.AFP_ABOVE), book.value(Threshold.CA_125_ABOVE)};
    }

    @Override
    public void check(Evaluation e) {
        checkMalignancies(e);
        e.fireIfAny(uncertainBehaviour, e.conditionsIn(uncertainBehaviourNeoplasms, true));
        checkPersonalHistory(e);
        e.fireIfAny(geneticSusceptibility, e.conditionsIn(susceptibilities, false));
        e.fireIfAny(antineoplastic, e.activeMedicationsIn(antineoplastics));
        e.fireIfAny(endocrineTherapy, e.activeMedicationsIn(endocrineTherapies));
        checkImaging(e);
        List<Evidence> raisedMarkers = null;
        for (int i = 0; i < MARKERS.length; i++) {
            if (e.above(MARKERS[i], markerLimits[i])) {
                raisedMarkers = collect(raisedMarkers, e.evidence(MARKERS[i]));
            }
        }
        e.fireIfAny(tumourMarker, raisedMarkers);
        if (e.history == null || e.history.conditions() == null) {
            e.require("medicalHistory.conditions", "cancer history not yet asked: the list of conditions is absent");
        }
    }

    /**
     * A resolved non-melanoma skin cancer (C44) or cervical carcinoma in situ (D06) is a precaution at any
     * time and is not counted again as a recent malignancy: the design lists them as the exception to the
     * five-year rule. Only a malignancy <em>resolved</em> five years ago or more is remote: the design's
     * precaution cell says "resolved &ge; 5 y" where its relative cell says "resolved/in remission &lt; 5 y", so
     * one in remission (C44 and D06 included) is never cleared by time and stays relative, the safer reading.
     * A malignancy resolved with no abatement date counts as recent (safer).
     */
    private void checkMalignancies(Evaluation e) {
        List<Evidence> present = null;
        List<Evidence> recentOnes = null;
        List<Evidence> remoteOnes = null;
        List<Evidence> lowRisk = null;
        for (Condition condition : e.conditions) {
            String code = condition.icd10();
            if (!malignancies.matches(code)) {
                continue;
            }
            if (condition.status().isCurrent()) {
                present = collect(present, evidence(condition));
            } else if (condition.status() == ConditionStatus.RESOLVED && lowRiskMalignancies.matches(code)) {
                lowRisk = collect(lowRisk, evidence(condition));
            } else if (resolvedBefore(condition, e.assessmentDate.minusYears(remoteAfterYears))) {
                remoteOnes = collect(remoteOnes, evidence(condition));
            } else {
                recentOnes = collect(recentOnes, evidence(condition));
            }
        }
        e.fireIfAny(active, present);
        e.fireIfAny(recent, recentOnes);
        e.fireIfAny(remote, remoteOnes);
        e.fireIfAny(lowRiskResolved, lowRisk);
    }

    /**
     * A personal history of malignancy (Z85) is remote only when resolved with an abatement date at least the
     * window ago; undated, resolved since, or recorded with any other status (a history code in remission or
     * recurrence is no resolution) it is recent: the safer reading of "resolved &lt; 5 y or undated".
     */
    private void checkPersonalHistory(Evaluation e) {
        List<Evidence> recentOnes = null;
        List<Evidence> remoteOnes = null;
        for (Condition condition : e.conditions) {
            if (!personalHistories.matches(condition.icd10())) {
                continue;
            }
            if (resolvedBefore(condition, e.assessmentDate.minusYears(historyRemoteAfterYears))) {
                remoteOnes = collect(remoteOnes, evidence(condition));
            } else {
                recentOnes = collect(recentOnes, evidence(condition));
            }
        }
        e.fireIfAny(historyRecent, recentOnes);
        e.fireIfAny(historyRemote, remoteOnes);
    }

    private static boolean resolvedBefore(Condition condition, LocalDate remoteBefore) {
        return condition.status() == ConditionStatus.RESOLVED && condition.abatement() != null
                && !condition.abatement().isAfter(remoteBefore);
    }

    private void checkImaging(Evaluation e) {
        if (e.record.imaging() == null) {
            return;
        }
        List<Evidence> suspicious = null;
        for (Imaging imaging : e.record.imaging()) {
            if (imaging.isSuspiciousForMalignancy()) {
                suspicious = collect(suspicious, suspicion(imaging));
            }
        }
        e.fireIfAny(suspiciousImaging, suspicious);
    }

    private static Evidence suspicion(Imaging imaging) {
        StringBuilder item = new StringBuilder("imaging");
        if (imaging.modality() != null) {
            item.append(' ').append(imaging.modality());
        }
        if (imaging.bodySite() != null) {
            item.append(' ').append(imaging.bodySite());
        }
        return new Evidence(item.toString(),
                "suspected malignancy" + (imaging.date() == null ? "" : " on " + imaging.date()));
    }
}
