package org.mscpathway.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mscpathway.screening.record.Allergy;
import org.mscpathway.screening.record.AllergySeverity;
import org.mscpathway.screening.record.Condition;
import org.mscpathway.screening.record.ConditionStatus;
import org.mscpathway.screening.record.Imaging;
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

/**
 * Builds test records: {@link #completeMale(int)} is p01's complete, unremarkable work-up, to which a test adds
 * the one datum it is about.
 */
public final class RecordBuilder {

    public static final LocalDate ASSESSED = LocalDate.of(2026, 11, 25);
    public static final LocalDate LAB_DATE = LocalDate.of(2026, 11, 18);

    private LocalDate birthDate;
    private Sex sex;
    private Double weightKg = 72.0;
    private String indication = "knee-osteoarthritis";
    private LocalDate assessmentDate = ASSESSED;
    private List<Condition> conditions = new ArrayList<>();
    private List<Medication> medications = new ArrayList<>();
    private List<Allergy> allergies = new ArrayList<>();
    private PregnancyStatus pregnancy = PregnancyStatus.UNKNOWN;
    private Boolean lactating = false;
    private boolean historyTaken = true;
    private Double temperatureC = 36.6;
    private Integer systolic = 126;
    private Integer diastolic = 80;
    private Integer nyhaClass = 1;
    private Integer spo2 = 98;
    private boolean examined = true;
    private List<Observation> observations = new ArrayList<>();
    private List<Imaging> imaging = new ArrayList<>();

    private RecordBuilder(Sex sex, int age) {
        this.sex = sex;
        this.birthDate = ASSESSED.minusYears(age).minusDays(30);
        qualitative("56888-1", "negative", LAB_DATE);
        qualitative("5196-1", "negative", LAB_DATE);
        qualitative("16128-1", "negative", LAB_DATE);
        qualitative("20507-0", "negative", LAB_DATE);
        for (Object[] lab : new Object[][] {{"6690-2", 6.4}, {"751-8", 3.8}, {"777-3", 240.0}, {"718-7", 14.1},
                {"1988-5", 2.1}, {"62238-1", 88.0}, {"1742-6", 24.0}, {"1920-8", 22.0}, {"1975-2", 0.7}}) {
            quantity((String) lab[0], (Double) lab[1], LAB_DATE);
        }
    }

    /** p01: a man of {@code age} with a complete, unremarkable work-up. */
    public static RecordBuilder completeMale(int age) {
        return new RecordBuilder(Sex.MALE, age);
    }

    /** As {@link #completeMale} for a woman, with a negative pregnancy test 5 days before the assessment. */
    public static RecordBuilder completeFemale(int age) {
        return new RecordBuilder(Sex.FEMALE, age).qualitative("2106-3", "negative", ASSESSED.minusDays(5))
                .notPregnant();
    }

    /** Only what a coordinator knows when opening a case: patient and indication. */
    public static RecordBuilder newCase(Sex sex, int age) {
        RecordBuilder builder = new RecordBuilder(sex, age);
        builder.historyTaken = false;
        builder.conditions = null;
        builder.medications = null;
        builder.allergies = null;
        builder.pregnancy = null;
        builder.lactating = null;
        builder.examined = false;
        builder.observations = null;
        builder.imaging = null;
        return builder;
    }

    public RecordBuilder sex(Sex value) {
        sex = value;
        return this;
    }

    public RecordBuilder birthDate(LocalDate value) {
        birthDate = value;
        return this;
    }

    public RecordBuilder weightKg(Double value) {
        weightKg = value;
        return this;
    }

    public RecordBuilder indication(String value) {
        indication = value;
        return this;
    }

    public RecordBuilder condition(String icd10, ConditionStatus status, LocalDate onset, LocalDate abatement) {
        conditions = conditions == null ? new ArrayList<>() : conditions;
        historyTaken = true;
        conditions.add(new Condition(icd10, status, onset, abatement));
        return this;
    }

    public RecordBuilder activeCondition(String icd10) {
        return condition(icd10, ConditionStatus.ACTIVE, LocalDate.of(2015, 1, 1), null);
    }

    public RecordBuilder medication(String atc, MedicationStatus status, LocalDate end) {
        medications = medications == null ? new ArrayList<>() : medications;
        historyTaken = true;
        medications.add(new Medication(atc, null, status, end));
        return this;
    }

    public RecordBuilder activeMedication(String atc) {
        return medication(atc, MedicationStatus.ACTIVE, null);
    }

