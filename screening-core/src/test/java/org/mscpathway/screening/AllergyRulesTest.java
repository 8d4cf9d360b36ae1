package org.mscpathway.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mscpathway.screening.Evaluations.assertAllergyPrecaution;
import static org.mscpathway.screening.Evaluations.assertFindings;
import static org.mscpathway.screening.Evaluations.assertIncomplete;
import static org.mscpathway.screening.Evaluations.assertVerdict;
import static org.mscpathway.screening.Evaluations.fired;
import static org.mscpathway.screening.Evaluations.full;
import static org.mscpathway.screening.Evaluations.severeComponentReaction;
import static org.mscpathway.screening.assessment.Severity.PRECAUTION;
import static org.mscpathway.screening.assessment.Severity.RELATIVE;
import static org.mscpathway.screening.record.AllergySeverity.MILD;
import static org.mscpathway.screening.record.AllergySeverity.MODERATE;
import static org.mscpathway.screening.record.AllergySeverity.SEVERE;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.assessment.Outcome;
import org.mscpathway.screening.assessment.PlanAdjustment;

class AllergyRulesTest {

    @Test
    void anaphylaxisToDmsoIsIneligible() {
        Assessment assessment = full(RecordBuilder.completeFemale(60).allergy("dimethyl sulfoxide", "anaphylaxis", SEVERE));

        assertVerdict(assessment, Outcome.INELIGIBLE,

                severeComponentReaction("dimethyl sulfoxide", "severe: anaphylaxis"));
    }

    @ParameterizedTest(name = "''{0}'' is a product component")
    @ValueSource(strings = {"DMSO", "Dimethyl Sulphoxide.", "dimethyl-sulfoxide", "fetal calf serum", "FBS",
        "bovine serum albumin", "beef", "human albumin", "Penicillin", "amoxicillin", "Co-Amoxiclav", "flucloxacillin",
        "piperacillin/tazobactam", "ampicillin", "streptomycin", "gentamicin", "tobramycin", "amikacin",
        "neomycin", "aminoglycosides", "dextran 40", "Dextran", "trypsin", "porcine insulin"})
    void allergyToAComponentItsSynonymOrItsClassIsMatched(String substance) {
        Assessment assessment = full(RecordBuilder.completeMale(50).allergy(substance, "urticaria", MODERATE));

        assertVerdict(assessment, Outcome.PHYSICIAN_REVIEW,
                fired("ALG-COMPONENT-MODERATE", RELATIVE, "allergy " + substance, "moderate: urticaria"));
    }

    @ParameterizedTest(name = "''{0}'' is not a product component")
    @ValueSource(strings = {"dextrose", "penicillamine", "cefalexin", "peanuts", "latex", "sulfonamides", "pig dander",
        "albuminuria test dye", "streptokinase"})
    void unrelatedSubstancesAreNotMatched(String substance) {
        Assessment assessment = full(RecordBuilder.completeMale(50).allergy(substance, "rash", MODERATE));

        assertThat(assessment.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(assessment.findings()).isEmpty();
    }

    @Test
    void mildPenicillinRashIsAPrecautionWithPremedicationAndObservation() {
        Assessment assessment = full(RecordBuilder.completeMale(55).allergy("penicillin", "rash", MILD));

        assertAllergyPrecaution(assessment,
                fired("ALG-COMPONENT-MILD", PRECAUTION, "allergy penicillin", "mild: rash"));
        assertThat(assessment.plan().monitoring()).contains("observation for 2 h after each administration");
        assertThat(assessment.plan().adjustments()).containsExactly(
                new PlanAdjustment("ALG-COMPONENT-MILD", "antihistamine premedication"),
                new PlanAdjustment("ALG-COMPONENT-MILD", "2 h observation"));
    }

    @Test
    void anaphylaxisToAnythingIsAPrecaution() {
        Assessment assessment = full(RecordBuilder.completeMale(55).allergy("peanuts", "Anaphylactic shock", SEVERE));

        assertAllergyPrecaution(assessment,
                fired("ALG-PRIOR-ANAPHYLAXIS", PRECAUTION, "allergy peanuts", "severe: Anaphylactic shock"));
    }

    @Test
    void anaphylaxisToAComponentIsSevereWhateverSeverityWasRecorded() {
        Assessment assessment = full(RecordBuilder.completeMale(55).allergy("gentamicin", "anaphylactoid reaction", MILD));

        assertVerdict(assessment, Outcome.INELIGIBLE,

                severeComponentReaction("gentamicin", "mild: anaphylactoid reaction"));
    }

    @Test
    void allergyWithoutReactionShowsItsSeverityAlone() {
        Assessment assessment = full(RecordBuilder.completeMale(55).allergy("streptomycin", null, SEVERE));

        assertFindings(assessment, severeComponentReaction("streptomycin", "severe"));
    }

    @Test
    void allergyHistoryNotAssessedIsMissing() {
        Assessment assessment = full(RecordBuilder.completeMale(55).allergiesNotAsked());

        assertIncomplete(assessment, "medicalHistory.allergies");
    }
}
