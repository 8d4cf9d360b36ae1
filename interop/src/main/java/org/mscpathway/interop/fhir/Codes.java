package org.mscpathway.interop.fhir;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/** The code systems the import reads, and picking a coding of one of them out of a CodeableConcept. */
final class Codes {

    static final String LOINC = "http://loinc.org";
    static final String SNOMED = "http://snomed.info/sct";
    static final String ATC = "http://www.whocc.no/atc";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String CVX = "http://hl7.org/fhir/sid/cvx";
    /** The International Patient Summary's "absent or unknown" codes (no-known-allergies, ...). */
    static final String IPS_ABSENT = "http://hl7.org/fhir/uv/ips/CodeSystem/absent-unknown-uv-ips";
    static final String YES_NO = "http://terminology.hl7.org/CodeSystem/v2-0136";

    /** The shapes the evaluator's reader accepts (the same patterns, so a code that passes here passes there). */
    static final Pattern ICD10_SHAPE = Pattern.compile("[A-Za-z][0-9][0-9A-Za-z](\\.?[0-9A-Za-z]{1,4})?");
    static final Pattern ATC_SHAPE = Pattern.compile("[A-Za-z]([0-9]{2}([A-Za-z]([A-Za-z]([0-9]{2})?)?)?)?");
    static final Pattern LOINC_SHAPE = Pattern.compile("[0-9]{1,8}-[0-9]");

    private Codes() {
    }

    /**
     * ICD-10 and its national modifications: {@code http://hl7.org/fhir/sid/icd-10}, {@code ...icd-10-cm},
     * {@code http://fhir.de/CodeSystem/bfarm/icd-10-gm} and the like all carry "icd-10" in their system URI.
     */
    static boolean isIcd10(String system) {
        return system != null && system.toLowerCase(Locale.ROOT).contains("icd-10");
    }

    static List<Coding> codings(CodeableConcept concept, String system) {
        if (concept == null) {
            return List.of();
        }
        return concept.getCoding().stream()
                .filter(coding -> system.equals(coding.getSystem()) && coding.hasCode())
                .toList();
    }

    static Optional<String> code(CodeableConcept concept, String system) {
        return codings(concept, system).stream().map(Coding::getCode).findFirst();
    }

    /** What a table keyed by {@code system|code} says of the first coding of the concept it knows. */
    static <T> Optional<T> lookup(CodeableConcept concept, Map<String, T> bySystemAndCode) {
        return concept.getCoding().stream()
                .map(coding -> bySystemAndCode.get(coding.getSystem() + "|" + coding.getCode()))
                .filter(found -> found != null)
                .findFirst();
    }

    static boolean has(CodeableConcept concept, String system, String code) {
        return codings(concept, system).stream().anyMatch(coding -> code.equals(coding.getCode()));
    }

    /** What a person would call it: the concept's text, else the first display, else null. */
    static String name(CodeableConcept concept) {
        if (concept == null) {
            return null;
        }
        if (concept.hasText() && !concept.getText().isBlank()) {
            return concept.getText().trim();
        }
        return concept.getCoding().stream()
                .filter(coding -> coding.hasDisplay() && !coding.getDisplay().isBlank())
                .map(coding -> coding.getDisplay().trim())
                .findFirst()
                .orElse(null);
    }

    /** {@code system|code} of every coding, for a reason that says what was there. */
    static String describe(CodeableConcept concept) {
        if (concept == null || concept.getCoding().isEmpty()) {
            return concept != null && concept.hasText() ? "text only" : "no coding";
        }
        return String.join(", ", concept.getCoding().stream()
                .map(coding -> shortSystem(coding.getSystem()) + " " + coding.getCode())
                .toList());
    }

    private static String shortSystem(String system) {
        if (system == null) {
            return "(no system)";
        }
        return switch (system) {
            case LOINC -> "LOINC";
            case SNOMED -> "SNOMED CT";
            case ATC -> "ATC";
            case CVX -> "CVX";
            case "http://www.nlm.nih.gov/research/umls/rxnorm" -> "RxNorm";
            default -> isIcd10(system) ? "ICD-10" : system;
        };
    }
}
