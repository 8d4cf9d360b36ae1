package org.mscpathway.platform.ui.clinical;

import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mscpathway.screening.assessment.Evidence;
import org.mscpathway.screening.terminology.CodeSystem;

/**
 * A finding's evidence as a person reads it: screening-core writes {@code ("LOINC 6690-2", "2.5 10*9/L on
 * 2026-11-20")} or {@code ("medicalHistory.pregnancy", "pregnant")}; this is ("Leukocytes (white blood cell count)
 * (LOINC 6690-2)", "2.5 ×10⁹/L on 2026-11-20") and ("Pregnancy", "pregnant"), in the reader's language.
 */
public record EvidenceLine(String label, String value) {

    private static final Pattern CODED = Pattern.compile("(LOINC|condition|medication) (\\S+)");
    private static final Pattern ALLERGY = Pattern.compile("allergy (.+?)(?: \\(ATC (\\S+)\\))?");
    private static final Pattern IMAGING = Pattern.compile("imaging(?: (.+))?");

    /**
     * @param words a bundle key (with arguments) in the reader's language
     * @param sentences screening-core's English sentence in the reader's language
     */
    static EvidenceLine of(Evidence evidence, CodeNames names, Locale locale,
                           BiFunction<String, Object[], String> words, UnaryOperator<String> sentences) {
        String item = evidence.item();
        String value = sentences.apply(Units.readableIn(evidence.value()));
        Matcher coded = CODED.matcher(item);
        if (coded.matches()) {
            CodeSystem system = switch (coded.group(1)) {
                case "LOINC" -> CodeSystem.LOINC;
                case "condition" -> CodeSystem.ICD_10;
                default -> CodeSystem.ATC;
            };
            String code = system == CodeSystem.LOINC ? "LOINC " + coded.group(2) : coded.group(2);
            return new EvidenceLine(names.name(system, coded.group(2), locale)
                    .map(name -> CodeNames.beside(name, code, locale)).orElse(item), value);
        }
        Matcher allergy = ALLERGY.matcher(item);
        if (allergy.matches()) {
            String substance = allergy.group(2) == null ? allergy.group(1)
                    : CodeNames.beside(allergy.group(1), allergy.group(2), locale);
            return new EvidenceLine(words.apply("clinical.evidence.allergy", new Object[] {substance}), value);
        }
        Matcher imaging = IMAGING.matcher(item);
        if (imaging.matches()) {
            return new EvidenceLine(words.apply("clinical.evidence.imaging",
                    new Object[] {imaging.group(1) == null ? "" : imaging.group(1)}).strip(), value);
        }
        return switch (item) {
            case "medicalHistory.pregnancy" -> new EvidenceLine(words.apply("case.pregnancy", null),
                    words.apply("value." + evidence.value(), null));
            case "medicalHistory.lactating" -> new EvidenceLine(words.apply("case.lactating", null),
                    words.apply("true".equals(evidence.value()) ? "case.yes" : "case.no", null));
            case "patient.age" -> new EvidenceLine(words.apply("clinical.evidence.age", null), value);
            default -> item.startsWith("physicalExam.")
                    ? new EvidenceLine(words.apply("exam." + item.substring("physicalExam.".length()), null), value)
                    : new EvidenceLine(item, value);
        };
    }
}
