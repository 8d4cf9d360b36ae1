package org.mscpathway.workflow.pathway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.mscpathway.workflow.pathway.InvalidCaseDataException.FieldError;

/**
 * The fields of the design's patient record that a case stores, with the longest text each may hold. What is
 * stored is what was validated: a field not listed here is dropped (it would otherwise reach the patient record and
 * every board as sent), a text over its cap is refused naming the field, never its value.
 */
sealed interface SectionShape {

    /** A scalar (text, number, boolean); a text longer than {@code maxLength} is refused. */
    record Scalar(int maxLength) implements SectionShape {
    }

    record Fields(Map<String, SectionShape> fields) implements SectionShape {
    }

    record ListOf(SectionShape item) implements SectionShape {
    }

    Scalar CODE = new Scalar(32);
    Scalar WORD = new Scalar(64);
    Scalar NAME = new Scalar(200);

    SectionShape PATIENT = new Fields(Map.of("reference", WORD, "birthDate", WORD, "sex", WORD, "weightKg", WORD,
            "heightCm", WORD));

    SectionShape MEDICAL_HISTORY = new Fields(Map.of(
            "conditions", new ListOf(new Fields(Map.of("icd10", CODE, "status", WORD, "onset", WORD,
                    "abatement", WORD))),
            "medications", new ListOf(new Fields(Map.of("atc", CODE, "name", NAME, "status", WORD, "end", WORD))),
            "allergies", new ListOf(new Fields(Map.of("substance", NAME, "reaction", NAME, "severity", WORD,
                    "atc", CODE))),
            "pregnancy", WORD, "lactating", WORD));

    SectionShape PHYSICAL_EXAM = new Fields(Map.of("temperatureC", WORD, "heartRateBpm", WORD, "systolicMmHg", WORD,
            "diastolicMmHg", WORD, "spo2Percent", WORD, "nyhaClass", WORD, "ecog", WORD));

    SectionShape INVESTIGATIONS = new Fields(Map.of(
            "observations", new ListOf(new Fields(Map.of("loinc", CODE, "value", WORD, "unit", CODE, "date", WORD))),
            "imaging", new ListOf(new Fields(Map.of("modality", WORD, "bodySite", NAME, "date", WORD,
                    "conclusion", new Scalar(2000), "suspectedMalignancy", WORD)))));

    /** The part of {@code node} this shape keeps; a text over its cap is added to {@code errors} under its path. */
    static JsonNode keep(SectionShape shape, JsonNode node, String path, List<FieldError> errors) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return node;
        }
        if (shape instanceof Fields fields) {
            ObjectNode kept = JsonNodeFactory.instance.objectNode();
            fields.fields().forEach((name, field) -> {
                if (node.has(name)) {
                    kept.set(name, keep(field, node.get(name), join(path, name), errors));
                }
            });
            return kept;
        }
        if (shape instanceof ListOf list) {
            ArrayNode kept = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < node.size(); i++) {
                kept.add(keep(list.item(), node.get(i), path + "[" + i + "]", errors));
            }
            return kept;
        }
        int maxLength = ((Scalar) shape).maxLength();
        if (node.isTextual() && node.asText().length() > maxLength) {
            errors.add(new FieldError(path, "must be at most " + maxLength + " characters"));
        }
        return node;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
