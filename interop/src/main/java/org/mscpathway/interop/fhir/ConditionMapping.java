package org.mscpathway.interop.fhir;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Optional;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;

/**
 * Condition → {@code medicalHistory.conditions[]}: the ICD-10 coding as it is (national extensions included),
 * else a SNOMED CT coding from {@link ConditionCodes}; clinical status, onset and abatement dates.
 */
final class ConditionMapping {

    private ConditionMapping() {
    }

    /** The record's condition, or empty when it is reported as unmapped. */
    static Optional<ObjectNode> map(Condition condition, ImportContext context) {
        if (context.refuted(condition, condition.getVerificationStatus(),
                "http://terminology.hl7.org/CodeSystem/condition-ver-status", "a diagnosis")) {
            return Optional.empty();
        }
        Optional<String> icd10 = icd10(condition.getCode());
        if (icd10.isEmpty()) {
            context.unmapped(condition, "code", "no ICD-10 coding and no SNOMED CT coding the catalogue reads ("
                    + Codes.describe(condition.getCode()) + ")");
            return Optional.empty();
        }
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("icd10", icd10.get());
        json.put("status", status(condition));
        date(condition.hasOnsetDateTimeType() ? condition.getOnsetDateTimeType()
                : condition.hasOnsetPeriod() ? condition.getOnsetPeriod().getStartElement() : null)
                .ifPresent(day -> json.put("onset", day.toString()));
        if (condition.hasOnset() && !json.has("onset")) {
            context.unmapped(condition, "onset[x]", "only a date or a period start is read as the onset");
        }
        date(condition.hasAbatementDateTimeType() ? condition.getAbatementDateTimeType()
                : condition.hasAbatementPeriod() ? condition.getAbatementPeriod().getEndElement() : null)
                .ifPresent(day -> json.put("abatement", day.toString()));
        if (condition.hasAbatement() && !json.has("abatement")) {
            context.unmapped(condition, "abatement[x]", "only a date or a period end is read as the abatement");
        }
        return Optional.of(json);
    }

    /** Whether the condition says the patient is pregnant now (SNOMED CT 77386006 or ICD-10 Z33.1, active). */
    static boolean isCurrentPregnancy(Condition condition) {
        boolean pregnancy = Codes.has(condition.getCode(), Codes.SNOMED, ConditionCodes.SNOMED_PREGNANCY)
                || condition.getCode().getCoding().stream()
                .anyMatch(coding -> Codes.isIcd10(coding.getSystem()) && "Z33.1".equals(coding.getCode()));
        return pregnancy && status(condition).equals("active") && !condition.hasAbatement();
    }

    private static Optional<String> icd10(CodeableConcept code) {
        Optional<String> icd10 = code.getCoding().stream()
                .filter(coding -> Codes.isIcd10(coding.getSystem()) && coding.hasCode())
                .map(Coding::getCode)
                .map(String::trim)
                .filter(value -> Codes.ICD10_SHAPE.matcher(value).matches())
                .findFirst();
        if (icd10.isPresent()) {
            return icd10;
        }
        return Codes.codings(code, Codes.SNOMED).stream()
                .map(coding -> ConditionCodes.icd10ForSnomed(coding.getCode()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /**
     * active | recurrence | remission | resolved. "relapse" is a recurrence; "inactive" (the parent of remission
     * and resolved) is read as remission, the more cautious of the two; no status at all is read as active unless
     * an abatement is recorded, because an unqualified diagnosis on a problem list is a current one.
     */
    private static String status(Condition condition) {
        String status = Codes.code(condition.getClinicalStatus(),
                "http://terminology.hl7.org/CodeSystem/condition-clinical").orElse("");
        return switch (status) {
            case "active", "recurrence", "remission", "resolved" -> status;
            case "relapse" -> "recurrence";
            case "inactive" -> "remission";
            default -> condition.hasAbatement() ? "resolved" : "active";
        };
    }

    private static Optional<LocalDate> date(BaseDateTimeType value) {
        return Optional.ofNullable(FhirDates.latestDay(value));
    }
}
