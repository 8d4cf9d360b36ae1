package org.mscpathway.interop.fhir;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Test Bundles written as FHIR JSON, and an import whose "today" is fixed. */
final class Bundles {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    static final BundleImport IMPORT = new BundleImport(CLOCK);

    static final String PATIENT = """
            {"resourceType": "Patient", "id": "p1",
             "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                             "system": "urn:oid:1.2.3", "value": "MRN-0042"},
                            {"system": "urn:national-id", "value": "NAT-999"}],
             "name": [{"family": "Doe", "given": ["Jane"]}], "gender": "female", "birthDate": "1968-04-12"}""";

    private Bundles() {
    }

    static String bundle(String... resources) {
        StringBuilder json = new StringBuilder("{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [");
        for (int i = 0; i < resources.length; i++) {
            json.append(i == 0 ? "" : ",").append("{\"resource\": ").append(resources[i]).append('}');
        }
        return json.append("]}").toString();
    }

    static ImportResult read(String... resources) {
        return IMPORT.read(bundle(resources), "knee-osteoarthritis");
    }

    /** An Observation of the patient: LOINC code, a value[x] JSON member, and its effective date. */
    static String observation(String id, String loinc, String value, String date) {
        return "{\"resourceType\": \"Observation\", \"id\": \"" + id + "\", \"status\": \"final\","
                + " \"code\": {\"coding\": [{\"system\": \"http://loinc.org\", \"code\": \"" + loinc + "\"}]},"
                + " \"subject\": {\"reference\": \"Patient/p1\"}"
                + (date == null ? "" : ", \"effectiveDateTime\": \"" + date + "\"")
                + (value == null ? "" : ", " + value) + "}";
    }

    static String quantity(double value, String ucum) {
        return "\"valueQuantity\": {\"value\": " + value + ", \"system\": \"http://unitsofmeasure.org\", \"code\": \""
                + ucum + "\"}";
    }

    /** A blood pressure panel (LOINC 85354-9): its systolic and diastolic components in mm[Hg], and its date. */
    static String bloodPressurePanel(int systolic, int diastolic, String date) {
        return """
                {"resourceType": "Observation", "id": "bp", "status": "final",
                 "code": {"coding": [{"system": "http://loinc.org", "code": "85354-9"}]}, "effectiveDateTime": "%s",
                 "component": [
                   {"code": {"coding": [{"system": "http://loinc.org", "code": "8480-6"}]},
                    "valueQuantity": {"value": %d, "system": "http://unitsofmeasure.org", "code": "mm[Hg]"}},
                   {"code": {"coding": [{"system": "http://loinc.org", "code": "8462-4"}]},
                    "valueQuantity": {"value": %d, "system": "http://unitsofmeasure.org", "code": "mm[Hg]"}}]}"""
                .formatted(date, systolic, diastolic);
    }

    static String condition(String id, String system, String code, String clinicalStatus, String extra) {
        return "{\"resourceType\": \"Condition\", \"id\": \"" + id + "\","
                + (clinicalStatus == null ? "" : " \"clinicalStatus\": {\"coding\": [{\"system\": "
                + "\"http://terminology.hl7.org/CodeSystem/condition-clinical\", \"code\": \"" + clinicalStatus + "\"}]},")
                + " \"code\": {\"coding\": [{\"system\": \"" + system + "\", \"code\": \"" + code + "\"}]},"
                + " \"subject\": {\"reference\": \"Patient/p1\"}" + (extra == null ? "" : ", " + extra) + "}";
    }

    static String medicationStatement(String id, String status, String atc, String extra) {
        return "{\"resourceType\": \"MedicationStatement\", \"id\": \"" + id + "\", \"status\": \"" + status + "\","
                + " \"medicationCodeableConcept\": {\"coding\": [{\"system\": \"http://www.whocc.no/atc\", \"code\": \""
                + atc + "\"}], \"text\": \"" + atc + " drug\"}, \"subject\": {\"reference\": \"Patient/p1\"}"
                + (extra == null ? "" : ", " + extra) + "}";
    }

    static String allergy(String id, String substanceJson, String extra) {
        return "{\"resourceType\": \"AllergyIntolerance\", \"id\": \"" + id + "\", \"code\": " + substanceJson
                + ", \"patient\": {\"reference\": \"Patient/p1\"}" + (extra == null ? "" : ", " + extra) + "}";
    }
}
