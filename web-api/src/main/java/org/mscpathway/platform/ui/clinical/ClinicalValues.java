package org.mscpathway.platform.ui.clinical;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mscpathway.platform.language.Sentences;
import org.mscpathway.platform.ui.FieldLabels;
import org.mscpathway.platform.ui.Labels;
import org.mscpathway.screening.Screening;
import org.mscpathway.screening.assessment.Evidence;
import org.mscpathway.screening.catalogue.Thresholds;
import org.mscpathway.screening.terminology.CodeSystem;
import org.mscpathway.screening.terminology.Terminology;
import org.mscpathway.workflow.pathway.CaseView;
import org.mscpathway.workflow.pathway.PlanChange;
import org.mscpathway.workflow.pathway.Rulesets;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The pages' way to clinical data in words ({@code @clinical}): the patient summary of the review page, a finding's
 * evidence, a plan change, the decision panel of the case page, all in the request's language.
 */
@Component("clinical")
public class ClinicalValues {

    private final MessageSource messages;
    private final Sentences sentences;
    private final Labels labels;
    private final Rulesets rulesets;
    private final FieldLabels fieldLabels;
    private final CodeNames names = new CodeNames(Terminology.shipped());

    ClinicalValues(MessageSource messages, Sentences sentences, Labels labels, Rulesets rulesets,
                   FieldLabels fieldLabels) {
        this.messages = messages;
        this.sentences = sentences;
        this.labels = labels;
        this.rulesets = rulesets;
        this.fieldLabels = fieldLabels;
    }

    /** Flagged by the limits of the ruleset the case is screened under, with its indication's overrides. */
    public PatientSummary summary(CaseView c) {
        return PatientSummary.of(c.medicalHistory(), c.physicalExam(), c.investigations(),
                new AbnormalValues(thresholds(c)), names, locale(), this::words);
    }

    public EvidenceLine evidence(Evidence evidence) {
        return EvidenceLine.of(evidence, names, locale(), this::words, sentences::of);
    }

    public String planChange(PlanChange change) {
        return PlanChangeText.of(change, this::words, labels::cells, sentences::of);
    }

    /**
     * What a rule of the catalogue reads, as the rules page lists it: the catalogue writes a field of the record
     * ({@code medicalHistory.conditions}) or a test, each with an optional condition ({@code LOINC 2106-3 (negative,
     * at most 14 days old, …)}); this is "Conditions (ICD-10-CM)" or "Pregnancy test (hCG), urine (LOINC 2106-3)
     * (negative, …)", the field named as on the step forms.
     */
    public String requiredData(String item) {
        Matcher required = REQUIRED.matcher(item);
        if (!required.matches()) {
            return item;
        }
        String what = required.group(1);
        String condition = required.group(2) == null ? "" : " (" + sentences.of(required.group(2)) + ")";
        if (what.startsWith("LOINC ")) {
            String loinc = what.substring("LOINC ".length());
            return names.name(CodeSystem.LOINC, loinc, locale())
                    .map(name -> CodeNames.beside(name, what, locale())).orElse(what) + condition;
        }
        String named = what.equals("imaging") ? words("clinical.evidence.imaging", new Object[] {""}).strip()
                : what.equals("patient.age") ? words("clinical.evidence.age", null)
                : fieldLabels.label(what);
        return named + condition;
    }

    private static final Pattern REQUIRED = Pattern.compile("(LOINC \\S+|\\S+)(?: \\((.+)\\))?");

    /** Null while no physician has decided (other than asking for plan changes). */
    public DecisionSummary decisionOf(CaseView c) {
        return DecisionSummary.of(c);
    }

    private Thresholds thresholds(CaseView c) {
        Screening screening = rulesets.version(c.rulesetVersion()).orElseGet(rulesets::current);
        return screening.indication(c.indication()).map(profile -> screening.catalogue().thresholdsFor(profile))
                .orElseGet(() -> screening.catalogue().thresholds());
    }

    /** A {@code value.*} key the bundle lacks (a code newer than the bundle) reads as the code itself. */
    private String words(String key, Object[] arguments) {
        String fallback = key.startsWith("value.") ? key.substring("value.".length()) : key;
        return messages.getMessage(key, arguments, fallback, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
