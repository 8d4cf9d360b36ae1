package org.mscpathway.platform.ui.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.ui.clinical.PatientSummary.Lab;
import org.mscpathway.platform.ui.clinical.PatientSummary.Line;
import org.mscpathway.screening.catalogue.Catalogue;
import org.mscpathway.screening.record.Allergy;
import org.mscpathway.screening.record.AllergySeverity;
import org.mscpathway.screening.record.Condition;
import org.mscpathway.screening.record.ConditionStatus;
import org.mscpathway.screening.record.MedicalHistory;
import org.mscpathway.screening.record.Medication;
import org.mscpathway.screening.record.MedicationStatus;
import org.mscpathway.screening.record.ObservationValue;
import org.mscpathway.screening.record.PhysicalExam;
import org.mscpathway.screening.record.PregnancyStatus;
import org.mscpathway.screening.record.QualitativeResult;
import org.mscpathway.screening.terminology.Terminology;
import org.mscpathway.workflow.pathway.EnteredObservation;
import org.mscpathway.workflow.pathway.Investigations;

class PatientSummaryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final AbnormalValues CATALOGUE_LIMITS = new AbnormalValues(Catalogue.loadDefault().thresholds());
    private static final CodeNames NAMES = new CodeNames(Terminology.shipped());

    private static final MedicalHistory HISTORY = new MedicalHistory(
            List.of(new Condition("M17.0", ConditionStatus.ACTIVE, null, null),
                    new Condition("C50.9", ConditionStatus.RESOLVED, null, LocalDate.of(2010, 1, 15))),
            List.of(new Medication("C10AA05", "atorvastatin", MedicationStatus.ACTIVE, null)),
            List.of(new Allergy("penicillin", "rash", AllergySeverity.MILD, "J01C")),
            PregnancyStatus.NOT_PREGNANT, false);

    private static final PhysicalExam EXAM = new PhysicalExam(36.7, 72, 185, 80, 88, 2, 0);

    private static final Investigations LABS = new Investigations(List.of(
            lab("6690-2", 2.5, "10*9/L"), lab("751-8", 2500, "/uL"), lab("777-3", 250, null),
            new EnteredObservation("5196-1", new ObservationValue.Qualitative(QualitativeResult.POSITIVE), null, DAY),
            new EnteredObservation("1988-5", new ObservationValue.Quantity(5), null, null),
            lab("99999-9", 7, "mg/L")), null);

    @Test
    void vitalsComeInAFixedLabelledOrderWithUnitsAndTheCataloguesFlags() {
        PatientSummary summary = summary(Locale.ENGLISH);

        assertThat(summary.vitals()).containsExactly(
                new Line("Blood pressure", "185/80 mmHg", Flag.HIGH),
                new Line("Heart rate", "72 /min", null),
                new Line("Temperature", "36.7 °C", null),
                new Line("SpO₂", "88%", Flag.LOW),
                new Line("NYHA class", "NYHA II", Flag.HIGH),
                new Line("ECOG performance status", "ECOG 0", null));
    }

    @Test
    void labsReadByNameWithReadableUnitsAndAreFlaggedInTheCatalogueUnit() {
        PatientSummary summary = summary(Locale.ENGLISH);

        assertThat(summary.labs()).containsExactly(
                new Lab("Leukocytes (white blood cell count)", "6690-2", "2.5 ×10⁹/L", "2026-11-20", Flag.LOW),
                new Lab("Neutrophils (absolute count)", "751-8", "2,500 /µL", "2026-11-20", null),
                new Lab("Platelets (platelet count)", "777-3", "250 ×10⁹/L", "2026-11-20", null),
                new Lab("Hepatitis B surface antigen (HBsAg)", "5196-1", "positive", "2026-11-20", Flag.POSITIVE),
                new Lab("C-reactive protein (CRP)", "1988-5", "5 mg/L", "", null),
                new Lab(null, "99999-9", "7 mg/L", "2026-11-20", null));
    }

    @Test
    void historyReadsByNameWithTheCodeBesideAndTheStatusInWords() {
        PatientSummary summary = summary(Locale.ENGLISH);

        assertThat(summary.conditions()).containsExactly("Primary gonarthrosis, bilateral (M17.0), active",
                "Malignant neoplasm of breast, unspecified (C50.9), resolved on 2010-01-15");
        assertThat(summary.medications()).containsExactly("Atorvastatin (C10AA05), active");
        assertThat(summary.allergies()).containsExactly("penicillin (J01C), mild: rash");
    }

    @Test
    void theSummaryReadsInChinese() {
        PatientSummary summary = summary(Bundle.CHINESE);

        assertThat(summary.vitals()).first().isEqualTo(new Line("血压", "185/80 mmHg", Flag.HIGH));
        assertThat(summary.vitals()).extracting(Line::label).contains("心率", "体温", "血氧饱和度（SpO₂）");
        assertThat(summary.labs().get(0).name()).isEqualTo("白细胞计数（WBC）");
        assertThat(summary.labs().get(3).value()).isEqualTo("阳性");
        assertThat(summary.conditions()).first().isEqualTo("原发性双侧膝关节病（M17.0），活动期");
        assertThat(summary.medications()).containsExactly("阿托伐他汀（C10AA05），活动期");
        assertThat(summary.allergies()).containsExactly("penicillin（J01C），轻度：rash");
    }

    @Test
    void aSectionNotEnteredYetIsNullAndOneAnsweredNoneIsEmpty() {
        MedicalHistory none = new MedicalHistory(List.of(), List.of(), null, null, null);

        PatientSummary summary = PatientSummary.of(none, null, null, CATALOGUE_LIMITS, NAMES, Locale.ENGLISH,
                Bundle.words(Locale.ENGLISH));

        assertThat(summary.conditions()).isEmpty();
        assertThat(summary.medications()).isEmpty();
        assertThat(summary.allergies()).isNull();
        assertThat(summary.vitals()).isNull();
        assertThat(summary.labs()).isNull();
    }

    @Test
    void aMedicationTheTerminologyKnowsOnlyByClassKeepsTheRecordedName() {
        MedicalHistory history = new MedicalHistory(null,
                List.of(new Medication("J01CA99", "newcillin", MedicationStatus.STOPPED, LocalDate.of(2026, 11, 1))),
                null, null, null);

        PatientSummary summary = PatientSummary.of(history, null, null, CATALOGUE_LIMITS, NAMES, Locale.ENGLISH,
                Bundle.words(Locale.ENGLISH));

        assertThat(summary.medications()).containsExactly("Newcillin (J01CA99), stopped on 2026-11-01");
    }

    private static PatientSummary summary(Locale locale) {
        return PatientSummary.of(HISTORY, EXAM, LABS, CATALOGUE_LIMITS, NAMES, locale, Bundle.words(locale));
    }

    private static EnteredObservation lab(String loinc, double value, String unit) {
        return new EnteredObservation(loinc, new ObservationValue.Quantity(value), unit, DAY);
    }
}