    public RecordBuilder allergy(String substance, String reaction, AllergySeverity severity) {
        allergies = allergies == null ? new ArrayList<>() : allergies;
        historyTaken = true;
        allergies.add(new Allergy(substance, reaction, severity));
        return this;
    }

    public RecordBuilder allergy(String substance, String reaction, AllergySeverity severity, String atc) {
        allergies = allergies == null ? new ArrayList<>() : allergies;
        historyTaken = true;
        allergies.add(new Allergy(substance, reaction, severity, atc));
        return this;
    }

    /** Also marks the history as taken, for a {@link #newCase} whose coordinator records only the pregnancy. */
    public RecordBuilder pregnancy(PregnancyStatus value) {
        pregnancy = value;
        historyTaken = true;
        return this;
    }

    public RecordBuilder notPregnant() {
        return pregnancy(PregnancyStatus.NOT_PREGNANT);
    }

    public RecordBuilder lactating(Boolean value) {
        lactating = value;
        historyTaken = true;
        return this;
    }

    public RecordBuilder conditionsNotAsked() {
        conditions = null;
        return this;
    }

    public RecordBuilder medicationsNotAsked() {
        medications = null;
        return this;
    }

    public RecordBuilder allergiesNotAsked() {
        allergies = null;
        return this;
    }

    public RecordBuilder temperatureC(Double value) {
        temperatureC = value;
        return this;
    }

    public RecordBuilder bloodPressure(Integer systolicMmHg, Integer diastolicMmHg) {
        systolic = systolicMmHg;
        diastolic = diastolicMmHg;
        return this;
    }

    public RecordBuilder spo2(Integer percent) {
        spo2 = percent;
        return this;
    }

    public RecordBuilder nyhaClass(Integer value) {
        nyhaClass = value;
        return this;
    }

    /** Raises the temperature to at least {@code value} (a lower one stays): a datum added, never taken away. */
    public RecordBuilder temperatureAtLeast(double value) {
        examined = true;
        temperatureC = temperatureC == null ? value : Math.max(temperatureC, value);
        return this;
    }

    public RecordBuilder nyhaClassAtLeast(int value) {
        examined = true;
        nyhaClass = nyhaClass == null ? value : Math.max(nyhaClass, value);
        return this;
    }

    public RecordBuilder systolicAtLeast(int value) {
        examined = true;
        systolic = systolic == null ? value : Math.max(systolic, value);
        return this;
    }

    /** Adds a numeric result. */
    public RecordBuilder quantity(String loinc, double value, LocalDate date) {
        return quantity(loinc, value, null, date);
    }

    /** Adds a numeric result written in {@code unit} ({@code null}: the catalogue unit). */
    public RecordBuilder quantity(String loinc, double value, String unit, LocalDate date) {
        observations = observations == null ? new ArrayList<>() : observations;
        observations.add(new Observation(loinc, new ObservationValue.Quantity(value), unit, date));
        return this;
    }

    /** Adds a qualitative result: "positive", "negative" or "indeterminate". */
    public RecordBuilder qualitative(String loinc, String result, LocalDate date) {
        QualitativeResult value = QualitativeResult.valueOf(result.toUpperCase(java.util.Locale.ROOT));
        observations = observations == null ? new ArrayList<>() : observations;
        observations.add(new Observation(loinc, new ObservationValue.Qualitative(value), null, date));
        return this;
    }

    /** Replaces every result of {@code loinc} by one number dated {@link #LAB_DATE}. */
    public RecordBuilder lab(String loinc, double value) {
        withoutLab(loinc);
        return quantity(loinc, value, LAB_DATE);
    }

    /** Replaces every result of {@code loinc} by one qualitative result dated {@link #LAB_DATE}. */
    public RecordBuilder lab(String loinc, String result) {
        withoutLab(loinc);
        return qualitative(loinc, result, LAB_DATE);
    }

    public RecordBuilder withoutLab(String loinc) {
        if (observations != null) {
            observations.removeIf(observation -> observation.loinc().equals(loinc));
        }
        return this;
    }

    public RecordBuilder imaging(Imaging value) {
        imaging = imaging == null ? new ArrayList<>() : imaging;
        imaging.add(value);
        return this;
    }

    public PatientRecord build() {
        MedicalHistory history = historyTaken
                ? new MedicalHistory(conditions, medications, allergies, pregnancy, lactating) : null;
        PhysicalExam exam = examined ? new PhysicalExam(temperatureC, 70, systolic, diastolic, spo2, nyhaClass, 0) : null;
        return new PatientRecord(new Patient("MRN-TEST", birthDate, sex, weightKg, 172.0), indication, assessmentDate,
                history, exam, observations, imaging);
    }
}
