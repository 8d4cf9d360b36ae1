package org.mscpathway.platform.interop;

import java.time.LocalDate;

/** FHIR R4 Bundles as an EHR sends them, dated relative to today. */
public final class FhirBundles {

    private FhirBundles() {
    }

    public static String patient(String mrn, String gender, String birthDate) {
        return """
                {"resourceType": "Patient", "id": "p1",
                 "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                                 "value": "%s"}],
                 "name": [{"family": "Doe"}], "gender": "%s", "birthDate": "%s"}""".formatted(mrn, gender, birthDate);
    }

    public static String bundle(String... resources) {
        StringBuilder json = new StringBuilder("{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [");
        for (int i = 0; i < resources.length; i++) {
            json.append(i == 0 ? "" : ",").append("{\"resource\": ").append(resources[i]).append('}');
        }
        return json.append("]}").toString();
    }

    public static String daysAgo(int days) {
        return LocalDate.now().minusDays(days).toString();
    }

    /** A male patient's screening data: problem list, no medications, no known allergies, vital signs, serology. */
    public static String maleScreening(String mrn) {
        return bundle(patient(mrn, "male", "1968-04-12"),
                """
                {"resourceType": "Condition", "id": "oa",
                 "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
                 "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "M17.11"}]},
                 "subject": {"reference": "Patient/p1"}}""",
                """
                {"resourceType": "AllergyIntolerance", "id": "nka",
                 "code": {"coding": [{"system": "http://snomed.info/sct", "code": "716186003"}]},
                 "patient": {"reference": "Patient/p1"}}""",
                """
                {"resourceType": "MedicationStatement", "id": "none", "status": "active",
                 "medicationCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/uv/ips/CodeSystem/absent-unknown-uv-ips",
                   "code": "no-known-medications"}]}, "subject": {"reference": "Patient/p1"}}""",
                observation("t", "8310-5", quantity(36.8, "Cel"), daysAgo(1)),
                observation("w", "29463-7", quantity(80, "kg"), daysAgo(1)),
                observation("hiv", "56888-1", negative(), daysAgo(7)),
                observation("hbs", "5196-1", negative(), daysAgo(7)),
                observation("hcv", "16128-1", negative(), daysAgo(7)),
                observation("wbc", "6690-2", quantity(6.4, "10*3/uL"), daysAgo(7)));
    }

    public static String observation(String id, String loinc, String value, String date) {
        return "{\"resourceType\": \"Observation\", \"id\": \"" + id + "\", \"status\": \"final\","
                + " \"code\": {\"coding\": [{\"system\": \"http://loinc.org\", \"code\": \"" + loinc + "\"}]},"
                + " \"subject\": {\"reference\": \"Patient/p1\"}, \"effectiveDateTime\": \"" + date + "\", " + value + "}";
    }

    public static String quantity(double value, String ucum) {
        return "\"valueQuantity\": {\"value\": " + value + ", \"system\": \"http://unitsofmeasure.org\", \"code\": \""
                + ucum + "\"}";
    }

    public static String negative() {
        return "\"valueCodeableConcept\": {\"coding\": [{\"system\": \"http://snomed.info/sct\", \"code\": \"260385009\"}]}";
    }

    public static String positive() {
        return "\"valueCodeableConcept\": {\"coding\": [{\"system\": \"http://snomed.info/sct\", \"code\": \"10828004\"}]}";
    }
}
