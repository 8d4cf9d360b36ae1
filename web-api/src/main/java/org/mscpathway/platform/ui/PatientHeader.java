package org.mscpathway.platform.ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;

/** The patient line on top of a case: MRN, age, sex, weight and height (pages need sign-in, the MRN with them). */
public record PatientHeader(String reference, String birthDate, Integer age, String sex, String weightKg, String heightCm) {

    public static PatientHeader of(JsonNode patient, LocalDate today) {
        String birthDate = patient.path("birthDate").asText("");
        return new PatientHeader(patient.path("reference").asText(""), birthDate, age(birthDate, today),
                patient.path("sex").asText(""), text(patient.get("weightKg")), text(patient.get("heightCm")));
    }

    private static Integer age(String birthDate, LocalDate today) {
        try {
            return Period.between(LocalDate.parse(birthDate), today).getYears();
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "" : node.asText();
    }
}
