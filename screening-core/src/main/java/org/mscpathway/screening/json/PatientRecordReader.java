package org.mscpathway.screening.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.mscpathway.screening.Screening;
import org.mscpathway.screening.record.Allergy;
import org.mscpathway.screening.record.AllergySeverity;
import org.mscpathway.screening.record.Condition;
import org.mscpathway.screening.record.ConditionStatus;
import org.mscpathway.screening.record.Imaging;
import org.mscpathway.screening.record.LabTest;
import org.mscpathway.screening.record.MedicalHistory;
import org.mscpathway.screening.record.Medication;
import org.mscpathway.screening.record.MedicationStatus;
import org.mscpathway.screening.record.Observation;
import org.mscpathway.screening.record.ObservationValue;
import org.mscpathway.screening.record.Patient;
import org.mscpathway.screening.record.PatientRecord;
import org.mscpathway.screening.record.PhysicalExam;
import org.mscpathway.screening.record.PregnancyStatus;
import org.mscpathway.screening.record.QualitativeResult;
import org.mscpathway.screening.record.Sex;
import org.mscpathway.screening.record.UnitConversion;

/**
 * Reads the patient record JSON of the design (the body of {@code POST /api/v1/evaluations}) and each of its
 * sections, reporting every invalid field by path: {@code patient.birthDate: not a date (expected YYYY-MM-DD)},
 * {@code observations[3].value: must be a number in 10*9/L for this test (got a string)}. Never echoes a
 * submitted value or code (a message names the field and what it allows). Unknown fields are ignored; results of LOINC codes the
 * evaluator does not read are kept when their value is a number or a qualitative result, and dropped otherwise.
 * Thread-safe.
 *
 * <p>Every method throws the unchecked {@link InvalidRecordException}, and only that, for any input.
 */
