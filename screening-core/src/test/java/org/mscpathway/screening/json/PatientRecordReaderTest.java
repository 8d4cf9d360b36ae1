package org.mscpathway.screening.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mscpathway.screening.Screening;
import org.mscpathway.screening.record.Allergy;
import org.mscpathway.screening.record.AllergySeverity;
import org.mscpathway.screening.record.Condition;
import org.mscpathway.screening.record.ConditionStatus;
import org.mscpathway.screening.record.Medication;
import org.mscpathway.screening.record.MedicationStatus;
import org.mscpathway.screening.record.Observation;
import org.mscpathway.screening.record.ObservationValue;
import org.mscpathway.screening.record.PatientRecord;
import org.mscpathway.screening.record.PhysicalExam;
import org.mscpathway.screening.record.PregnancyStatus;
import org.mscpathway.screening.record.QualitativeResult;
import org.mscpathway.screening.record.Sex;

class PatientRecordReaderTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final PatientRecordReader READER = new PatientRecordReader(
            Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), Screening.withDefaultCatalogue());
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The design's example record (a resource beside this class: the same record web-api's tests send). */
    static final String DESIGN_EXAMPLE = resource("design-example.json");

    private static String resource(String name) {
        try (InputStream in = PatientRecordReaderTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode designExample() {
        try {
            return (ObjectNode) JSON.readTree(DESIGN_EXAMPLE);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> errorsOf(String json) {
        try {
            READER.read(json);
        } catch (InvalidRecordException e) {
            return e.errors().stream().map(FieldError::toString).toList();
        }
        throw new AssertionError("expected the record to be refused: " + json);
    }

    private static List<String> errorsAfter(java.util.function.Consumer<ObjectNode> change) {
        ObjectNode record = designExample();
        change.accept(record);
        return errorsOf(record.toString());
    }

    @Test
    void designExampleReadsIntoTheDomainRecord() {
        PatientRecord record = READER.read(DESIGN_EXAMPLE);

        assertThat(record.patient().birthDate()).isEqualTo(LocalDate.of(1968, 4, 12));
        assertThat(record.patient().sex()).isEqualTo(Sex.FEMALE);
        assertThat(record.patient().weightKg()).isEqualTo(64.0);
        assertThat(record.indication()).isEqualTo("knee-osteoarthritis");
        assertThat(record.assessmentDate()).isEqualTo(TODAY);
        assertThat(record.medicalHistory().conditions()).containsExactly(new Condition("C50.9", ConditionStatus.RESOLVED,
                LocalDate.of(2009, 3, 1), LocalDate.of(2010, 1, 15)));
        assertThat(record.medicalHistory().medications())
                .containsExactly(new Medication("J01CA04", "amoxicillin", MedicationStatus.ACTIVE, null));
        assertThat(record.medicalHistory().allergies())
                .containsExactly(new Allergy("penicillin", "rash", AllergySeverity.MILD));
        assertThat(record.medicalHistory().pregnancy()).isEqualTo(PregnancyStatus.NOT_PREGNANT);
        assertThat(record.physicalExam()).isEqualTo(new PhysicalExam(36.7, 72, 128, 80, 98, 1, 0));
        assertThat(record.observations()).containsExactly(
                new Observation("2106-3", new ObservationValue.Qualitative(QualitativeResult.NEGATIVE), null,
                        LocalDate.of(2026, 11, 20)),
                new Observation("10230-1", new ObservationValue.Quantity(58), "%", LocalDate.of(2026, 11, 18)));
        assertThat(record.imaging()).singleElement().satisfies(ct -> assertThat(ct.isSuspiciousForMalignancy()).isTrue());
    }

    @Test
    void assessmentDateDefaultsToTodayByTheReadersClock() {
        PatientRecord record = READER.read(errorsFree(r -> r.remove("assessmentDate")));

        assertThat(record.assessmentDate()).isEqualTo(TODAY);
    }

    @Test
    void absentSectionsAndListsReadAsNotYetCollected() {
        PatientRecord record = READER.read("""
                {"patient": {"sex": "male"}, "indication": "type-2-diabetes", "medicalHistory": {"allergies": []}}""");

        assertThat(record.medicalHistory().conditions()).isNull();
        assertThat(record.medicalHistory().allergies()).isEmpty();
        assertThat(record.physicalExam()).isNull();
        assertThat(record.observations()).isNull();
        assertThat(record.patient().birthDate()).isNull();
    }

    @Test
    void unknownFieldsAreIgnoredAndUnknownLoincCodesKept() {
        PatientRecord record = READER.read(errorsFree(r -> {
            r.put("source", "referral letter");
            r.withArray("observations").addObject().put("loinc", "2345-7").put("value", 5.4);
            r.withArray("observations").addObject().put("loinc", "5778-6").put("value", "yellow");
        }));

        assertThat(record.observations()).extracting(Observation::loinc).containsExactly("2106-3", "10230-1", "2345-7");
    }

    @Test
    void everyInvalidFieldIsReportedByPath() {
        List<String> errors = errorsOf("""
                {"patient": {"reference": "MRN-0001", "birthDate": "12/04/1968", "sex": "F", "weightKg": -3},
                 "indication": "hair-loss", "assessmentDate": "2026-13-01",
                 "medicalHistory": {"conditions": [{"icd10": "cancer", "status": "cured"}],
                                    "medications": [{"atc": "J01CA04"}], "allergies": [{"severity": "mild"}],
                                    "pregnancy": "maybe", "lactating": "no"},
                 "physicalExam": {"temperatureC": "fever", "nyhaClass": 5},
                 "observations": [{"loinc": "2106-3", "value": 1}, {"value": 3}, {"loinc": "x"},
                                  {"loinc": "6690-2", "value": "high", "date": "yesterday"}],
                 "imaging": [{"suspectedMalignancy": "yes"}, 7]}""");

        assertThat(errors).containsExactly(
                "patient.birthDate: not a date (expected YYYY-MM-DD)",
                "patient.sex: must be one of female, male, other, unknown (got a string)",
                "patient.weightKg: must be a number of kg between 0.5 and 500 (got a number)",
                "indication: is not an indication of this ruleset (expected one of autoimmune-disease, ischemic-heart-disease, knee-osteoarthritis, type-2-diabetes)",
                "assessmentDate: not a date of the calendar",
                "medicalHistory.conditions[0].icd10: must be an ICD-10-CM code such as C50.9",
                "medicalHistory.conditions[0].status: must be one of active, recurrence, remission, resolved (got a string)",
                "medicalHistory.medications[0].status: required: one of active, stopped",
                "medicalHistory.allergies[0].substance: required",
                "medicalHistory.pregnancy: must be one of pregnant, not-pregnant, unknown (got a string)",
                "medicalHistory.lactating: must be true or false (got a string)",
                "physicalExam.temperatureC: must be a temperature in °C between 25 and 45 (got a string)",
                "physicalExam.nyhaClass: must be a whole number between 1 and 4 (got a number)",
                "observations[0].value: must be one of positive, negative, indeterminate for this test (got a number)",
                "observations[1].loinc: required",
                "observations[2].loinc: must be a LOINC code such as 6690-2",
                "observations[3].date: not a date (expected YYYY-MM-DD)",
                "observations[3].value: must be a number in 10*9/L for this test (got a string)",
                "imaging[0].suspectedMalignancy: must be true or false (got a string)",
                "imaging[1]: must be an object (got a number)");
    }

    @Test
    void noSubmittedValueOrCodeOfAnyFieldKindAppearsInMessages() {
        // Each distinctive value is invalid for its field: codes, enumerations, numbers, dates, flags, units, results.
        List<String> errors = new java.util.ArrayList<>(errorsOf("""
                {"patient": {"reference": "MRN-Q7Z", "birthDate": "Q7Z-birth", "sex": "Q7Zsex", "weightKg": 9191.5},
                 "indication": "Q7Z-indication"}"""));
        // The sections are read once the patient and the indication are valid.
        errors.addAll(errorsOf("""
                {"patient": {"reference": "MRN-0001", "birthDate": "1968-04-12", "sex": "female"},
                 "indication": "knee-osteoarthritis",
                 "medicalHistory": {"conditions": [{"icd10": "Q7Zicd", "status": "Q7Zstatus", "onset": "Q7Z-onset"}],
                                    "medications": [{"atc": "Q7Zatc", "status": "Q7Zmedstatus"}],
                                    "allergies": [{"substance": "x", "severity": "Q7Zsev", "atc": "Q7Zallergy"}],
                                    "pregnancy": "Q7Zpreg", "lactating": "Q7Zlact"},
                 "physicalExam": {"temperatureC": 8181.5, "nyhaClass": 7171, "ecog": "Q7Zecog"},
                 "observations": [{"loinc": "Q7Zloinc", "value": 1}, {"loinc": "6690-2", "value": "Q7Zvalue"},
                                  {"loinc": "6690-2", "value": 6.4, "unit": "Q7Zunit"},
                                  {"loinc": "2106-3", "value": "Q7Zresult", "date": "Q7Z-date"},
                                  {"loinc": "10230-1", "value": 6161, "unit": "%"}],
                 "imaging": [{"modality": "CT", "suspectedMalignancy": "Q7Zflag"}]}"""));

        assertThat(errors).hasSizeGreaterThanOrEqualTo(18);
        assertThat(String.join("\n", errors))
                // the LOINC message's own example (6690-2) is fixed text; the codes sent here must not appear
                .doesNotContain("Q7Z", "9191", "8181", "7171", "6161", "2106-3", "10230-1");
    }

    @Test
    void patientIdentifyingValuesNeverAppearInMessages() {
        List<String> errors = errorsAfter(r -> ((ObjectNode) r.get("patient")).put("reference", 1968041200)
                .put("birthDate", "12.04.1968").put("sex", "Jane Doe"));

        assertThat(String.join("\n", errors)).doesNotContain("1968", "Jane", "MRN");
        assertThat(errors).containsExactly(
                "patient.reference: must be a non-empty string (got a number)",
                "patient.birthDate: not a date (expected YYYY-MM-DD)",
                "patient.sex: must be one of female, male, other, unknown (got a string)");
    }

    @Test
    void birthDateAfterTheAssessmentDateIsRefused() {
        assertThat(errorsAfter(r -> ((ObjectNode) r.get("patient")).put("birthDate", "2026-11-26")))
                .containsExactly("patient.birthDate: must not be after the assessment date");
    }

    @Test
    void abatementBeforeOnsetIsRefused() {
        assertThat(errorsAfter(r -> ((ObjectNode) r.get("medicalHistory").get("conditions").get(0))
                .put("abatement", "2008-01-01")))
                .containsExactly("medicalHistory.conditions[0].abatement: must not be before onset");
    }

    @Test
    void allergyAtcCodeIsReadAndAMalformedOneRefused() {
        ObjectNode record = designExample();
        ((ObjectNode) record.get("medicalHistory").get("allergies").get(0)).put("atc", "j01ca04");

        assertThat(READER.read(record).medicalHistory().allergies().get(0).atc()).isEqualTo("J01CA04");
        assertThat(errorsAfter(r -> ((ObjectNode) r.get("medicalHistory").get("allergies").get(0)).put("atc", "penicillin")))
                .containsExactly("medicalHistory.allergies[0].atc: must be an ATC code such as J01CA04 or a class such as "
                        + "J01C");
    }

    @Test
    void nationalExtensionCodesAreAccepted() {
        ObjectNode record = designExample();
        ((ObjectNode) record.get("medicalHistory").get("conditions").get(0)).put("icd10", "C50.900x001");

        assertThat(READER.read(record).medicalHistory().conditions().get(0).icd10()).isEqualTo("C50.900X001");
    }

    @Test
    void chineseSubstanceNameIsKeptAsWritten() {
        ObjectNode record = designExample();
        ((ObjectNode) record.get("medicalHistory").get("allergies").get(0)).put("substance", "青霉素");

        assertThat(READER.read(record).medicalHistory().allergies().get(0).substance()).isEqualTo("青霉素");
    }

    @Test
    void missingPatientAndIndicationAreRequired() {
        assertThat(errorsOf("{}")).containsExactly("patient: required", "indication: required");
    }

    @Test
    void documentThatIsNotJsonIsRefusedWithItsPositionOnly() {
        assertThat(errorsOf("{\"patient\": {\"reference\": \"MRN-0001\",}")).singleElement().asString()
                .startsWith("record: not valid JSON (line 1, column ").doesNotContain("MRN");
        assertThat(errorsOf("[1, 2]")).containsExactly("record: must be a JSON object");
        assertThat(errorsOf("{} {}")).singleElement().asString().startsWith("record: not valid JSON");
    }

    @Test
    void duplicateKeysAreRefused() {
        assertThat(errorsOf("{\"indication\": \"knee-osteoarthritis\", \"indication\": \"type-2-diabetes\"}"))
                .singleElement().asString().startsWith("record: not valid JSON");
    }

    @Test
    void sectionReadersReportPathsFromTheirSectionName() throws IOException {
        JsonNode exam = JSON.readTree("{\"temperatureC\": 51}");
        JsonNode observations = JSON.readTree("[{\"loinc\": \"751-8\", \"value\": \"low\"}]");

        assertThatThrownBy(() -> READER.readPhysicalExam(exam)).isInstanceOf(InvalidRecordException.class)
                .extracting(e -> ((InvalidRecordException) e).errors()).asList().containsExactly(new FieldError(
                        "physicalExam.temperatureC", "must be a temperature in °C between 25 and 45 (got a number)"));
        assertThatThrownBy(() -> READER.readObservations(observations))
                .extracting(e -> ((InvalidRecordException) e).errors()).asList().containsExactly(new FieldError(
                        "observations[0].value", "must be a number in 10*9/L for this test (got a string)"));
        assertThatThrownBy(() -> READER.readMedicalHistory(null))
                .extracting(e -> ((InvalidRecordException) e).errors()).asList()
                .containsExactly(new FieldError("medicalHistory", "required"));
    }

    @Test
    void sectionReadersReadValidSections() throws IOException {
        JsonNode example = designExample();

        assertThat(READER.readPatient(example.get("patient")).sex()).isEqualTo(Sex.FEMALE);
        assertThat(READER.readMedicalHistory(example.get("medicalHistory")).medications()).hasSize(1);
        assertThat(READER.readPhysicalExam(example.get("physicalExam")).nyhaClass()).isEqualTo(1);
        assertThat(READER.readObservations(example.get("observations"))).hasSize(2);
        assertThat(READER.readImaging(example.get("imaging"))).hasSize(1);
        assertThat(READER.readImaging(null)).isEmpty();
    }

    @Test
    void birthDateInTheFutureIsRefusedByThePatientSectionReader() throws IOException {
        JsonNode patient = JSON.readTree("{\"birthDate\": \"2027-01-01\"}");

        assertThatThrownBy(() -> READER.readPatient(patient)).extracting(e -> ((InvalidRecordException) e).errors())
                .asList().containsExactly(new FieldError("patient.birthDate", "must not be after today"));
    }

    private static String errorsFree(java.util.function.Consumer<ObjectNode> change) {
        ObjectNode record = designExample();
        change.accept(record);
        return record.toString();
    }
}
