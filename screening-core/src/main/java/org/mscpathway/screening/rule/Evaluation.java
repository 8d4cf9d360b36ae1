package org.mscpathway.screening.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mscpathway.screening.assessment.Evidence;
import org.mscpathway.screening.assessment.Finding;
import org.mscpathway.screening.assessment.MissingData;
import org.mscpathway.screening.record.Allergy;
import org.mscpathway.screening.record.Condition;
import org.mscpathway.screening.record.LabTest;
import org.mscpathway.screening.record.MedicalHistory;
import org.mscpathway.screening.record.Medication;
import org.mscpathway.screening.record.Observation;
import org.mscpathway.screening.record.ObservationValue;
import org.mscpathway.screening.record.PatientRecord;
import org.mscpathway.screening.record.PhysicalExam;
import org.mscpathway.screening.record.QualitativeResult;

/**
 * One evaluation of one record: the record's data arranged for the rules (the most recent result of each lab
 * test, the lists a rule walks) and the findings and missing items collected so far.
 */
final class Evaluation {

    private static final int LAB_TESTS = LabTest.values().length;

    final LocalDate assessmentDate;
    final boolean full;
    /** Completed years on the assessment date; -1 when the birth date is unknown or after the assessment date. */
    final int age;
    final MedicalHistory history;
    final PhysicalExam exam;
    final List<Condition> conditions;
    final List<Medication> medications;
    final List<Allergy> allergies;
    final PatientRecord record;
    private final Observation[] latest = new Observation[LAB_TESTS];
    final List<Finding> findings = new ArrayList<>(4);
    final List<MissingData> missing = new ArrayList<>(2);

    Evaluation(PatientRecord record, boolean full) {
        this.record = record;
        this.full = full;
        this.assessmentDate = record.assessmentDate();
        LocalDate birthDate = record.patient().birthDate();
        this.age = birthDate == null || birthDate.isAfter(assessmentDate) ? -1 : record.patient().ageOn(assessmentDate);
        this.history = record.medicalHistory();
        this.exam = record.physicalExam();
        this.conditions = history == null || history.conditions() == null ? List.of() : history.conditions();
        this.medications = history == null || history.medications() == null ? List.of() : history.medications();
        this.allergies = history == null || history.allergies() == null ? List.of() : history.allergies();
        if (record.observations() != null) {
            for (Observation observation : record.observations()) {
                keepIfLatest(observation);
            }
        }
    }

    /**
     * Keeps the most recent result of each test (an undated result counts as the oldest); of two results of the
     * same day, the worse one. A value of the wrong kind for its test (a word for a number) is ignored.
     */
    private void keepIfLatest(Observation observation) {
        LabTest test = LabTest.forLoincOrNull(observation.loinc());
        if (test == null || test.isQuantitative() != (observation.value() instanceof ObservationValue.Quantity)) {
            return;
        }
        Observation kept = latest[test.ordinal()];
        if (kept == null) {
            latest[test.ordinal()] = observation;
            return;
        }
        int byDate = compareDates(observation.date(), kept.date());
        if (byDate > 0 || byDate == 0 && isWorse(test, observation, kept)) {
            latest[test.ordinal()] = observation;
        }
    }

    private static int compareDates(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static boolean isWorse(LabTest test, Observation candidate, Observation kept) {
        if (!test.isQuantitative()) {
            return severityRank(result(candidate)) > severityRank(result(kept));
        }
        double a = number(candidate);
        double b = number(kept);
        return test.lowerIsWorse() ? a < b : a > b;
    }

    private static int severityRank(QualitativeResult result) {
        return switch (result) {
            case NEGATIVE -> 0;
            case INDETERMINATE -> 1;
            case POSITIVE -> 2;
        };
    }

    /** The most recent result of a test, or {@code null}. */
    Observation latest(LabTest test) {
        return latest[test.ordinal()];
    }

    static double number(Observation observation) {
        return ((ObservationValue.Quantity) observation.value()).value();
    }

    static QualitativeResult result(Observation observation) {
        return ((ObservationValue.Qualitative) observation.value()).result();
    }

    boolean isPositive(LabTest test) {
        Observation observation = latest(test);
        return observation != null && result(observation) == QualitativeResult.POSITIVE;
    }

    /** Whether the most recent result of a qualitative test is positive or negative (indeterminate is no answer). */
    boolean hasConclusiveResult(LabTest test) {
        Observation observation = latest(test);
        return observation != null && result(observation) != QualitativeResult.INDETERMINATE;
    }

    /** Evidence such as {@code ("LOINC 10230-1", "30 % on 2026-11-18")}. */
    static Evidence evidence(Observation observation, LabTest test) {
        String value = test.isQuantitative() ? observation.value() + " " + test.unit() : observation.value().toString();
        String when = observation.date() == null ? " (undated)" : " on " + observation.date();
        return new Evidence("LOINC " + observation.loinc(), value + when);
    }

    static Evidence evidence(Condition condition, String value) {
        return new Evidence("condition " + condition.icd10(), value);
    }

    /** Evidence such as {@code ("condition C61", "remission on 2024-06-15")} or {@code ("condition C50.9", "active")}. */
    static Evidence evidence(Condition condition) {
        String status = condition.status().name().toLowerCase(java.util.Locale.ROOT);
        if (!condition.status().isCurrent()) {
            status += condition.abatement() == null ? ", no abatement date" : " on " + condition.abatement();
        }
        return evidence(condition, status);
    }

    static Evidence evidence(Medication medication, String value) {
        return new Evidence("medication " + medication.atc(), value);
    }

    /** A whole number prints without decimals: 38 rather than 38.0, 37.9 as 37.9. */
    static String format(double value) {
        return Double.isFinite(value) ? new ObservationValue.Quantity(value).toString() : Double.toString(value);
    }

    /** Adds to a list of evidence that is created when the first item is found. */
    static List<Evidence> collect(List<Evidence> evidence, Evidence item) {
        List<Evidence> list = evidence == null ? new ArrayList<>(2) : evidence;
        list.add(item);
        return list;
    }

    void fire(Rule rule, Evidence evidence) {
        findings.add(rule.finding(List.of(evidence)));
    }

    /** Adds the rule's finding if any evidence was collected for it. */
    void fireIfAny(Rule rule, List<Evidence> evidence) {
        if (evidence != null) {
            findings.add(rule.finding(evidence));
        }
    }

    /** Records a missing item; only a full evaluation asks for data. */
    void require(String item, String reason) {
        if (full) {
            missing.add(new MissingData(item, reason));
        }
    }
}
