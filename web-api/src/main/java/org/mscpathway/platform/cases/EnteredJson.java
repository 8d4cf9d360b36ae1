package org.mscpathway.platform.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.mscpathway.screening.record.Allergy;
import org.mscpathway.screening.record.Condition;
import org.mscpathway.screening.record.Imaging;
import org.mscpathway.screening.record.MedicalHistory;
import org.mscpathway.screening.record.Medication;
import org.mscpathway.screening.record.ObservationValue;
import org.mscpathway.screening.record.Patient;
import org.mscpathway.screening.record.PhysicalExam;
import org.mscpathway.workflow.pathway.EnteredObservation;
import org.mscpathway.workflow.pathway.Investigations;

/**
 * A case's sections written back in the patient record's JSON, the shape they were entered in (the API's case
 * answer, the step forms): codes spelled as the record spells them ({@code not-pregnant}), dates as ISO days, a
 * whole number without a decimal point, and a component that was not entered left out. A section not entered yet
 * is {@code null}.
 */
public final class EnteredJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EnteredJson() {
    }

    public static JsonNode patient(Patient patient) {
        return section(patient, EnteredJson::patientFields);
    }

    private static void patientFields(ObjectNode node, Patient patient) {
        text(node, "reference", patient.reference());
        date(node, "birthDate", patient.birthDate());
        text(node, "sex", spelling(patient.sex()));
        number(node, "weightKg", patient.weightKg());
        number(node, "heightCm", patient.heightCm());
    }

    public static JsonNode medicalHistory(MedicalHistory history) {
        return section(history, EnteredJson::medicalHistoryFields);
    }

    private static void medicalHistoryFields(ObjectNode node, MedicalHistory history) {
        list(node, "conditions", history.conditions(), EnteredJson::condition);
        list(node, "medications", history.medications(), EnteredJson::medication);
        list(node, "allergies", history.allergies(), EnteredJson::allergy);
        text(node, "pregnancy", spelling(history.pregnancy()));
        if (history.lactating() != null) {
            node.put("lactating", history.lactating());
        }
    }

    public static JsonNode physicalExam(PhysicalExam exam) {
        return section(exam, EnteredJson::physicalExamFields);
    }

    private static void physicalExamFields(ObjectNode node, PhysicalExam exam) {
        number(node, "temperatureC", exam.temperatureC());
        number(node, "heartRateBpm", exam.heartRateBpm());
        number(node, "systolicMmHg", exam.systolicMmHg());
        number(node, "diastolicMmHg", exam.diastolicMmHg());
        number(node, "spo2Percent", exam.spo2Percent());
        number(node, "nyhaClass", exam.nyhaClass());
        number(node, "ecog", exam.ecog());
    }

    public static JsonNode investigations(Investigations investigations) {
        return section(investigations, EnteredJson::investigationsFields);
    }

    private static void investigationsFields(ObjectNode node, Investigations investigations) {
        list(node, "observations", investigations.observations(), EnteredJson::observation);
        list(node, "imaging", investigations.imaging(), EnteredJson::imaging);
    }

    /** How the patient record spells a code: {@code not-pregnant}, {@code active}; null stays null. */
    public static String spelling(Enum<?> code) {
        return code == null ? null : code.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A number as it was typed: {@code 70}, not {@code 70.0}; null stays null. */
    public static String number(Number value) {
        JsonNode node = numberNode(value);
        return node == null ? null : node.asText();
    }

    private static void condition(ObjectNode node, Condition condition) {
        text(node, "icd10", condition.icd10());
        text(node, "status", spelling(condition.status()));
        date(node, "onset", condition.onset());
        date(node, "abatement", condition.abatement());
    }

    private static void medication(ObjectNode node, Medication medication) {
        text(node, "atc", medication.atc());
        text(node, "name", medication.name());
        text(node, "status", spelling(medication.status()));
        date(node, "end", medication.end());
    }

    private static void allergy(ObjectNode node, Allergy allergy) {
        text(node, "substance", allergy.substance());
        text(node, "reaction", allergy.reaction());
        text(node, "severity", spelling(allergy.severity()));
        text(node, "atc", allergy.atc());
    }

    private static void observation(ObjectNode node, EnteredObservation observation) {
        text(node, "loinc", observation.loinc());
        if (observation.value() instanceof ObservationValue.Quantity quantity) {
            node.set("value", numberNode(quantity.value()));
        } else {
            node.put("value", observation.value().toString());
        }
        text(node, "unit", observation.unit());
        date(node, "date", observation.date());
    }

    private static void imaging(ObjectNode node, Imaging imaging) {
        text(node, "modality", imaging.modality());
        text(node, "bodySite", imaging.bodySite());
        date(node, "date", imaging.date());
        text(node, "conclusion", imaging.conclusion());
        if (imaging.suspectedMalignancy() != null) {
            node.put("suspectedMalignancy", imaging.suspectedMalignancy());
        }
    }

    private static <T> JsonNode section(T section, BiConsumer<ObjectNode, T> write) {
        if (section == null) {
            return null;
        }
        ObjectNode node = NODES.objectNode();
        write.accept(node, section);
        return node;
    }

    /** A {@code null} list was not asked (left out); an empty one was asked: none. */
    private static <T> void list(ObjectNode node, String name, List<T> items, BiConsumer<ObjectNode, T> write) {
        if (items == null) {
            return;
        }
        ArrayNode array = node.putArray(name);
        for (T item : items) {
            write.accept(array.addObject(), item);
        }
    }

    private static void text(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static void date(ObjectNode node, String name, LocalDate value) {
        if (value != null) {
            node.put(name, value.toString());
        }
    }

    private static void number(ObjectNode node, String name, Number value) {
        JsonNode number = numberNode(value);
        if (number != null) {
            node.set(name, number);
        }
    }

    private static JsonNode numberNode(Number value) {
        if (value == null) {
            return null;
        }
        double d = value.doubleValue();
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? NODES.numberNode((long) d) : NODES.numberNode(d);
    }
}
