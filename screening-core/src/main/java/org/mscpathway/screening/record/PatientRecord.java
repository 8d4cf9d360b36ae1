package org.mscpathway.screening.record;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything known about one patient at one point of the pathway: the input of the evaluator.
 * Any section may be {@code null} while the case is still collecting data; a {@code null} list of observations
 * or imaging means "none entered yet".
 */
public record PatientRecord(Patient patient, String indication, LocalDate assessmentDate,
                            MedicalHistory medicalHistory, PhysicalExam physicalExam,
                            List<Observation> observations, List<Imaging> imaging) {

    public PatientRecord {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(indication, "indication");
        Objects.requireNonNull(assessmentDate, "assessmentDate");
        observations = observations == null ? null : List.copyOf(observations);
        imaging = imaging == null ? null : List.copyOf(imaging);
    }

    @Override
    public String toString() {
        return "PatientRecord[indication=" + indication + ", assessmentDate=" + assessmentDate + "]";
    }
}
