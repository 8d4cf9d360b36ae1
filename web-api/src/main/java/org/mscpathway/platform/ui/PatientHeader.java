package org.mscpathway.platform.ui;

import java.time.LocalDate;
import java.util.Objects;
import org.mscpathway.platform.cases.EnteredJson;
import org.mscpathway.screening.record.Patient;

/** The patient line on top of a case: MRN, age, sex, weight and height (pages need sign-in, the MRN with them). */
public record PatientHeader(String reference, String birthDate, Integer age, String sex, String weightKg, String heightCm) {

    public static PatientHeader of(Patient patient, LocalDate today) {
        int age = patient.ageOn(today);
        return new PatientHeader(Objects.requireNonNullElse(patient.reference(), ""),
                patient.birthDate() == null ? "" : patient.birthDate().toString(), age < 0 ? null : age,
                EnteredJson.spelling(patient.sex()), text(patient.weightKg()), text(patient.heightCm()));
    }

    private static String text(Double value) {
        return value == null ? "" : EnteredJson.number(value);
    }
}
