package org.mscpathway.workflow.pathway;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.mscpathway.screening.json.InvalidRecordException;
import org.mscpathway.screening.json.PatientRecordReader;
import org.mscpathway.screening.record.MedicalHistory;
import org.mscpathway.screening.record.ObservationValue;
import org.mscpathway.screening.record.Patient;
import org.mscpathway.screening.record.PhysicalExam;
import org.mscpathway.screening.record.QualitativeResult;

/**
 * The stored JSON sections of a case as typed values, for the case view. They were validated by the same reader
 * when they were submitted, so a failure here is a defect, not bad input (and its message names no value).
 */
final class CaseSections {

    private CaseSections() {
    }

    static Patient patient(StoredCase stored, PatientRecordReader reader) {
        return read(stored, () -> reader.readPatient(stored.patient()));
    }

    /** {@code null}: not entered yet. */
    static MedicalHistory medicalHistory(StoredCase stored, PatientRecordReader reader) {
        return entered(stored.medicalHistory()) ? read(stored, () -> reader.readMedicalHistory(stored.medicalHistory()))
                : null;
    }

    /** {@code null}: not entered yet. */
    static PhysicalExam physicalExam(StoredCase stored, PatientRecordReader reader) {
        return entered(stored.physicalExam()) ? read(stored, () -> reader.readPhysicalExam(stored.physicalExam()))
                : null;
    }

    /** {@code null}: not entered yet. */
    static Investigations investigations(StoredCase stored, PatientRecordReader reader) {
        JsonNode section = stored.investigations();
        if (!entered(section)) {
            return null;
        }
        return new Investigations(section.has("observations") ? observations(section.get("observations")) : null,
                section.has("imaging") ? read(stored, () -> reader.readImaging(section.get("imaging"))) : null);
    }

    /**
     * The results as typed. A value that is neither a number nor a qualitative result can only belong to a test the
     * evaluator does not read; the reader drops those, and so does the view.
     */
    private static List<EnteredObservation> observations(JsonNode array) {
        List<EnteredObservation> observations = new ArrayList<>();
        for (JsonNode item : array) {
            ObservationValue value = value(item.path("value"));
            if (value != null) {
                observations.add(new EnteredObservation(item.path("loinc").asText().trim(), value,
                        text(item.path("unit")), date(item.path("date"))));
            }
        }
        return observations;
    }

    private static ObservationValue value(JsonNode node) {
        if (node.isNumber()) {
            return new ObservationValue.Quantity(node.doubleValue());
        }
        if (node.isTextual()) {
            for (QualitativeResult result : QualitativeResult.values()) {
                if (result.name().equalsIgnoreCase(node.asText().trim())) {
                    return new ObservationValue.Qualitative(result);
                }
            }
        }
        return null;
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }

    private static LocalDate date(JsonNode node) {
        return text(node) == null ? null : LocalDate.parse(node.asText().trim());
    }

    private static boolean entered(JsonNode section) {
        return section != null && !section.isNull();
    }

    private static <T> T read(StoredCase stored, Supplier<T> section) {
        try {
            return section.get();
        } catch (InvalidRecordException e) {
            throw new IllegalStateException("stored case " + stored.id() + " no longer reads as a patient record: "
                    + e.errors().size() + " invalid fields", e);
        }
    }
}
