package org.mscpathway.interop.careplan;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.CarePlan;
import org.junit.jupiter.api.Test;
import org.mscpathway.interop.fhir.FhirDocuments;

class CarePlanExportTest {

    private static final UUID CASE = UUID.fromString("7b0e3f3e-8a53-4d0f-9a39-2f3a7c1d9e11");
    private static final CarePlanExport EXPORT = new CarePlanExport();

    private static ApprovedPlan approved(String planJson) throws Exception {
        JsonNode plan = new ObjectMapper().readTree(planJson);
        return new ApprovedPlan(CASE, "MRN-0042", plan, 2, "2026.1", "physician",
                Instant.parse("2026-11-25T10:15:30Z"), LocalDate.of(2026, 11, 24), "v1");
    }

    private static final String DIABETES_PLAN = """
            {"indication": "type-2-diabetes", "route": "intravenous", "product": "UC-MSC",
             "cellsPerAdministration": 41000000, "administrations": 3, "intervalWeeks": 4,
             "premedication": ["antihistamine before each infusion"],
             "monitoring": ["2 h observation after each administration", "annual cancer surveillance"],
             "adjustments": [{"ruleId": "AGE-ELDERLY", "change": "dose halved"}]}""";

    /** HAPI's validator with the base R4 XML schemas and Schematron invariants (compiled once: it is slow). */
    private static final FhirValidator VALIDATOR = FhirDocuments.R4.newValidator()
            .setValidateAgainstStandardSchema(true)
            .setValidateAgainstStandardSchematron(true);

    private static List<SingleValidationMessage> problems(CarePlan carePlan) {
        ValidationResult result = VALIDATOR.validateWithResult(carePlan);
        return result.getMessages().stream()
                .filter(message -> message.getSeverity().ordinal() >= ResultSeverityEnum.WARNING.ordinal())
                .toList();
    }

    @Test
    void theApprovedPlanIsAValidR4CarePlan() throws Exception {
        CarePlan carePlan = EXPORT.toCarePlan(approved(DIABETES_PLAN));

        assertThat(problems(carePlan)).isEmpty();
    }

    @Test
    void theValidatorCatchesACarePlanThatBreaksTheBaseProfile() throws Exception {
        CarePlan broken = EXPORT.toCarePlan(approved(DIABETES_PLAN));
        broken.setStatus(null);
        broken.getActivityFirstRep().getDetail().setStatus(null);

        assertThat(problems(broken)).isNotEmpty();
    }

    @Test
    void eachAdministrationPremedicationAndMonitoringItemIsAnActivity() throws Exception {
        CarePlan carePlan = EXPORT.toCarePlan(approved(DIABETES_PLAN));

        assertThat(carePlan.getStatus()).isEqualTo(CarePlan.CarePlanStatus.ACTIVE);
        assertThat(carePlan.getIntent()).isEqualTo(CarePlan.CarePlanIntent.PLAN);
        assertThat(carePlan.getActivity()).extracting(activity -> activity.getDetail().getCode().getText())
                .containsExactly("UC-MSC intravenous administration 1 of 3", "UC-MSC intravenous administration 2 of 3",
                        "UC-MSC intravenous administration 3 of 3",
                        "Premedication: antihistamine before each infusion",
                        "Monitoring: 2 h observation after each administration",
                        "Monitoring: annual cancer surveillance");
        assertThat(carePlan.getActivity().get(1).getDetail().getScheduledStringType().getValue())
                .isEqualTo("4 weeks after administration 1");
        assertThat(carePlan.getActivityFirstRep().getDetail().getQuantity().getValue().longValue()).isEqualTo(41_000_000L);
        assertThat(carePlan.getNote()).extracting(note -> note.getText())
                .contains("Adjustment dose halved (rule AGE-ELDERLY)");
    }

    @Test
    void theConsentIsReferencedWithItsDateAndFormVersion() throws Exception {
        CarePlan carePlan = EXPORT.toCarePlan(approved(DIABETES_PLAN));

        assertThat(carePlan.getSupportingInfoFirstRep().getType()).isEqualTo("Consent");
        assertThat(carePlan.getSupportingInfoFirstRep().getIdentifier().getValue()).isEqualTo(CASE + "/v1");
        assertThat(carePlan.getSupportingInfoFirstRep().getDisplay())
                .isEqualTo("Informed consent obtained 2026-11-24, form v1");
        assertThat(carePlan.getSubject().getIdentifier().getValue()).isEqualTo("MRN-0042");
        assertThat(carePlan.getIdentifierFirstRep().getValue()).isEqualTo(CASE.toString());
    }

    @Test
    void theJsonFormParsesBackAsTheSameCarePlan() throws Exception {
        String json = EXPORT.toJson(approved(DIABETES_PLAN));

        CarePlan parsed = FhirDocuments.R4.newJsonParser().parseResource(CarePlan.class, json);
        assertThat(parsed.getActivity()).hasSize(6);
        assertThat(problems(parsed)).isEmpty();
    }
}
