package org.mscpathway.platform.ui.cases;

import static org.mscpathway.screening.catalogue.Threshold.CHILDBEARING_AGE_FROM_YEARS;
import static org.mscpathway.screening.catalogue.Threshold.CHILDBEARING_AGE_TO_YEARS;

import java.time.LocalDate;
import org.mscpathway.screening.Screening;
import org.mscpathway.screening.catalogue.Thresholds;
import org.mscpathway.screening.record.Patient;
import org.mscpathway.screening.record.Sex;
import org.mscpathway.workflow.pathway.CaseView;
import org.mscpathway.workflow.pathway.Rulesets;

/**
 * Whether the medical history asks about pregnancy and breastfeeding: where the case's ruleset needs them, as its
 * pregnancy rules read them (screening-core PregnancyRules; catalogue 2026.1 "female 12–55 y", kept by 2026.2):
 * of a patient not recorded as male (female, other or unknown sex) whose age lies within the ruleset's childbearing
 * ages ({@code pregnancy.childbearingAgeFromYears} to {@code …ToYears}, with the indication's overrides), or whose
 * age is unknown — the safer reading the rules take too, since a missed pregnancy cannot be undone. So a woman of 58
 * is not asked under the shipped thresholds, a woman of 40 is. A question already answered is always shown, so that
 * saving the form never drops a value entered before (e.g. before a birth date was corrected).
 */
final class PregnancyQuestion {

    private PregnancyQuestion() {
    }

    static boolean asked(CaseView c, Rulesets rulesets, LocalDate today) {
        boolean answered = c.medicalHistory() != null
                && (c.medicalHistory().pregnancy() != null || c.medicalHistory().lactating() != null);
        return answered || mayBePregnant(c, rulesets, today);
    }

    private static boolean mayBePregnant(CaseView c, Rulesets rulesets, LocalDate today) {
        Patient patient = c.patient();
        if (patient != null && patient.sex() == Sex.MALE) {
            return false;
        }
        int age = patient == null || patient.birthDate() == null || patient.birthDate().isAfter(today) ? -1
                : patient.ageOn(today);
        if (age < 0) {
            return true;
        }
        Screening ruleset = rulesets.version(c.rulesetVersion()).orElseGet(rulesets::current);
        Thresholds thresholds = ruleset.indication(c.indication())
                .map(profile -> ruleset.catalogue().thresholdsFor(profile))
                .orElseGet(() -> ruleset.catalogue().thresholds());
        return age >= thresholds.whole(CHILDBEARING_AGE_FROM_YEARS) && age <= thresholds.whole(CHILDBEARING_AGE_TO_YEARS);
    }
}
