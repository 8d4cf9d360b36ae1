package org.mscpathway.interop.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mscpathway.interop.fhir.Bundles.PATIENT;
import static org.mscpathway.interop.fhir.Bundles.allergy;
import static org.mscpathway.interop.fhir.Bundles.bloodPressurePanel;
import static org.mscpathway.interop.fhir.Bundles.condition;
import static org.mscpathway.interop.fhir.Bundles.observation;
import static org.mscpathway.interop.fhir.Bundles.quantity;

import org.junit.jupiter.api.Test;
import org.mscpathway.screening.Screening;
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.assessment.EvaluationMode;
import org.mscpathway.screening.assessment.Finding;
import org.mscpathway.screening.assessment.Outcome;
import org.mscpathway.screening.assessment.RuleGroup;
import org.mscpathway.screening.assessment.Severity;
import org.mscpathway.screening.json.PatientRecordReader;

/**
 * Imported records go through the evaluator's own reader and rules: for each rule group a Bundle coded the way an
 * EHR codes it (SNOMED CT or ICD-10, LOINC answers, UCUM units) fires that group's rule.
 */
class ImportedRecordScreeningTest {

    private static final Screening SCREENING = Screening.withDefaultCatalogue();
    private static final PatientRecordReader READER = new PatientRecordReader(Bundles.CLOCK, SCREENING);
    private static final String SNOMED = "http://snomed.info/sct";

    private static Assessment screen(String... resources) {
        return SCREENING.evaluate(READER.read(Bundles.read(resources).record()), EvaluationMode.FULL);
    }

    private static String evidence(Finding finding) {
        return String.join("; ", finding.evidence().stream().map(item -> item.item() + " = " + item.value()).toList());
    }

    private static String coded(String system, String code) {
        return "\"valueCodeableConcept\": {\"coding\": [{\"system\": \"" + system + "\", \"code\": \"" + code + "\"}]}";
    }

