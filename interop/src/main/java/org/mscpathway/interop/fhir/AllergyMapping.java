package org.mscpathway.interop.fhir;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.AllergyIntolerance.AllergyIntoleranceReactionComponent;
import org.hl7.fhir.r4.model.CodeableConcept;

/**
 * AllergyIntolerance → {@code medicalHistory.allergies[]}: the substance's name (text or display), its ATC coding
 * when it has one, the reactions, and a severity of mild, moderate or severe.
 */
final class AllergyMapping {

    /** "No known allergy" (SNOMED CT 716186003) and the IPS's no-known-allergies: the list is stated empty. */
    private static final Set<String> NO_KNOWN_ALLERGY_SNOMED = Set.of("716186003");
    /** "No known drug allergy" says nothing of bovine serum, DMSO or trypsin, which are product components too. */
    private static final Set<String> NO_KNOWN_DRUG_ALLERGY_SNOMED = Set.of("409137002");
    /** Anaphylaxis (SNOMED CT 39579001) and anaphylactic shock (SNOMED CT 35001004) are severe reactions. */
    private static final Set<String> ANAPHYLAXIS_SNOMED = Set.of("39579001", "35001004");

    private AllergyMapping() {
    }

    /** Whether the resource states that the patient has no known allergies at all. */
    static boolean statesNoKnownAllergies(AllergyIntolerance allergy) {
        CodeableConcept code = allergy.getCode();
        return NO_KNOWN_ALLERGY_SNOMED.stream().anyMatch(snomed -> Codes.has(code, Codes.SNOMED, snomed))
                || Codes.has(code, Codes.IPS_ABSENT, "no-known-allergies");
    }

    static Optional<ObjectNode> map(AllergyIntolerance allergy, ImportContext context) {
        if (context.refuted(allergy, allergy.getVerificationStatus(),
                "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "an allergy")) {
            return Optional.empty();
        }
        CodeableConcept code = allergy.getCode();
        if (NO_KNOWN_DRUG_ALLERGY_SNOMED.stream().anyMatch(snomed -> Codes.has(code, Codes.SNOMED, snomed))
                || Codes.has(code, Codes.IPS_ABSENT, "no-known-medication-allergies")) {
            context.unmapped(allergy, "code", "'no known drug allergy' does not cover the product's other components "
                    + "(bovine serum, DMSO, trypsin, dextran, albumin): ask about allergies of any kind");
            return Optional.empty();
        }
        String substance = Codes.name(code);
        if (substance == null) {
            context.unmapped(allergy, "code", "names no substance (" + Codes.describe(code) + ")");
            return Optional.empty();
        }
        ObjectNode json = JsonNodeFactory.instance.objectNode().put("substance", substance);
        Codes.codings(code, Codes.ATC).stream()
                .map(coding -> coding.getCode().trim())
                .filter(atc -> Codes.ATC_SHAPE.matcher(atc).matches())
                .findFirst()
                .ifPresent(atc -> json.put("atc", atc));
        String reactions = allergy.getReaction().stream()
                .flatMap(reaction -> reaction.getManifestation().stream())
                .map(Codes::name)
                .filter(name -> name != null)
                .distinct()
                .collect(Collectors.joining(", "));
        if (!reactions.isEmpty()) {
            json.put("reaction", reactions);
        }
        json.put("severity", severity(allergy, context));
        return Optional.of(json);
    }

    /**
     * The worst reaction's severity; anaphylaxis is severe whatever it says. With no reaction severity the
     * criticality stands in for it (high → severe, low → mild); with neither, the reaction is read as moderate, so
     * a physician reviews it, and that reading is reported.
     */
    private static String severity(AllergyIntolerance allergy, ImportContext context) {
        List<AllergyIntoleranceReactionComponent> reactions = allergy.getReaction();
        boolean anaphylaxis = reactions.stream().flatMap(reaction -> reaction.getManifestation().stream())
                .anyMatch(manifestation -> ANAPHYLAXIS_SNOMED.stream()
                        .anyMatch(snomed -> Codes.has(manifestation, Codes.SNOMED, snomed)));
        if (anaphylaxis) {
            return "severe";
        }
        Optional<String> worst = reactions.stream()
                .filter(AllergyIntoleranceReactionComponent::hasSeverity)
                .map(reaction -> reaction.getSeverity().toCode())
                .max((a, b) -> Integer.compare(rank(a), rank(b)));
        if (worst.isPresent()) {
            return worst.get();
        }
        if (allergy.hasCriticality()) {
            switch (allergy.getCriticality()) {
                case HIGH:
                    return "severe";
                case LOW:
                    return "mild";
                default:
                    break;
            }
        }
        context.unmapped(allergy, "reaction.severity", "neither a reaction severity nor a criticality is stated: "
                + "read as moderate, so that a physician reviews it; correct it if known");
        return "moderate";
    }

    private static int rank(String severity) {
        return switch (severity) {
            case "severe" -> 3;
            case "moderate" -> 2;
            default -> 1;
        };
    }
}
