package org.mscpathway.workflow.pathway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import org.mscpathway.screening.Screening;
import org.mscpathway.screening.json.InvalidRecordException;
import org.mscpathway.screening.json.PatientRecordReader;
import org.mscpathway.screening.record.PatientRecord;
import org.springframework.stereotype.Component;

/**
 * Turns a stored case into the evaluator's patient record: the sections entered so far, assessed today. The
 * sections were validated when they were submitted, so a failure here is a defect, not bad input.
 */
@Component
record CaseRecords(ObjectMapper json, Clock clock) {

    PatientRecord of(StoredCase stored, Screening screening) {
        return of(stored, screening, LocalDate.now(clock));
    }

    /** The record as it stood on a past day: time windows count from that day (a what-if of a closed case). */
    PatientRecord of(StoredCase stored, Screening screening, LocalDate assessmentDate) {
        ObjectNode record = json.createObjectNode();
        record.set("patient", stored.patient());
        record.put("indication", stored.indication());
        record.put("assessmentDate", assessmentDate.toString());
        put(record, "medicalHistory", stored.medicalHistory());
        put(record, "physicalExam", stored.physicalExam());
        if (stored.investigations() != null) {
            put(record, "observations", stored.investigations().get("observations"));
            put(record, "imaging", stored.investigations().get("imaging"));
        }
        try {
            return reader(screening).read(record);
        } catch (InvalidRecordException e) {
            throw new IllegalStateException("stored case " + stored.id() + " no longer reads as a patient record: "
                    + e.errors().size() + " invalid fields", e);
        }
    }

    PatientRecordReader reader(Screening screening) {
        return new PatientRecordReader(clock, screening);
    }

    private static void put(ObjectNode record, String field, JsonNode value) {
        if (value != null && !value.isNull()) {
            record.set(field, value);
        }
    }
}