public final class PatientRecordReader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** Up to 8 characters after the category, for national extensions such as C50.900 or I21.900x001. */
    private static final Pattern ICD10 = Pattern.compile("[A-Za-z][0-9][0-9A-Za-z](\\.?[0-9A-Za-z]{1,8})?");
    private static final Pattern ATC = Pattern.compile("[A-Za-z]([0-9]{2}([A-Za-z]([A-Za-z]([0-9]{2})?)?)?)?");
    private static final Pattern LOINC = Pattern.compile("[0-9]{1,8}-[0-9]");
    private static final int OLDEST_AGE_YEARS = 130;

    private final Clock clock;
    private final Set<String> indications;

    /** @param indications the indication codes a record may name (those of the catalogue in use) */
    public PatientRecordReader(Clock clock, Collection<String> indications) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.indications = Set.copyOf(indications);
    }

    /** Accepts the indications of {@code screening}'s catalogue. */
    public PatientRecordReader(Clock clock, Screening screening) {
        this(clock, screening.indicationCodes());
    }

    /** Parses and reads a whole record; {@code assessmentDate} defaults to today by the reader's clock. */
    public PatientRecord read(String json) {
        return read(parse(json));
    }

    public PatientRecord read(JsonNode root) {
        JsonFields fields = new JsonFields();
        if (JsonFields.isAbsent(root) || !root.isObject()) {
            fields.error("record", "must be a JSON object");
            fields.throwIfAny();
        }
        JsonFields dateFields = new JsonFields();
        LocalDate assessmentDate = dateFields.date(root, "assessmentDate", "", false, false);
        LocalDate assessedOn = assessmentDate == null ? LocalDate.now(clock) : assessmentDate;
        JsonNode patientNode = fields.object(root.path("patient"), "patient");
        if (JsonFields.isAbsent(root.path("patient"))) {
            fields.error("patient", "required");
        }
        Patient patient = patientNode == null ? null : patient(patientNode, fields, assessedOn, "the assessment date");
        String indication = fields.text(root, "indication", "", true, false);
        if (indication != null && !indications.contains(indication)) {
            fields.error("indication", "is not an indication of this ruleset (expected one of " + String.join(", ", indications.stream().sorted().toList()) + ")");
        }
        fields.addAll(dateFields);
        MedicalHistory history = section(root, "medicalHistory", fields) == null ? null
                : medicalHistory(root.path("medicalHistory"), fields);
        PhysicalExam exam = section(root, "physicalExam", fields) == null ? null
                : physicalExam(root.path("physicalExam"), fields);
        List<Observation> observations = observations(root.path("observations"), fields);
        List<Imaging> imaging = imaging(root.path("imaging"), fields);
        fields.throwIfAny();
        return new PatientRecord(patient, indication, assessedOn, history, exam, observations, imaging);
    }

    /** The {@code patient} section; a birth date must not lie after today. */
    public Patient readPatient(JsonNode node) {
        JsonFields fields = new JsonFields();
        Patient patient = required(node, "patient", fields) ? patient(node, fields, LocalDate.now(clock), "today") : null;
        fields.throwIfAny();
        return patient;
    }

    public MedicalHistory readMedicalHistory(JsonNode node) {
        JsonFields fields = new JsonFields();
        MedicalHistory history = required(node, "medicalHistory", fields) ? medicalHistory(node, fields) : null;
        fields.throwIfAny();
        return history;
    }

    public PhysicalExam readPhysicalExam(JsonNode node) {
        JsonFields fields = new JsonFields();
        PhysicalExam exam = required(node, "physicalExam", fields) ? physicalExam(node, fields) : null;
        fields.throwIfAny();
        return exam;
    }

    /** The {@code observations} array; an absent or null node reads as an empty list. */
    public List<Observation> readObservations(JsonNode node) {
        JsonFields fields = new JsonFields();
        List<Observation> observations = observations(node, fields);
        fields.throwIfAny();
        return observations == null ? List.of() : observations;
    }

    /** The {@code imaging} array; an absent or null node reads as an empty list. */
    public List<Imaging> readImaging(JsonNode node) {
        JsonFields fields = new JsonFields();
        List<Imaging> imaging = imaging(node, fields);
        fields.throwIfAny();
        return imaging == null ? List.of() : imaging;
    }

    /**
     * Parses JSON text, refusing duplicate keys and trailing content.
     *
     * @throws InvalidRecordException with the line and column of the syntax error (never the text around it)
     */
    public static JsonNode parse(String json) {
        try {
            if (json == null) {
                throw new InvalidRecordException(List.of(new FieldError("record", "no document")));
            }
            return JSON.readTree(json);
        } catch (JacksonException e) {
            JsonLocation location = e.getLocation();
            String where = location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
            throw new InvalidRecordException(List.of(new FieldError("record", "not valid JSON" + where)));
        }
    }

    private static boolean required(JsonNode node, String path, JsonFields fields) {
        if (JsonFields.isAbsent(node)) {
            fields.error(path, "required");
            return false;
        }
        return fields.object(node, path) != null;
    }

    private static JsonNode section(JsonNode root, String key, JsonFields fields) {
        return fields.object(root.path(key), key);
    }

    // ---- patient

    private static Patient patient(JsonNode node, JsonFields fields, LocalDate notAfter, String notAfterName) {
        fields.text(node, "reference", "patient", false, true);
        LocalDate birthDate = fields.date(node, "birthDate", "patient", false, true);
        if (birthDate != null && birthDate.isAfter(notAfter)) {
            fields.error("patient.birthDate", "must not be after " + notAfterName);
            birthDate = null;
        } else if (birthDate != null && birthDate.isBefore(notAfter.minusYears(OLDEST_AGE_YEARS))) {
            fields.error("patient.birthDate", "implausible: more than " + OLDEST_AGE_YEARS + " years before " + notAfterName);
            birthDate = null;
        }
        Sex sex = fields.constant(node, "sex", "patient", Sex.class, false, true);
        Double weightKg = fields.number(node, "weightKg", "patient", 0.5, 500, "a number of kg", true);
        Double heightCm = fields.number(node, "heightCm", "patient", 20, 300, "a number of cm", true);
        String reference = node.path("reference").isTextual() ? node.path("reference").asText() : null;
        return new Patient(reference, birthDate, sex, weightKg, heightCm);
    }

    // ---- medical history

    private static MedicalHistory medicalHistory(JsonNode node, JsonFields fields) {
        List<Condition> conditions = list(node.path("conditions"), "medicalHistory.conditions", fields,
                PatientRecordReader::condition);
        List<Medication> medications = list(node.path("medications"), "medicalHistory.medications", fields,
                PatientRecordReader::medication);
        List<Allergy> allergies = list(node.path("allergies"), "medicalHistory.allergies", fields,
                PatientRecordReader::allergy);
        PregnancyStatus pregnancy = fields.constant(node, "pregnancy", "medicalHistory", PregnancyStatus.class, false, false);
        Boolean lactating = fields.bool(node, "lactating", "medicalHistory");
        return new MedicalHistory(conditions, medications, allergies, pregnancy, lactating);
    }

    private static Condition condition(JsonNode node, String path, JsonFields fields) {
        String icd10 = code(node, "icd10", path, ICD10, "an ICD-10-CM code such as C50.9", fields);
        ConditionStatus status = fields.constant(node, "status", path, ConditionStatus.class, true, false);
        LocalDate onset = fields.date(node, "onset", path, false, false);
        LocalDate abatement = fields.date(node, "abatement", path, false, false);
        if (onset != null && abatement != null && abatement.isBefore(onset)) {
            fields.error(path + ".abatement", "must not be before onset");
            return null;
        }
        return icd10 == null || status == null ? null : new Condition(icd10, status, onset, abatement);
    }

    private static Medication medication(JsonNode node, String path, JsonFields fields) {
        String atc = code(node, "atc", path, ATC, "an ATC code such as J01CA04", fields);
        String name = fields.text(node, "name", path, false, false);
        MedicationStatus status = fields.constant(node, "status", path, MedicationStatus.class, true, false);
        LocalDate end = fields.date(node, "end", path, false, false);
        return atc == null || status == null ? null : new Medication(atc, name, status, end);
    }

    private static Allergy allergy(JsonNode node, String path, JsonFields fields) {
        String substance = fields.text(node, "substance", path, true, false);
        String reaction = JsonFields.isAbsent(node.path("reaction")) || node.path("reaction").asText("x").isBlank()
                ? null : fields.text(node, "reaction", path, false, false);
        AllergySeverity severity = fields.constant(node, "severity", path, AllergySeverity.class, true, false);
        String atc = JsonFields.isAbsent(node.path("atc")) ? null
                : code(node, "atc", path, ATC, "an ATC code such as J01CA04 or a class such as J01C", fields);
        return substance == null || severity == null ? null : new Allergy(substance, reaction, severity, atc);
    }

    private static String code(JsonNode node, String key, String path, Pattern shape, String expected, JsonFields fields) {
        String code = fields.text(node, key, path, true, false);
        if (code != null && !shape.matcher(code).matches()) {
            fields.error(path + "." + key, "must be " + expected);
            return null;
        }
        return code;
    }

    // ---- physical exam

    private static PhysicalExam physicalExam(JsonNode node, JsonFields fields) {
        String path = "physicalExam";
        Double temperature = fields.number(node, "temperatureC", path, 25, 45, "a temperature in °C", false);
        Integer heartRate = fields.integer(node, "heartRateBpm", path, 20, 300, false);
        Integer systolic = fields.integer(node, "systolicMmHg", path, 40, 300, false);
        Integer diastolic = fields.integer(node, "diastolicMmHg", path, 20, 200, false);
        Integer spo2 = fields.integer(node, "spo2Percent", path, 0, 100, false);
        Integer nyha = fields.integer(node, "nyhaClass", path, 1, 4, false);
        Integer ecog = fields.integer(node, "ecog", path, 0, 5, false);
        return new PhysicalExam(temperature, heartRate, systolic, diastolic, spo2, nyha, ecog);
    }

    // ---- observations and imaging

    private static List<Observation> observations(JsonNode node, JsonFields fields) {
        return list(node, "observations", fields, PatientRecordReader::observation);
    }

    private static Observation observation(JsonNode node, String path, JsonFields fields) {
        String loinc = fields.text(node, "loinc", path, true, false);
        if (loinc != null && !LOINC.matcher(loinc).matches()) {
            fields.error(path + ".loinc", "must be a LOINC code such as 6690-2");
            loinc = null;
        }
        String unit = JsonFields.isAbsent(node.path("unit")) || node.path("unit").asText("x").isBlank() ? null
                : fields.text(node, "unit", path, false, false);
        LocalDate date = fields.date(node, "date", path, false, false);
        UnitConversion conversion = loinc == null ? null : conversion(loinc, unit, path, fields);
        ObservationValue value = loinc == null ? null
                : value(node.path("value"), path + ".value", loinc, conversion, fields);
        if (conversion != null && conversion.isIdentity()) {
            unit = LabTest.forLoincOrNull(loinc).unit();
        }
        return value == null ? null : new Observation(loinc, value, unit, date);
    }

    /**
     * The conversion of a quantitative result's unit to the catalogue unit (no unit is the catalogue unit). A unit
     * the test does not accept is an error: a value is never read as if it were in another unit.
     */
    private static UnitConversion conversion(String loinc, String unit, String path, JsonFields fields) {
        LabTest test = LabTest.forLoincOrNull(loinc);
        if (test == null || !test.isQuantitative()) {
            return null;
        }
        UnitConversion conversion = test.conversionFrom(unit);
        if (conversion == null) {
            StringBuilder accepted = new StringBuilder();
            for (UnitConversion each : test.acceptedUnits()) {
                accepted.append(accepted.length() == 0 ? "" : ", ").append(each.unit());
            }
            fields.error(path + ".unit", "is not a unit of this test that converts to " + test.unit() + " (accepted: "
                    + accepted + ")");
        }
        return conversion;
    }

    /**
     * A number for the terminology's quantitative tests, a qualitative result for the others. A number's range is
     * checked in the catalogue unit, after conversion; the value is kept as entered, with its unit (another
     * spelling of the catalogue unit, such as {@code mL/min/{1.73_m2}}, is kept as the catalogue's spelling).
     */
    private static ObservationValue value(JsonNode node, String path, String loinc, UnitConversion conversion,
                                          JsonFields fields) {
        LabTest test = LabTest.forLoincOrNull(loinc);
        QualitativeResult result = node.isTextual() ? qualitative(node.asText()) : null;
        boolean isNumber = node.isNumber() && Double.isFinite(node.doubleValue());
        if (test == null) {
            return isNumber ? new ObservationValue.Quantity(node.doubleValue())
                    : result == null ? null : new ObservationValue.Qualitative(result);
        }
        String got = JsonFields.isAbsent(node) ? "nothing" : JsonFields.describe(node);
        if (test.isQuantitative()) {
            if (!isNumber) {
                fields.error(path, "must be a number in " + test.unit() + " for this test (got " + got + ")");
                return null;
            }
            if (conversion == null) {
                return null;
            }
            double inCatalogueUnit = conversion.toCatalogueUnit(node.doubleValue());
            if (node.doubleValue() < 0 || inCatalogueUnit < 0 || test == LabTest.LVEF && inCatalogueUnit > 100) {
                fields.error(path, "must be " + (test == LabTest.LVEF ? "between 0 and 100" : "0 or more") + " "
                        + test.unit() + " for this test");
                return null;
            }
            return new ObservationValue.Quantity(node.doubleValue());
        }
        if (result == null) {
            fields.error(path, "must be one of positive, negative, indeterminate for this test (got " + got + ")");
            return null;
        }
        return new ObservationValue.Qualitative(result);
    }

    private static QualitativeResult qualitative(String text) {
        for (QualitativeResult result : QualitativeResult.values()) {
            if (JsonFields.spelling(result).equalsIgnoreCase(text.trim())) {
                return result;
            }
        }
        return null;
    }

    private static List<Imaging> imaging(JsonNode node, JsonFields fields) {
        return list(node, "imaging", fields, PatientRecordReader::oneImaging);
    }

    private static Imaging oneImaging(JsonNode node, String path, JsonFields fields) {
        String modality = fields.text(node, "modality", path, false, false);
        String bodySite = fields.text(node, "bodySite", path, false, false);
        LocalDate date = fields.date(node, "date", path, false, false);
        String conclusion = fields.text(node, "conclusion", path, false, false);
        Boolean suspected = fields.bool(node, "suspectedMalignancy", path);
        return new Imaging(modality, bodySite, date, conclusion, suspected);
    }

    // ---- lists

    private interface ItemReader<T> {
        /** @return the item, or {@code null} when it has errors (recorded in {@code fields}) or is to be dropped */
        T read(JsonNode node, String path, JsonFields fields);
    }

    /** {@code null} when absent (not asked yet); each element must be an object. */
    private static <T> List<T> list(JsonNode node, String path, JsonFields fields, ItemReader<T> reader) {
        JsonNode array = fields.array(node, path);
        if (array == null) {
            return null;
        }
        List<T> items = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String itemPath = path + "[" + i + "]";
            JsonNode item = fields.object(array.get(i), itemPath);
            if (item == null && JsonFields.isAbsent(array.get(i))) {
                fields.error(itemPath, "must be an object (got null)");
            }
            T value = item == null ? null : reader.read(item, itemPath, fields);
            if (value != null) {
                items.add(value);
            }
        }
        return items;
    }
}
