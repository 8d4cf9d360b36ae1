package org.mscpathway.workflow.pathway;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.mscpathway.screening.assessment.EvaluationMode;
import org.mscpathway.screening.assessment.Outcome;
import org.mscpathway.screening.record.Sex;

/**
 * A card on the board and a row of a worklist. The patient reference is shown to signed-in users only, like the rest
 * of the API. Everything here is read from the case row alone, so a page of cards is one indexed read.
 *
 * @param rulesetVersion the ruleset the case is screened under (the board marks an open case on an older one)
 * @param team           the care team the case belongs to
 * @param birthDate      the patient's, as the case was opened with; null for a case stored without one
 * @param sex            the patient's administrative sex; null for a case stored without one
 * @param outcome        the latest assessment's outcome; null before the first assessment
 * @param assessmentMode whether that assessment was {@code PARTIAL} (provisional) or {@code FULL}
 * @param mainFinding    the latest assessment's main finding; null when nothing was found (or nothing assessed)
 */
public record CaseSummary(UUID id, String patientReference, String indication, CaseStatus status, Step currentStep,
                          String openedBy, Instant openedAt, Instant stepEnteredAt, boolean overdue, int version,
                          String rulesetVersion, String team, LocalDate birthDate, Sex sex, Outcome outcome,
                          EvaluationMode assessmentMode, MainFinding mainFinding) {

    /** Completed years of age on {@code today}; null when the birth date is not known. */
    public Integer ageOn(LocalDate today) {
        return birthDate == null ? null : java.time.Period.between(birthDate, today).getYears();
    }
}
