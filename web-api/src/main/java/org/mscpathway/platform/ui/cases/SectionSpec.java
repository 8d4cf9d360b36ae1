package org.mscpathway.platform.ui.cases;

import java.util.List;

/**
 * The fields of one form section as they appear in the patient record JSON: the section's path in the record (the
 * prefix of the pathway's error paths), its single fields and its repeatable lists of rows.
 */
record SectionSpec(String path, List<Field> fields, List<ListOf> lists) {

    /** How a form's text becomes JSON: numbers and booleans are sent as such when they read as one. */
    enum Kind { TEXT, NUMBER, BOOLEAN }

    record Field(String key, Kind kind) {
    }

    /** A repeatable list; {@code none} ticked with no rows sends {@code []} ("none known"), else it is absent. */
    record ListOf(String key, List<Field> fields) {
    }

    static Field text(String key) {
        return new Field(key, Kind.TEXT);
    }

    static Field number(String key) {
        return new Field(key, Kind.NUMBER);
    }

    static Field bool(String key) {
        return new Field(key, Kind.BOOLEAN);
    }

    static final SectionSpec PATIENT = new SectionSpec("patient", List.of(text("reference"), text("birthDate"),
            text("sex"), number("weightKg"), number("heightCm")), List.of());

    static final SectionSpec MEDICAL_HISTORY = new SectionSpec("medicalHistory",
            List.of(text("pregnancy"), bool("lactating")),
            List.of(new ListOf("conditions", List.of(text("icd10"), text("status"), text("onset"), text("abatement"))),
                    new ListOf("medications", List.of(text("atc"), text("name"), text("status"), text("end"))),
                    new ListOf("allergies", List.of(text("substance"), text("atc"), text("reaction"), text("severity")))));

    static final SectionSpec PHYSICAL_EXAM = new SectionSpec("physicalExam",
            List.of(number("temperatureC"), number("heartRateBpm"), number("systolicMmHg"), number("diastolicMmHg"),
                    number("spo2Percent"), number("nyhaClass"), number("ecog")), List.of());

    /** Lab results and imaging live at the record's top level, so their errors are {@code observations[0].value}. */
    static final SectionSpec INVESTIGATIONS = new SectionSpec("", List.of(),
            List.of(new ListOf("observations", List.of(text("loinc"), number("value"), text("unit"), text("date"))),
                    new ListOf("imaging", List.of(text("modality"), text("bodySite"), text("date"),
                            text("conclusion"), bool("suspectedMalignancy")))));
}
