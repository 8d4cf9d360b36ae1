package org.mscpathway.interop.careplan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityComponent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityDetailComponent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityKind;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.SimpleQuantity;
import org.mscpathway.interop.fhir.FhirDocuments;

/**
 * The approved plan as a FHIR R4 CarePlan (status active, intent plan): one activity per cell administration, one
 * per premedication and one per monitoring item, each not yet started; the plan's adjustments as notes; and the
 * informed consent as a {@code supportingInfo} reference. Only the patient's
 * medical record number identifies the subject. Thread-safe.
 */
public final class CarePlanExport {

    /** Identifier system of the platform's cases. */
    public static final String CASE_SYSTEM = "urn:mscpathway:case";
    private static final String MRN_TYPE_SYSTEM = "http://terminology.hl7.org/CodeSystem/v2-0203";
    private static final String UCUM = "http://unitsofmeasure.org";
    /** Identifier system of the informed consents recorded with plan approvals ({@code case id/form version}). */
    public static final String CONSENT_SYSTEM = "urn:mscpathway:consent";

    public CarePlan toCarePlan(ApprovedPlan approved) {
        JsonNode plan = approved.plan();
        CarePlan carePlan = new CarePlan();
        carePlan.setId(approved.caseId().toString());
        carePlan.addIdentifier(new Identifier().setSystem(CASE_SYSTEM).setValue(approved.caseId().toString()));
        carePlan.setStatus(CarePlan.CarePlanStatus.ACTIVE);
        carePlan.setIntent(CarePlan.CarePlanIntent.PLAN);
        String indication = plan.path("indication").asText();
        carePlan.setTitle("MSC therapy: " + indication);
        carePlan.setDescription(description(plan));
        carePlan.addCategory(new CodeableConcept().setText("Mesenchymal stem cell therapy"));
        carePlan.setSubject(patient(approved));
        carePlan.setCreatedElement(new DateTimeType(Date.from(approved.approvedAt())));
        carePlan.setAuthor(new Reference().setDisplay(approved.approvedBy()));
        carePlan.setText(narrative(approved, plan));
        carePlan.addSupportingInfo(consent(approved));
        administrations(plan).forEach(carePlan::addActivity);
        plan.path("premedication").forEach(item -> carePlan.addActivity(activity(CarePlanActivityKind.MEDICATIONREQUEST,
                "Premedication: " + item.asText(), "Before each administration")));
        plan.path("monitoring").forEach(item -> carePlan.addActivity(activity(CarePlanActivityKind.SERVICEREQUEST,
                "Monitoring: " + item.asText(), null)));
        plan.path("adjustments").forEach(adjustment -> carePlan.addNote(new Annotation().setText(
                "Adjustment " + adjustment.path("change").asText() + " (rule " + adjustment.path("ruleId").asText() + ")")));
        carePlan.addNote(new Annotation().setText("Plan version " + approved.planVersion() + ", ruleset "
                + approved.rulesetVersion() + ", approved by " + approved.approvedBy()));
        return carePlan;
    }

    /** The CarePlan as FHIR JSON. */
    public String toJson(ApprovedPlan approved) {
        return FhirDocuments.R4.newJsonParser().setPrettyPrint(true).encodeResourceToString(toCarePlan(approved));
    }

    private static List<CarePlanActivityComponent> administrations(JsonNode plan) {
        int count = plan.path("administrations").asInt(1);
        int intervalWeeks = plan.path("intervalWeeks").asInt(0);
        List<CarePlanActivityComponent> activities = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            String when = n == 1 ? "First administration" : intervalWeeks + " weeks after administration " + (n - 1);
            CarePlanActivityComponent activity = activity(CarePlanActivityKind.MEDICATIONREQUEST,
                    plan.path("product").asText() + " " + plan.path("route").asText() + " administration " + n
                            + " of " + count, when);
            CarePlanActivityDetailComponent detail = activity.getDetail();
            detail.setProduct(new CodeableConcept().setText(plan.path("product").asText()));
            SimpleQuantity cells = new SimpleQuantity();
            cells.setValue(plan.path("cellsPerAdministration").asLong()).setUnit("cells").setSystem(UCUM)
                    .setCode("{cells}");
            detail.setQuantity(cells);
            activities.add(activity);
        }
        return activities;
    }

    private static CarePlanActivityComponent activity(CarePlanActivityKind kind, String what, String when) {
        CarePlanActivityDetailComponent detail = new CarePlanActivityDetailComponent();
        detail.setKind(kind);
        detail.setCode(new CodeableConcept().setText(what));
        detail.setStatus(CarePlanActivityStatus.NOTSTARTED);
        if (when != null) {
            detail.setScheduled(new org.hl7.fhir.r4.model.StringType(when));
        }
        detail.setDescription(what);
        return new CarePlanActivityComponent().setDetail(detail);
    }

    /**
     * The informed consent the approval recorded, referred to by identifier: the platform keeps it with the case's
     * decision, not as a resource of its own (a contained Consent would trip the R4 Schematron's dom-3 check, whose
     * XPath rejects every contained resource).
     */
    private static Reference consent(ApprovedPlan approved) {
        return new Reference().setType("Consent")
                .setIdentifier(new Identifier().setSystem(CONSENT_SYSTEM).setValue(approved.caseId() + "/"
                        + approved.consentFormVersion()))
                .setDisplay("Informed consent obtained " + approved.consentObtainedOn() + ", form "
                        + approved.consentFormVersion());
    }

    private static Reference patient(ApprovedPlan approved) {
        return new Reference().setType("Patient").setIdentifier(new Identifier()
                .setType(new CodeableConcept(new Coding(MRN_TYPE_SYSTEM, "MR", "Medical record number")))
                .setValue(approved.patientReference()));
    }

    private static String description(JsonNode plan) {
        return plan.path("product").asText() + ", " + plan.path("route").asText() + ", "
                + plan.path("cellsPerAdministration").asLong() + " cells per administration, "
                + plan.path("administrations").asInt() + " administration(s)"
                + (plan.path("administrations").asInt() > 1 ? " " + plan.path("intervalWeeks").asInt() + " weeks apart"
                : "");
    }

    private static Narrative narrative(ApprovedPlan approved, JsonNode plan) {
        Narrative narrative = new Narrative();
        narrative.setStatus(Narrative.NarrativeStatus.GENERATED);
        narrative.setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>" + escape("MSC therapy: "
                + plan.path("indication").asText() + ". " + description(plan) + ". Consent obtained "
                + approved.consentObtainedOn() + " (form " + approved.consentFormVersion() + ").") + "</p></div>");
        return narrative;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
