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
import org.mscpathway.screening.record.Medication;
import org.mscpathway.screening.record.MedicationStatus;
import org.mscpathway.screening.record.Observation;

/**
 * Clinic guidance §二.2 肿瘤患者: MSCs may promote the growth of a tumour already present, so a present or
 * suspected malignancy excludes treatment, a recent or likely one needs a physician, and a remote one calls for
 * surveillance.
 */
final class MalignancyRules implements ContraindicationGroup {

    private final Rule active;
    private final Rule antineoplastic;
    private final Rule suspiciousImaging;
    private final Rule recent;
    private final Rule geneticSusceptibility;
    private final Rule tumourMarker;
    private final Rule remote;
    private final Rule lowRiskResolved;
    private final CodeSet malignancies;
    private final CodeSet lowRiskMalignancies;
    private final CodeSet susceptibilities;
    private final CodeSet antineoplastics;
    private final int remoteAfterYears;
    private final LabTest[] markers = {LabTest.CEA, LabTest.PSA, LabTest.AFP, LabTest.CA_125};
    private final double[] markerLimits;

    MalignancyRules(RuleBook book) {
        active = book.rule("MAL-ACTIVE", RuleGroup.MALIGNANCY);
        antineoplastic = book.rule("MAL-ANTINEOPLASTIC", RuleGroup.MALIGNANCY);
        suspiciousImaging = book.rule("MAL-IMAGING-SUSPICIOUS", RuleGroup.MALIGNANCY);
        recent = book.rule("MAL-RECENT", RuleGroup.MALIGNANCY);
        geneticSusceptibility = book.rule("MAL-GENETIC-SUSCEPTIBILITY", RuleGroup.MALIGNANCY);
        tumourMarker = book.rule("MAL-TUMOUR-MARKER", RuleGroup.MALIGNANCY);
        remote = book.rule("MAL-REMOTE", RuleGroup.MALIGNANCY);
        lowRiskResolved = book.rule("MAL-LOW-RISK-RESOLVED", RuleGroup.MALIGNANCY);
        malignancies = book.codes(CodeList.MALIGNANCY);
        lowRiskMalignancies = book.codes(CodeList.LOW_RISK_MALIGNANCY);
        susceptibilities = book.codes(CodeList.GENETIC_SUSCEPTIBILITY);
        antineoplastics = book.codes(CodeList.ANTINEOPLASTIC);
        remoteAfterYears = book.whole(Threshold.MALIGNANCY_REMOTE_AFTER_YEARS);
        markerLimits = new double[] {book.value(Threshold.CEA_ABOVE), book.value(Threshold.PSA_ABOVE),
                book.value(Threshold.AFP_ABOVE), book.value(Threshold.CA_125_ABOVE)};
    }

    @Override
    public void check(Evaluation e) {
        checkConditions(e);
        checkTreatmentAndImaging(e);
        List<Evidence> raisedMarkers = null;
        for (int i = 0; i < markers.length; i++) {
            Observation marker = e.latest(markers[i]);
            if (marker != null && Evaluation.number(marker) > markerLimits[i]) {
                raisedMarkers = collect(raisedMarkers, evidence(marker, markers[i]));
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
    private void checkConditions(Evaluation e) {
        List<Evidence> present = null;
        List<Evidence> recentOnes = null;
        List<Evidence> remoteOnes = null;
        List<Evidence> lowRisk = null;
        List<Evidence> susceptible = null;
        LocalDate remoteBefore = null;
        for (Condition condition : e.conditions) {
            String code = condition.icd10();
            if (susceptibilities.matches(code)) {
                susceptible = collect(susceptible, evidence(condition));
            }
            if (!malignancies.matches(code)) {
                continue;
            }
            if (condition.status().isCurrent()) {
                present = collect(present, evidence(condition));
            } else if (condition.status() == ConditionStatus.RESOLVED && lowRiskMalignancies.matches(code)) {
                lowRisk = collect(lowRisk, evidence(condition));
            } else {
                if (remoteBefore == null) {
                    remoteBefore = e.assessmentDate.minusYears(remoteAfterYears);
                }
                boolean isRemote = condition.status() == ConditionStatus.RESOLVED && condition.abatement() != null
                        && !condition.abatement().isAfter(remoteBefore);
                if (!isRemote) {
                    recentOnes = collect(recentOnes, evidence(condition));
                } else {
                    remoteOnes = collect(remoteOnes, evidence(condition));
                }
            }
        }
        e.fireIfAny(active, present);
        e.fireIfAny(recent, recentOnes);
        e.fireIfAny(geneticSusceptibility, susceptible);
        e.fireIfAny(remote, remoteOnes);
        e.fireIfAny(lowRiskResolved, lowRisk);
    }

    private void checkTreatmentAndImaging(Evaluation e) {
        List<Evidence> treatments = null;
        for (Medication medication : e.medications) {
            if (medication.status() == MedicationStatus.ACTIVE && antineoplastics.matches(medication.atc())) {
                treatments = collect(treatments, evidence(medication, "active"));
            }
        }
        e.fireIfAny(antineoplastic, treatments);
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
