package org.mscpathway.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mscpathway.screening.Evaluations.assertIncomplete;
import static org.mscpathway.screening.Evaluations.assertRulesFired;
import static org.mscpathway.screening.Evaluations.full;
import static org.mscpathway.screening.Evaluations.ruleIds;
import static org.mscpathway.screening.RecordBuilder.ASSESSED;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.assessment.Outcome;
import org.mscpathway.screening.assessment.UncountedResult;
import org.mscpathway.screening.record.AllergySeverity;
import org.mscpathway.screening.record.ConditionStatus;

/**
 * The ten realistic records a clinical reviewer tried on ruleset 2026.1, which called most of them ELIGIBLE: each
 * now gets the outcome a cautious clinician gives, for the rule that says why.
 */
class IssueElevenRecordsTest {

    @Test
    void tuberculosisRecordedInRemissionStillOnIsoniazidAndRifampicinIsIneligible() {
        Assessment assessment = full(RecordBuilder.completeMale(45)
                .condition("A15.0", ConditionStatus.REMISSION, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 1))
                .activeMedication("J04AC01").activeMedication("J04AB02"));

        assertThat(assessment.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(ruleIds(assessment)).contains("INF-TB-UNDER-TREATMENT");
    }

    @Test
    void activeSepticArthritisOfTheKneeToBeInjectedIsIneligible() {
        Assessment assessment = full(RecordBuilder.completeMale(60).activeCondition("M00.961"));

        assertRulesFired(assessment, Outcome.INELIGIBLE, "INF-BONE-JOINT");
    }

    @Test
    void activeMyelodysplasticSyndromeIsIneligible() {
        Assessment assessment = full(RecordBuilder.completeMale(70).activeCondition("D46.9"));

        assertRulesFired(assessment, Outcome.INELIGIBLE, "MAL-UNCERTAIN-BEHAVIOUR");
    }

    @Test
    void breastCancerCodedAsPersonalHistoryOnTamoxifenIsIneligible() {
        Assessment assessment = full(RecordBuilder.completeFemale(52)
                .condition("Z85.3", ConditionStatus.RESOLVED, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 8, 1))
                .activeMedication("L02BA01"));

        assertRulesFired(assessment, Outcome.INELIGIBLE, "MAL-ENDOCRINE-THERAPY", "MAL-HISTORY-RECENT");
    }

    @Test
    void positiveSerumHcgFollowedByANegativeUrineTestIsIneligible() {
        Assessment assessment = full(RecordBuilder.completeFemale(30).withoutLab("2106-3")
                .qualitative("2118-8", "positive", ASSESSED.minusDays(5))
                .qualitative("2106-3", "negative", ASSESSED.minusDays(2)));

        Evaluations.assertVerdict(assessment, Outcome.INELIGIBLE, Evaluations.fired(
                "PREG-HCG-POSITIVE", org.mscpathway.screening.assessment.Severity.ABSOLUTE, "LOINC 2118-8",
                "positive on 2026-11-20"));
    }

    @Test
    void serologyFrom2014AndAnUndatedWhiteCountAreIncomplete() {
        RecordBuilder record = RecordBuilder.completeMale(50);
        for (String loinc : List.of("56888-1", "5196-1", "16128-1", "20507-0")) {
            record.withoutLab(loinc).qualitative(loinc, "negative", LocalDate.of(2014, 5, 2));
        }
        Assessment assessment = full(record.withoutLab("6690-2").quantity("6690-2", 6.4, null));

        assertIncomplete(assessment,
                "LOINC 56888-1", "LOINC 5196-1", "LOINC 16128-1", "LOINC 20507-0", "LOINC 6690-2");
        assertThat(assessment.notCounted()).containsExactly(
                new UncountedResult("LOINC 56888-1", "older than 90 days"),
                new UncountedResult("LOINC 5196-1", "older than 90 days"),
                new UncountedResult("LOINC 16128-1", "older than 90 days"),
                new UncountedResult("LOINC 20507-0", "older than 90 days"),
                new UncountedResult("LOINC 6690-2", "undated"));
    }

    @Test
    void whiteCountOf2500PerMicrolitreNeedsAPhysician() {
        Assessment assessment = full(RecordBuilder.completeMale(50).withoutLab("6690-2")
                .quantity("6690-2", 2500, "/uL", RecordBuilder.LAB_DATE));

        assertRulesFired(assessment, Outcome.PHYSICIAN_REVIEW, "INF-IMMUNOSUPPRESSED");
    }

    @Test
    void haemophiliaWithPlatelets18OnWarfarinBeforeAKneeInjectionIsIneligible() {
        Assessment assessment = full(RecordBuilder.completeMale(40).activeCondition("D66").activeMedication("B01AA03")
                .lab("777-3", 18));

        assertRulesFired(assessment, Outcome.INELIGIBLE, "COAG-PLATELETS-SEVERE", "COAG-DEFECT",
                "COAG-ANTICOAGULANT-INTRA-ARTICULAR");
    }

    @Test
    void severeReactionToAPreviousMscInfusionIsIneligible() {
        Assessment assessment = full(RecordBuilder.completeMale(55)
                .allergy("previous MSC infusion", "hypotension and rigors", AllergySeverity.SEVERE));

        assertRulesFired(assessment, Outcome.INELIGIBLE, "ALG-COMPONENT-SEVERE", "ALG-PRIOR-ANAPHYLAXIS");
    }

    @Test
    void secondInfarctionEightWeeksAgoIsIneligible() {
        Assessment assessment = full(RecordBuilder.completeMale(66).lab("10230-1", 55)
                .condition("I22.1", ConditionStatus.ACTIVE, ASSESSED.minusWeeks(8), null));

        assertRulesFired(assessment, Outcome.INELIGIBLE, "CARD-RECENT-ACS");
    }
}
