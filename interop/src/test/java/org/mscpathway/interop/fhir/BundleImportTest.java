package org.mscpathway.interop.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mscpathway.interop.fhir.Bundles.PATIENT;
import static org.mscpathway.interop.fhir.Bundles.allergy;
import static org.mscpathway.interop.fhir.Bundles.bloodPressurePanel;
import static org.mscpathway.interop.fhir.Bundles.condition;
import static org.mscpathway.interop.fhir.Bundles.medicationStatement;
import static org.mscpathway.interop.fhir.Bundles.observation;
import static org.mscpathway.interop.fhir.Bundles.quantity;
import static org.mscpathway.interop.fhir.Bundles.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class BundleImportTest {

    private static final String ICD10_CM = "http://hl7.org/fhir/sid/icd-10-cm";
    private static final String SNOMED = "http://snomed.info/sct";

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void patientGivesTheMedicalRecordNumberBirthDateAndSexAndNothingThatNamesThePerson() throws Exception {
        ImportResult result = read(PATIENT);

        assertThat(result.record()).isEqualTo(json("""
                {"patient": {"reference": "MRN-0042", "birthDate": "1968-04-12", "sex": "female"},
                 "indication": "knee-osteoarthritis"}"""));
        assertThat(result.unmapped()).containsExactly(new Unmapped("Patient/p1", "name, telecom, address, contact",
                "identifying data the screening does not use: it stays in the EHR"));
        assertThat(result.sourceOf("patient.birthDate")).contains("Patient/p1");
    }

    @Test
    void icd10CodingsAreReadAsTheyAreWithStatusOnsetAndAbatement() throws Exception {
        ImportResult result = read(PATIENT,
                condition("c1", ICD10_CM, "C50.911", "resolved",
                        "\"onsetDateTime\": \"2009-03-01\", \"abatementDateTime\": \"2010-01-15T10:00:00+08:00\""),
                condition("c2", "http://hl7.org/fhir/sid/icd-10", "C50.900", "relapse", null),
                condition("c3", "http://fhir.de/CodeSystem/bfarm/icd-10-gm", "M32.1", "inactive", null),
                condition("c4", ICD10_CM, "I25.2", null, "\"onsetDateTime\": \"2026-06\""));

        assertThat(result.record().path("medicalHistory").path("conditions")).isEqualTo(json("""
                [{"icd10": "C50.911", "status": "resolved", "onset": "2009-03-01", "abatement": "2010-01-15"},
                 {"icd10": "C50.900", "status": "recurrence"},
                 {"icd10": "M32.1", "status": "remission"},
                 {"icd10": "I25.2", "status": "active", "onset": "2026-06-30"}]"""));
        assertThat(result.sourceOf("medicalHistory.conditions[3].onset")).contains("Condition/c4");
    }

    @Test
    void snomedCodingsOfConditionsTheCatalogueReadsAreTranslatedAndOthersAreReported() throws Exception {
        ImportResult result = read(PATIENT,
                condition("sepsis", SNOMED, "91302008", "active", null),
                condition("sle", SNOMED, "55464009", "active", null),
                condition("mds", SNOMED, "109995007", "active", null),
                condition("htn", SNOMED, "38341003", "active", null),
                condition("ruled-out", ICD10_CM, "C34.90", "active",
                        "\"verificationStatus\": {\"coding\": [{\"system\": "
                                + "\"http://terminology.hl7.org/CodeSystem/condition-ver-status\", \"code\": \"refuted\"}]}"));

        assertThat(result.record().path("medicalHistory").path("conditions")).isEqualTo(json("""
                [{"icd10": "A41.9", "status": "active"}, {"icd10": "M32.9", "status": "active"},
                 {"icd10": "D46.9", "status": "active"}]"""));
        assertThat(result.unmapped()).contains(
                new Unmapped("Condition/htn", "code",
                        "no ICD-10 coding and no SNOMED CT coding the catalogue reads (SNOMED CT 38341003)"),
                new Unmapped("Condition/ruled-out", "verificationStatus", "refuted: not a diagnosis of this patient"));
    }

    @Test
    void medicationsComeFromStatementsRequestsAndImmunizationsWithTheirAtcCodes() throws Exception {
        ImportResult result = read(PATIENT,
                medicationStatement("abx", "completed", "J01CA04",
                        "\"effectivePeriod\": {\"start\": \"2026-11-01\", \"end\": \"2026-11-15\"}"),
                medicationStatement("mtx", "on-hold", "L04AX03", null),
                medicationStatement("never", "not-taken", "L01XC02", null),
                """
                {"resourceType": "MedicationRequest", "id": "warfarin", "status": "active", "intent": "order",
                 "medicationReference": {"reference": "Medication/m-warfarin"}, "subject": {"reference": "Patient/p1"}}""",
                """
                {"resourceType": "Medication", "id": "m-warfarin",
                 "code": {"coding": [{"system": "http://www.whocc.no/atc", "code": "B01AA03", "display": "warfarin"}]}}""",
                """
                {"resourceType": "MedicationRequest", "id": "rx-only", "status": "active", "intent": "order",
                 "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "197361"}]},
                 "subject": {"reference": "Patient/p1"}}""",
                """
                {"resourceType": "Immunization", "id": "mmr", "status": "completed",
                 "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "03"}], "text": "MMR"},
                 "patient": {"reference": "Patient/p1"}, "occurrenceDateTime": "2026-11-10"}""");

        assertThat(result.record().path("medicalHistory").path("medications")).isEqualTo(json("""
                [{"atc": "J01CA04", "name": "J01CA04 drug", "status": "stopped", "end": "2026-11-15"},
                 {"atc": "L04AX03", "name": "L04AX03 drug", "status": "active"},
                 {"atc": "B01AA03", "name": "warfarin", "status": "active"},
                 {"atc": "J07BD52", "name": "MMR", "status": "stopped", "end": "2026-11-10"}]"""));
        assertThat(result.unmapped()).contains(
                new Unmapped("MedicationStatement/never", "status", "not-taken: not a medication the patient takes or took"),
                new Unmapped("MedicationRequest/rx-only", "medication[x]", "no ATC coding (RxNorm 197361)"));
    }

    @Test
    void noMedicationStatementIsNotAStatementThatThePatientTakesNothing() {
        ImportResult silent = read(PATIENT);
        ImportResult statedNone = read(PATIENT, """
                {"resourceType": "MedicationStatement", "id": "none", "status": "active",
                 "medicationCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/uv/ips/CodeSystem/absent-unknown-uv-ips",
                   "code": "no-known-medications"}]}, "subject": {"reference": "Patient/p1"}}""");

        assertThat(silent.record().has("medicalHistory")).isFalse();
        assertThat(statedNone.record().path("medicalHistory").path("medications").isArray()).isTrue();
        assertThat(statedNone.record().path("medicalHistory").path("medications")).isEmpty();
    }

    @Test
    void allergySeverityComesFromReactionsAnaphylaxisAndCriticality() throws Exception {
        String penicillin = """
                {"coding": [{"system": "http://www.whocc.no/atc", "code": "J01CE01"}], "text": "Penicillin G"}""";
        ImportResult result = read(PATIENT,
                allergy("anaphylaxis", penicillin, """
                        "reaction": [{"manifestation": [{"coding": [{"system": "http://snomed.info/sct", "code": "39579001",
                          "display": "Anaphylaxis"}]}], "severity": "mild"}]"""),
                allergy("worst", "{\"text\": \"Gentamicin\"}", """
                        "reaction": [{"manifestation": [{"text": "rash"}], "severity": "mild"},
                                     {"manifestation": [{"text": "angioedema"}], "severity": "moderate"}]"""),
                allergy("critical", "{\"text\": \"DMSO\"}", "\"criticality\": \"high\""),
                allergy("low", "{\"text\": \"Dextran\"}", "\"criticality\": \"low\""),
                allergy("unstated", "{\"text\": \"Trypsin\"}", null));

        assertThat(result.record().path("medicalHistory").path("allergies")).isEqualTo(json("""
                [{"substance": "Penicillin G", "atc": "J01CE01", "reaction": "Anaphylaxis", "severity": "severe"},
                 {"substance": "Gentamicin", "reaction": "rash, angioedema", "severity": "moderate"},
                 {"substance": "DMSO", "severity": "severe"},
                 {"substance": "Dextran", "severity": "mild"},
                 {"substance": "Trypsin", "severity": "moderate"}]"""));
        assertThat(result.unmapped()).contains(new Unmapped("AllergyIntolerance/unstated", "reaction.severity",
                "neither a reaction severity nor a criticality is stated: read as moderate, so that a physician "
                        + "reviews it; correct it if known"));
    }

    @Test
    void noKnownAllergyStatesTheListEmptyButNoKnownDrugAllergyDoesNot() {
        ImportResult none = read(PATIENT, allergy("nka", """
                {"coding": [{"system": "http://snomed.info/sct", "code": "716186003"}]}""", null));
        ImportResult noDrug = read(PATIENT, allergy("nkda", """
                {"coding": [{"system": "http://snomed.info/sct", "code": "409137002"}]}""", null));

        assertThat(none.record().path("medicalHistory").path("allergies").isArray()).isTrue();
        assertThat(none.record().path("medicalHistory").path("allergies")).isEmpty();
        assertThat(noDrug.record().has("medicalHistory")).isFalse();
        assertThat(noDrug.unmapped()).extracting(Unmapped::resource).contains("AllergyIntolerance/nkda");
    }

    /** A numeric result in {@code ucum} dated 2026-11-20, the day of most results in the unit test below. */
    private static String resultOfNovember20(String id, String loinc, double value, String ucum) {
        return observation(id, loinc, quantity(value, ucum), "2026-11-20");
    }

    /** Every alternative unit the 2026.2 catalogue converts: the import passes it on, the reader converts it. */
    @Test
    void laboratoryUnitsArePassedThroughAsTheirUcumCodesWithTheEffectiveDate() throws Exception {
        ImportResult result = read(PATIENT,
                resultOfNovember20("wbc", "6690-2", 6.2, "10*3/uL"),
                resultOfNovember20("anc", "751-8", 3100, "/uL"),
                resultOfNovember20("plt", "777-3", 180000, "cells/uL"),
                resultOfNovember20("hb", "718-7", 128, "g/L"),
                observation("crp", "1988-5", quantity(0.4, "mg/dL"), "2026-11-20T08:30:00-05:00"),
                resultOfNovember20("crea", "2160-0", 80, "umol/L"),
                resultOfNovember20("bili", "1975-2", 12, "umol/L"),
                resultOfNovember20("a1c", "4548-4", 53, "mmol/mol"),
                resultOfNovember20("inr", "6301-6", 1.1, "{INR}"),
                observation("lvef", "10230-1", "\"valueQuantity\": {\"value\": 58, \"unit\": \"%\"}", "2026-11-18"),
                observation("egfr", "62238-1", "\"valueQuantity\": {\"value\": 95}", "2026-11-20"));

        assertThat(result.record().path("observations")).isEqualTo(json("""
                [{"loinc": "6690-2", "value": 6.2, "unit": "10*3/uL", "date": "2026-11-20"},
                 {"loinc": "751-8", "value": 3100.0, "unit": "/uL", "date": "2026-11-20"},
                 {"loinc": "777-3", "value": 180000.0, "unit": "cells/uL", "date": "2026-11-20"},
                 {"loinc": "718-7", "value": 128.0, "unit": "g/L", "date": "2026-11-20"},
                 {"loinc": "1988-5", "value": 0.4, "unit": "mg/dL", "date": "2026-11-20"},
                 {"loinc": "2160-0", "value": 80.0, "unit": "umol/L", "date": "2026-11-20"},
                 {"loinc": "1975-2", "value": 12.0, "unit": "umol/L", "date": "2026-11-20"},
                 {"loinc": "4548-4", "value": 53.0, "unit": "mmol/mol", "date": "2026-11-20"},
                 {"loinc": "6301-6", "value": 1.1, "unit": "{INR}", "date": "2026-11-20"},
                 {"loinc": "10230-1", "value": 58.0, "unit": "%", "date": "2026-11-18"},
                 {"loinc": "62238-1", "value": 95.0, "date": "2026-11-20"}]"""));
        assertThat(result.sourceOf("observations[3].unit")).contains("Observation/hb");
    }

    /** The 2026.2 COAGULATION group reads platelets, INR, anticoagulants and coagulation defects. */
    @Test
    void coagulationDataReachesTheRecordInTheFormsTheCatalogueReads() throws Exception {
        ImportResult result = read(PATIENT,
                observation("plt", "777-3", quantity(42, "10*3/uL"), "2026-11-21"),
                observation("inr", "34714-6", "\"valueQuantity\": {\"value\": 2.4}", "2026-11-21"),
                medicationStatement("apixaban", "active", "B01AF02", null),
                condition("vwd", SNOMED, "128105004", "active", null));

        assertThat(result.record().path("observations")).isEqualTo(json("""
                [{"loinc": "777-3", "value": 42.0, "unit": "10*3/uL", "date": "2026-11-21"},
                 {"loinc": "34714-6", "value": 2.4, "date": "2026-11-21"}]"""));
        assertThat(result.record().path("medicalHistory").path("medications").get(0).path("atc").asText())
                .isEqualTo("B01AF02");
        assertThat(result.record().path("medicalHistory").path("conditions").get(0).path("icd10").asText())
                .isEqualTo("D68.0");
    }

    @Test
    void qualitativeResultsAreReadFromSnomedLoincAnswersAndText() throws Exception {
        ImportResult result = read(PATIENT,
                observation("hcg", "2106-3", "\"valueCodeableConcept\": {\"coding\": [{\"system\": "
                        + "\"http://snomed.info/sct\", \"code\": \"10828004\"}]}", "2026-11-20"),
                observation("hiv", "56888-1", "\"valueCodeableConcept\": {\"coding\": [{\"system\": "
                        + "\"http://loinc.org\", \"code\": \"LA6577-6\"}]}", "2026-11-20"),
                observation("rpr", "20507-0", "\"valueString\": \"Non-reactive\"", "2026-11-20"),
                observation("hbs", "5196-1", "\"valueString\": \"see comment\"", "2026-11-20"));

        assertThat(result.record().path("observations")).isEqualTo(json("""
                [{"loinc": "2106-3", "value": "positive", "date": "2026-11-20"},
                 {"loinc": "56888-1", "value": "negative", "date": "2026-11-20"},
                 {"loinc": "20507-0", "value": "negative", "date": "2026-11-20"}]"""));
        assertThat(result.unmapped()).containsExactly(
                new Unmapped("Patient/p1", "name, telecom, address, contact",
                        "identifying data the screening does not use: it stays in the EHR"),
                new Unmapped("Observation/hbs", "value[x]",
                        "a string value that is neither a quantity nor positive, negative or indeterminate"));
    }

    @Test
    void boundsUndatedResultsAndUncodedObservationsAreReportedNotGuessed() throws Exception {
        ImportResult result = read(
                observation("crp", "1988-5", "\"valueQuantity\": {\"value\": 5, \"comparator\": \"<\", \"code\": \"mg/L\"}",
                        "2026-11-20"),
                observation("alt", "1742-6", quantity(30, "U/L"), null),
                observation("ast", "1920-8", quantity(25, "U/L"), "2026-11"),
                observation("cancelled", "718-7", quantity(13, "g/dL"), "2026-11-20").replace("final", "cancelled"),
                """
                {"resourceType": "Observation", "id": "local", "status": "final",
                 "code": {"coding": [{"system": "urn:local-lab", "code": "K+"}]}, "valueQuantity": {"value": 4.1}}""");

        assertThat(result.record().path("observations")).isEqualTo(json("""
                [{"loinc": "1742-6", "value": 30.0, "unit": "U/L"}, {"loinc": "1920-8", "value": 25.0, "unit": "U/L"}]"""));
        assertThat(result.unmapped()).containsExactly(
                new Unmapped("Observation/crp", "valueQuantity.comparator",
                        "'<' makes the value a bound, not a result: enter the measured value"),
                new Unmapped("Observation/alt", "effective[x]",
                        "no effective date: the result is kept undated, and the evaluator does not count undated results"),
                new Unmapped("Observation/ast", "effective[x]", "the date is less precise than a day: the result is "
                        + "kept undated, and the evaluator does not count undated results"),
                new Unmapped("Observation/cancelled", "status", "cancelled: not a result"),
                new Unmapped("Observation/local", "code", "no LOINC coding (urn:local-lab K+)"));
    }

    @Test
    void vitalSignsFillThePhysicalExamInTheRecordsUnitsWithTheLatestMeasurement() throws Exception {
        ImportResult result = read(PATIENT,
                observation("w-old", "29463-7", quantity(70, "kg"), "2026-10-01"),
                observation("w", "29463-7", quantity(150, "[lb_av]"), "2026-11-24"),
                observation("h", "8302-2", quantity(65, "[in_i]"), "2026-05-01"),
                observation("t", "8310-5", quantity(100.4, "[degF]"), "2026-11-24T09:00:00Z"),
                observation("hr", "8867-4", quantity(72.4, "/min"), "2026-11-24"),
                observation("spo2", "59408-5", quantity(89.6, "%"), "2026-11-24"),
                bloodPressurePanel(182, 96, "2026-11-24"),
                observation("t-stale", "8310-5", quantity(39.0, "Cel"), "2026-11-01"));

        JsonNode record = result.record();
        assertThat(record.path("patient").path("weightKg").asDouble()).isCloseTo(68.04, org.assertj.core.data.Offset.offset(0.01));
        assertThat(record.path("patient").path("heightCm").asDouble()).isEqualTo(165.1);
        assertThat(record.path("physicalExam")).isEqualTo(json("""
                {"temperatureC": 38.0, "heartRateBpm": 72, "spo2Percent": 89, "systolicMmHg": 182, "diastolicMmHg": 96}"""));
        assertThat(result.unmapped()).contains(
                new Unmapped("Observation/w-old", "patient.weightKg", "a later measurement was used (Observation/w)"),
                new Unmapped("Observation/t-stale", "physicalExam.temperatureC",
                        "older than 7 days: not the current value"));
        assertThat(result.sourceOf("physicalExam.systolicMmHg")).contains("Observation/bp");
    }

    @Test
    void pregnancyAndBreastfeedingStatusFillTheMedicalHistory() throws Exception {
        ImportResult result = read(PATIENT,
                observation("preg", "82810-3", "\"valueCodeableConcept\": {\"coding\": [{\"system\": "
                        + "\"http://loinc.org\", \"code\": \"LA26683-5\"}]}", "2026-11-20"),
                observation("bf", "63895-7", "\"valueCodeableConcept\": {\"coding\": [{\"system\": "
                        + "\"http://loinc.org\", \"code\": \"LA29252-6\"}]}", "2026-11-20"));

        assertThat(result.record().path("medicalHistory")).isEqualTo(json("""
                {"pregnancy": "not-pregnant", "lactating": true}"""));
    }

    @Test
    void aCurrentPregnancyOnTheProblemListMakesThePatientPregnantWhateverAnOlderStatusSays() {
        ImportResult result = read(PATIENT,
                observation("preg", "82810-3", "\"valueCodeableConcept\": {\"coding\": [{\"system\": "
                        + "\"http://loinc.org\", \"code\": \"LA26683-5\"}]}", "2026-11-20"),
                condition("pregnancy", SNOMED, "77386006", "active", null));

        assertThat(result.record().path("medicalHistory").path("pregnancy").asText()).isEqualTo("pregnant");
        assertThat(result.sourceOf("medicalHistory.pregnancy")).contains("Condition/pregnancy");
    }

    @Test
    void imagingReportsGiveModalitySiteDateConclusionAndCodedSuspicionOfMalignancy() throws Exception {
        ImportResult result = read(PATIENT,
                """
                {"resourceType": "ImagingStudy", "id": "ct", "status": "available", "subject": {"reference": "Patient/p1"},
                 "modality": [{"system": "http://dicom.nema.org/resources/ontology/DCM", "code": "CT"}],
                 "series": [{"uid": "1.2.3", "modality": {"system": "http://dicom.nema.org/resources/ontology/DCM", "code": "CT"},
                             "bodySite": {"system": "http://snomed.info/sct", "code": "51185008", "display": "chest"}}]}""",
                """
                {"resourceType": "DiagnosticReport", "id": "ct-report", "status": "final",
                 "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0074", "code": "RAD"}]}],
                 "code": {"text": "CT chest"}, "subject": {"reference": "Patient/p1"}, "effectiveDateTime": "2026-11-19",
                 "imagingStudy": [{"reference": "ImagingStudy/ct"}], "conclusion": "Spiculated nodule, right upper lobe",
                 "conclusionCode": [{"coding": [{"system": "http://snomed.info/sct", "code": "363346000"}]}]}""",
                """
                {"resourceType": "DiagnosticReport", "id": "xr-knee", "status": "final",
                 "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0074", "code": "RAD"}]}],
                 "code": {"text": "X-ray knee"}, "subject": {"reference": "Patient/p1"}, "effectiveDateTime": "2026-11-02",
                 "conclusion": "Joint space narrowing, no lesion"}""");

        assertThat(result.record().path("imaging")).isEqualTo(json("""
                [{"modality": "CT", "bodySite": "chest", "date": "2026-11-19",
                  "conclusion": "Spiculated nodule, right upper lobe", "suspectedMalignancy": true},
                 {"modality": "X-ray knee", "date": "2026-11-02", "conclusion": "Joint space narrowing, no lesion"}]"""));
        assertThat(result.unmapped()).contains(new Unmapped("DiagnosticReport/xr-knee", "conclusionCode",
                "no coded conclusion says whether the imaging is suspicious for malignancy (free text is not "
                        + "interpreted): state it"));
    }

    @Test
    void aBundleWithNothingTheCatalogueReadsGivesAnEmptyRecordAndSaysWhyForEachResource() throws Exception {
        ImportResult result = Bundles.IMPORT.read(Bundles.bundle(
                "{\"resourceType\": \"Encounter\", \"id\": \"e1\", \"status\": \"finished\", "
                        + "\"class\": {\"system\": \"http://terminology.hl7.org/CodeSystem/v3-ActCode\", \"code\": \"AMB\"}}",
                "{\"resourceType\": \"Practitioner\", \"id\": \"dr\"}",
                observation("smoking", "72166-2", "\"valueCodeableConcept\": {\"text\": \"Never smoker\"}", "2026-11-20"),
                condition("htn", SNOMED, "38341003", "active", null)), null);

        assertThat(result.record()).isEqualTo(json("{}"));
        assertThat(result.unmapped()).extracting(Unmapped::resource)
                .containsExactly("Encounter/e1", "Practitioner/dr", "Observation/smoking", "Condition/htn");
    }

    @Test
    void aTransactionBundleReferringByFullUrlIsReadAsOnePatientsData() throws Exception {
        ImportResult result = Bundles.IMPORT.read("""
                {"resourceType": "Bundle", "type": "transaction", "entry": [
                  {"fullUrl": "urn:uuid:61ebe359-bfdc-4613-8bf2-c5e300945f0a",
                   "resource": {"resourceType": "Patient", "gender": "male", "birthDate": "1950-01-01",
                                "identifier": [{"value": "MRN-77"}]},
                   "request": {"method": "POST", "url": "Patient"}},
                  {"fullUrl": "urn:uuid:88f151c0-a954-468a-88bd-5ae15c08e059",
                   "resource": {"resourceType": "Medication",
                                "code": {"coding": [{"system": "http://www.whocc.no/atc", "code": "L04AX03"}]}},
                   "request": {"method": "POST", "url": "Medication"}},
                  {"resource": {"resourceType": "MedicationStatement", "status": "active",
                                "medicationReference": {"reference": "urn:uuid:88f151c0-a954-468a-88bd-5ae15c08e059"},
                                "subject": {"reference": "urn:uuid:61ebe359-bfdc-4613-8bf2-c5e300945f0a"}},
                   "request": {"method": "POST", "url": "MedicationStatement"}}]}""", null);

        assertThat(result.record()).isEqualTo(json("""
                {"patient": {"reference": "MRN-77", "birthDate": "1950-01-01", "sex": "male"},
                 "medicalHistory": {"medications": [{"atc": "L04AX03", "status": "active"}]}}"""));
        assertThat(result.unmapped()).isEmpty();
    }

    @Test
    void resourcesAboutAnotherPatientAreNotRead() {
        ImportResult result = read(PATIENT, condition("other", ICD10_CM, "C50.9", "active", null)
                .replace("Patient/p1", "Patient/p2"));

        assertThat(result.record().has("medicalHistory")).isFalse();
        assertThat(result.unmapped()).contains(new Unmapped("Condition/other", "subject",
                "about another patient than the Bundle's Patient: not read"));
    }
}
