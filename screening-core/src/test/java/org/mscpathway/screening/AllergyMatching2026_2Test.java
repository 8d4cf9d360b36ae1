package org.mscpathway.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mscpathway.screening.Evaluations.assertAllergyPrecaution;
import static org.mscpathway.screening.Evaluations.assertAllergyRegimen;
import static org.mscpathway.screening.Evaluations.assertFindings;
import static org.mscpathway.screening.Evaluations.assertRulesFired;
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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.assessment.Outcome;

/**
 * Catalogue 2026.2: an allergy names a product component by brand or Chinese name (matched inside Chinese text,
 * which has no spaces), by its optional ATC code, or names the cell product itself.
 */
class AllergyMatching2026_2Test {

    @ParameterizedTest(name = "moderate reaction to ''{0}'' names a component")
    @ValueSource(strings = {"Amoxil", "AUGMENTIN", "augmentin duo", "阿莫西林", "青霉素", "对青霉素过敏", "青霉素G钠",
        "二甲基亚砜", "庆大霉素", "链霉素", "胎牛血清", "人血白蛋白", "右旋糖酐40", "胰蛋白酶", "Garamycin", "Plasbumin",
        "Domoso", "DMSO过敏"})
    void brandAndChineseNamesMatchTheirComponent(String substance) {
        Assessment assessment = full(RecordBuilder.completeMale(50).allergy(substance, "urticaria", MODERATE));

        assertVerdict(assessment, Outcome.PHYSICIAN_REVIEW,
                fired("ALG-COMPONENT-MODERATE", RELATIVE, "allergy " + substance, "moderate: urticaria"));
    }

    @ParameterizedTest(name = "''{0}'' names no component")
    @ValueSource(strings = {"头孢菌素", "阿司匹林", "花生", "Amoxilix", "葡萄糖"})
    void otherChineseAndSimilarNamesDoNotMatch(String substance) {
        assertThat(full(RecordBuilder.completeMale(50).allergy(substance, "rash", MODERATE)).findings()).isEmpty();
    }

    @ParameterizedTest(name = "ATC {0} → component: {1}")
    @CsvSource({"J01CA04, true", "J01CR02, true", "J01C, true", "J01GB03, true", "J01GA01, true", "J01, true",
        "B05AA01, true", "J01DB01, false", "J01FA10, false", "N02BE01, false"})
    void atcCodeOfTheAllergyMatchesByClass(String atc, boolean component) {
        Assessment assessment = full(RecordBuilder.completeMale(50).allergy("antibiotic from the ward", "hives", MODERATE, atc));

        assertThat(assessment.outcome()).isEqualTo(component ? Outcome.PHYSICIAN_REVIEW : Outcome.ELIGIBLE);
        if (component) {
            assertFindings(assessment, fired(
                    "ALG-COMPONENT-MODERATE", RELATIVE, "allergy antibiotic from the ward (ATC " + atc + ")", "moderate: hives"));
        }
    }

    @ParameterizedTest(name = "severe reaction to ''{0}'' excludes")
    @ValueSource(strings = {"umbilical cord MSC infusion", "mesenchymal stem cells", "previous stem cell therapy",
        "UC-MSC", "间充质干细胞", "干细胞回输", "CAR-T cells"})
    void severeReactionToAnEarlierCellProductIsAbsolute(String substance) {
        Assessment assessment = full(RecordBuilder.completeMale(50).allergy(substance, "fever and hypotension", SEVERE));

        assertVerdict(assessment, Outcome.INELIGIBLE,

                severeComponentReaction(substance, "severe: fever and hypotension"));
    }

    @Test
    void severeReactionToAnySubstanceIsAPrecautionWithPremedication() {
        Assessment assessment = full(RecordBuilder.completeMale(50).allergy("sulfamethoxazole", "Stevens-Johnson syndrome", SEVERE));

        assertAllergyPrecaution(assessment, fired("ALG-PRIOR-ANAPHYLAXIS", PRECAUTION, "allergy sulfamethoxazole",
                "severe: Stevens-Johnson syndrome"));
    }

    @Test
    void anaphylacticShockWrittenInChineseIsSevere() {
        Assessment assessment = full(RecordBuilder.completeMale(50).allergy("青霉素", "过敏性休克", MILD));

        assertRulesFired(assessment, Outcome.INELIGIBLE, "ALG-COMPONENT-SEVERE", "ALG-PRIOR-ANAPHYLAXIS");
    }

    @Test
    void moderateReactionToAComponentGetsPremedicationAndObservation() {
        Assessment assessment = full(RecordBuilder.completeMale(50).allergy("gentamicin", "hives", MODERATE));

        assertThat(assessment.outcome()).isEqualTo(Outcome.PHYSICIAN_REVIEW);
        assertAllergyRegimen(assessment.plan());
        assertThat(assessment.plan().adjustments()).extracting(a -> a.ruleId() + ": " + a.change()).containsExactly(
                "ALG-COMPONENT-MODERATE: antihistamine premedication", "ALG-COMPONENT-MODERATE: 2 h observation");
    }
}