    @Test
    void aPositiveHcgCodedInSnomedMakesThePatientIneligible() {
        Assessment assessment = screen(PATIENT, observation("hcg", "2106-3", coded(SNOMED, "10828004"), "2026-11-20"));

        assertThat(assessment.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(assessment.findings()).extracting(Finding::group, Finding::severity)
                .contains(tuple(RuleGroup.PREGNANCY, Severity.ABSOLUTE));
    }

    @Test
    void aBreastfeedingStatusMakesThePatientIneligible() {
        Assessment assessment = screen(PATIENT,
                observation("bf", "63895-7", coded("http://loinc.org", "LA29252-6"), "2026-11-20"));

        assertThat(assessment.findings()).extracting(Finding::group, Finding::severity)
                .contains(tuple(RuleGroup.PREGNANCY, Severity.ABSOLUTE));
    }

    @Test
    void anActiveBreastCancerCodedInSnomedIsAnAbsoluteMalignancyFinding() {
        Assessment assessment = screen(PATIENT, condition("bc", SNOMED, "254837009", "active", null));

        assertThat(assessment.findings()).filteredOn(finding -> finding.group() == RuleGroup.MALIGNANCY)
                .anySatisfy(finding -> {
                    assertThat(finding.severity()).isEqualTo(Severity.ABSOLUTE);
                    assertThat(evidence(finding)).contains("C50.9");
                });
    }

    @Test
    void imagingCodedAsMalignantIsAnAbsoluteMalignancyFinding() {
        Assessment assessment = screen(PATIENT, """
                {"resourceType": "DiagnosticReport", "id": "ct", "status": "final",
                 "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0074", "code": "RAD"}]}],
                 "code": {"text": "CT chest"}, "effectiveDateTime": "2026-11-19",
                 "conclusionCode": [{"coding": [{"system": "http://snomed.info/sct", "code": "363346000"}]}]}""");

        assertThat(assessment.findings()).extracting(Finding::group, Finding::severity)
                .contains(tuple(RuleGroup.MALIGNANCY, Severity.ABSOLUTE));
    }

    @Test
    void activeRheumatoidArthritisCodedInIcd10IsAnAutoimmuneReviewItem() {
        Assessment assessment = screen(PATIENT,
                condition("ra", "http://hl7.org/fhir/sid/icd-10-cm", "M05.79", "active", null));

        assertThat(assessment.findings()).extracting(Finding::group, Finding::severity)
                .contains(tuple(RuleGroup.AUTOIMMUNE, Severity.RELATIVE));
    }

    @Test
    void aFeverMeasuredInFahrenheitIsAnAbsoluteInfectionFinding() {
        Assessment assessment = screen(PATIENT, observation("t", "8310-5", quantity(100.4, "[degF]"), "2026-11-24"));

        assertThat(assessment.findings()).filteredOn(finding -> finding.group() == RuleGroup.INFECTION)
                .anySatisfy(finding -> {
                    assertThat(finding.severity()).isEqualTo(Severity.ABSOLUTE);
                    assertThat(evidence(finding)).contains("temperature").contains("38");
                });
    }

    @Test
    void aReactiveHivTestAndActiveAntibioticsAreInfectionFindings() {
        Assessment assessment = screen(PATIENT,
                observation("hiv", "56888-1", coded("http://loinc.org", "LA6576-8"), "2026-11-20"),
                Bundles.medicationStatement("abx", "active", "J01CA04", null));

        assertThat(assessment.findings()).extracting(Finding::group, Finding::severity)
                .contains(tuple(RuleGroup.INFECTION, Severity.ABSOLUTE), tuple(RuleGroup.INFECTION, Severity.RELATIVE));
    }

    @Test
    void aHighBloodPressurePanelIsACardiacReviewItem() {
        Assessment assessment = screen(PATIENT, bloodPressurePanel(185, 90, "2026-11-24"));

        assertThat(assessment.findings()).extracting(Finding::group, Finding::severity)
                .contains(tuple(RuleGroup.CARDIAC, Severity.RELATIVE));
    }

    @Test
    void anAcuteInfarctionCodedInSnomedIsAnAbsoluteCardiacFinding() {
        Assessment assessment = screen(PATIENT,
                condition("mi", SNOMED, "57054005", "active", "\"onsetDateTime\": \"2026-09-01\""));

        assertThat(assessment.findings()).extracting(Finding::group, Finding::severity)
                .contains(tuple(RuleGroup.CARDIAC, Severity.ABSOLUTE));
    }

    @Test
    void anaphylaxisToPenicillinIsAnAbsoluteAllergyFinding() {
        Assessment assessment = screen(PATIENT, allergy("pen", "{\"text\": \"penicillin\"}", """
                "reaction": [{"manifestation": [{"coding": [{"system": "http://snomed.info/sct", "code": "39579001"}]}]}]"""));

        assertThat(assessment.findings()).extracting(Finding::group, Finding::severity)
                .contains(tuple(RuleGroup.ALLERGY, Severity.ABSOLUTE));
    }

    @Test
    void aLowEgfrIsAnOrganFunctionReviewItem() {
        Assessment assessment = screen(PATIENT,
                observation("egfr", "62238-1", "\"valueQuantity\": {\"value\": 24}", "2026-11-20"));

        assertThat(assessment.findings()).extracting(Finding::group, Finding::severity)
                .contains(tuple(RuleGroup.ORGAN_FUNCTION, Severity.RELATIVE));
    }

    @Test
    void aPatientBornIn1945GetsTheAgePrecaution() {
        Assessment assessment = screen(PATIENT.replace("1968-04-12", "1945-02-01"));

        assertThat(assessment.findings()).extracting(Finding::group, Finding::severity)
                .contains(tuple(RuleGroup.AGE, Severity.PRECAUTION));
    }

    @Test
    void aBundleWithNothingTheCatalogueReadsIsIncompleteAndNamesWhatIsMissing() {
        Assessment assessment = screen(PATIENT, "{\"resourceType\": \"Encounter\", \"id\": \"e1\", \"status\": "
                + "\"finished\", \"class\": {\"system\": \"http://terminology.hl7.org/CodeSystem/v3-ActCode\", \"code\": \"AMB\"}}");

        assertThat(assessment.outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(assessment.findings()).isEmpty();
        assertThat(assessment.missing()).isNotEmpty();
    }
}
