package org.mscpathway.screening.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mscpathway.screening.assessment.Evidence;
import org.mscpathway.screening.assessment.Finding;
import org.mscpathway.screening.assessment.MissingData;
import org.mscpathway.screening.assessment.UncountedResult;
import org.mscpathway.screening.catalogue.CodeSet;
import org.mscpathway.screening.record.Allergy;
import org.mscpathway.screening.record.Condition;
import org.mscpathway.screening.record.LabTest;
import org.mscpathway.screening.record.MedicalHistory;
import org.mscpathway.screening.record.Medication;
import org.mscpathway.screening.record.MedicationStatus;
import org.mscpathway.screening.record.Observation;
import org.mscpathway.screening.record.ObservationValue;
import org.mscpathway.screening.record.PatientRecord;
import org.mscpathway.screening.record.PhysicalExam;
import org.mscpathway.screening.record.QualitativeResult;
import org.mscpathway.screening.record.UnitConversion;

/**
 * One evaluation of one record: the record's data arranged for the rules (the most recent trusted result of each
 * lab test in its catalogue unit, the lists a rule walks) and the findings, missing items and uncounted results
 * collected so far.
 *
 * <p>Trusted data (catalogue 2026.2): a result counts only when it is dated, not after the assessment date, and no
 * older than its window (serology, blood count, hCG, everything else); an older or undated one neither fires a
 * rule nor satisfies a requirement, and is reported in {@link #notCounted} with the reason. A result dated after
 * the assessment date is a data error and is not counted either (the reading the pregnancy test always had).
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
    private final double[] latestValue = new double[LAB_TESTS];
    /** The most recent positive hCG within its window: it excludes whatever later tests say. */
    private Observation positiveHcg;
    /** Why a result of each test was not counted, for the missing item that asks for it again; lazily made. */
    private String[] uncountedReason;
    final List<Finding> findings = new ArrayList<>(4);
    final List<MissingData> missing = new ArrayList<>(2);
    List<UncountedResult> notCounted = List.of();
    /** Set by the pregnancy rules: whether this person needed an hCG test (for the plan's monitoring). */
    boolean pregnancyTestRequired;

    Evaluation(PatientRecord record, boolean full, ResultWindows windows) {
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
        if (record.observations() != null && !record.observations().isEmpty()) {
            long assessmentEpochDay = assessmentDate.toEpochDay();
            for (Observation observation : record.observations()) {
                keepIfTrusted(observation, assessmentEpochDay, windows);
            }
        }
    }

    private void keepIfTrusted(Observation observation, long assessmentEpochDay, ResultWindows windows) {
        LabTest test = LabTest.forLoincOrNull(observation.loinc());
        if (test == null || test.isQuantitative() != (observation.value() instanceof ObservationValue.Quantity)) {
            return;
        }
        double value = Double.NaN;
        if (test.isQuantitative()) {
            UnitConversion conversion = test.conversionFrom(observation.unit());
            if (conversion == null) {
                notCounted(test, observation, "unit '" + observation.unit() + "' cannot be converted to " + test.unit());
                return;
            }
            value = conversion.toCatalogueUnit(((ObservationValue.Quantity) observation.value()).value());
        }
        String untrusted = windows.untrusted(test.window(), observation.date(), assessmentEpochDay);
        if (untrusted != null) {
            notCounted(test, observation, untrusted);
            return;
        }
        if (test == LabTest.PREGNANCY_TEST && result(observation) == QualitativeResult.POSITIVE
                && (positiveHcg == null || observation.date().isAfter(positiveHcg.date()))) {
            positiveHcg = observation;
        }
        keepIfLatest(test, observation, value);
    }

    private void notCounted(LabTest test, Observation observation, String reason) {
        if (notCounted.isEmpty()) {
            notCounted = new ArrayList<>(2);
            uncountedReason = new String[LAB_TESTS];
        }
        notCounted.add(new UncountedResult("LOINC " + observation.loinc(), reason));
        if (uncountedReason[test.ordinal()] == null) {
            uncountedReason[test.ordinal()] = reason;
        }
    }

    /** Keeps the most recent counted result of each test; of two results of the same day, the worse one. */
    private void keepIfLatest(LabTest test, Observation observation, double value) {
        int i = test.ordinal();
        Observation kept = latest[i];
        int byDate = kept == null ? 1 : observation.date().compareTo(kept.date());
        if (byDate > 0 || byDate == 0 && isWorse(test, observation, value, kept, latestValue[i])) {
            latest[i] = observation;
            latestValue[i] = value;
        }
    }

    private static boolean isWorse(LabTest test, Observation candidate, double a, Observation kept, double b) {
        if (!test.isQuantitative()) {
            return severityRank(result(candidate)) > severityRank(result(kept));
        }
        return test.lowerIsWorse() ? a < b : a > b;
    }

    private static int severityRank(QualitativeResult result) {
        return switch (result) {
            case NEGATIVE -> 0;
            case INDETERMINATE -> 1;
            case POSITIVE -> 2;
        };
    }

    /** The most recent counted result of a test, or {@code null}. */
    Observation latest(LabTest test) {
        return latest[test.ordinal()];
    }

    /** The value of {@link #latest} in the catalogue unit; only meaningful when there is one. */
    double value(LabTest test) {
        return latestValue[test.ordinal()];
    }

    /** Whether the most recent counted result of a quantitative test is below {@code limit}. */
    boolean below(LabTest test, double limit) {
        return latest[test.ordinal()] != null && latestValue[test.ordinal()] < limit;
    }

    /** Whether the most recent counted result of a quantitative test is above {@code limit}. */
    boolean above(LabTest test, double limit) {
        return latest[test.ordinal()] != null && latestValue[test.ordinal()] > limit;
    }

    /** The most recent positive hCG within its window, or {@code null}. */
    Observation positivePregnancyTest() {
        return positiveHcg;
    }

    static QualitativeResult result(Observation observation) {
        return ((ObservationValue.Qualitative) observation.value()).result();
    }

    boolean isPositive(LabTest test) {
        Observation observation = latest(test);
        return observation != null && result(observation) == QualitativeResult.POSITIVE;
    }

    /** Whether the most recent counted result of a qualitative test is positive or negative (indeterminate is no answer). */
    boolean hasConclusiveResult(LabTest test) {
        Observation observation = latest(test);
        return observation != null && result(observation) != QualitativeResult.INDETERMINATE;
    }

    /** Evidence of the latest counted result of a test, e.g. {@code ("LOINC 10230-1", "30 % on 2026-11-18")}. */
    Evidence evidence(LabTest test) {
        return evidence(latest(test), test);
    }

    /**
     * Evidence such as {@code ("LOINC 10230-1", "30 % on 2026-11-18")}; a value entered in another unit shows both,
     * {@code "2.5 10*9/L (entered as 2500 /uL) on 2026-11-20"}.
     */
    static Evidence evidence(Observation observation, LabTest test) {
        String value;
        if (test.isQuantitative()) {
            UnitConversion conversion = test.conversionFrom(observation.unit());
            double entered = ((ObservationValue.Quantity) observation.value()).value();
            value = conversion.isIdentity() ? format(entered) + " " + test.unit()
                    : format(conversion.toCatalogueUnit(entered)) + " " + test.unit() + " (entered as "
                            + observation.value() + " " + observation.unit() + ")";
        } else {
            value = observation.value().toString();
        }
        return new Evidence("LOINC " + observation.loinc(), value + " on " + observation.date());
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

    /** A whole number prints without decimals (38 rather than 38.0), others with at most 4 (3.3937). */
    static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        double rounded = Math.abs(value) < 1e11 ? Math.round(value * 10_000) / 10_000.0 : value;
        return new ObservationValue.Quantity(rounded).toString();
    }

    /**
     * Evidence of each condition of the history coded in {@code codes}: only those active or recurrent when
     * {@code currentOnly} (a row that says "active"), else whatever their status. {@code null} when none.
     */
    List<Evidence> conditionsIn(CodeSet codes, boolean currentOnly) {
        List<Evidence> found = null;
        for (Condition condition : conditions) {
            if ((!currentOnly || condition.status().isCurrent()) && codes.matches(condition.icd10())) {
                found = collect(found, evidence(condition));
            }
        }
        return found;
    }

    /** Evidence of each active medication coded in {@code codes}; {@code null} when none. */
    List<Evidence> activeMedicationsIn(CodeSet codes) {
        List<Evidence> found = null;
        for (Medication medication : medications) {
            if (medication.status() == MedicationStatus.ACTIVE && codes.matches(medication.atc())) {
                found = collect(found, evidence(medication, "active"));
            }
        }
        return found;
    }

    /**
     * Evidence of each medication coded in {@code codes} that is active or was stopped fewer than {@code days}
     * days before the assessment; stopped with no end date counts as recent (safer). {@code null} when none.
     */
    List<Evidence> medicationsTakenWithin(CodeSet codes, int days) {
        List<Evidence> found = null;
        for (Medication medication : medications) {
            if (codes.matches(medication.atc())) {
                found = takenAfter(medication, assessmentDate.minusDays(days), found);
            }
        }
        return found;
    }

    /** Adds the medication's evidence if it is active, stopped after {@code recentAfter} or stopped undated. */
    static List<Evidence> takenAfter(Medication medication, LocalDate recentAfter, List<Evidence> found) {
        if (medication.status() == MedicationStatus.ACTIVE) {
            return collect(found, evidence(medication, "active"));
        } else if (medication.end() == null) {
            return collect(found, evidence(medication, "stopped, no end date"));
        } else if (medication.end().isAfter(recentAfter)) {
            return collect(found, evidence(medication, "stopped on " + medication.end()));
        }
        return found;
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

    /**
     * Asks for a result of {@code test} by its preferred code; when a result of it was not counted the reason says
     * why, e.g. "...; the result on file is not counted: older than 90 days".
     */
    void requireResult(LabTest test, String reason) {
        String why = uncountedReason == null ? null : uncountedReason[test.ordinal()];
        require("LOINC " + test.preferredLoinc(), why == null ? reason : reason + "; the result on file is not counted: " + why);
    }
}
