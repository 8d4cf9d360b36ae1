package org.mscpathway.interop.fhir;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;

/**
 * MedicationStatement, MedicationRequest and Immunization → {@code medicalHistory.medications[]} with the ATC code,
 * {@code active} or {@code stopped} and the end date. A vaccination is a stopped entry whose end is the day it was
 * given (the catalogue's convention for live vaccines).
 */
final class MedicationMapping {

    private MedicationMapping() {
    }

    /**
     * MedicationStatement status: active, intended and on-hold are read as active (a paused immunosuppressant still
     * suppresses; a planned antibiotic is about to), and so is unknown (the cautious reading); completed and stopped
     * as stopped, ended at the effective period's end (or the effective date).
     */
    static Optional<ObjectNode> map(MedicationStatement statement, ImportContext context) {
        String status = statement.hasStatus() ? statement.getStatus().toCode() : "unknown";
        if (status.equals("not-taken") || status.equals("entered-in-error")) {
            return notTaken(statement, status, context);
        }
        boolean stopped = status.equals("completed") || status.equals("stopped");
        LocalDate end = !stopped ? null
                : statement.hasEffectivePeriod() ? FhirDates.latestDay(statement.getEffectivePeriod().getEndElement())
                : statement.hasEffectiveDateTimeType() ? FhirDates.latestDay(statement.getEffectiveDateTimeType())
                : null;
        return entry(statement, statement.getMedication(), stopped, end, context);
    }

    /**
     * MedicationRequest status: active and on-hold are active; completed and stopped are stopped, ended at the
     * dosage's bounds period end when there is one; draft, cancelled, entered-in-error and unknown requests were
     * never taken, except in an order-select hook, where the draft is the order about to be placed.
     */
    static Optional<ObjectNode> map(MedicationRequest request, ImportContext context) {
        String status = request.hasStatus() ? request.getStatus().toCode() : "unknown";
        boolean draft = status.equals("draft");
        if (!(status.equals("active") || status.equals("on-hold") || status.equals("completed")
                || status.equals("stopped") || draft && context.draftOrdersActive())) {
            return notTaken(request, status, context);
        }
        boolean stopped = status.equals("completed") || status.equals("stopped");
        LocalDate end = !stopped ? null : request.getDosageInstruction().stream()
                .filter(dosage -> dosage.getTiming().getRepeat().hasBoundsPeriod())
                .map(dosage -> FhirDates.latestDay(dosage.getTiming().getRepeat().getBoundsPeriod().getEndElement()))
                .filter(day -> day != null)
                .max(LocalDate::compareTo)
                .orElse(null);
        return entry(request, request.getMedication(), stopped, end, context);
    }

    static Optional<ObjectNode> map(Immunization immunization, ImportContext context) {
        String status = immunization.hasStatus() ? immunization.getStatus().toCode() : "unknown";
        if (!status.equals("completed")) {
            context.unmapped(immunization, "status", status + ": no vaccine was given");
            return Optional.empty();
        }
        CodeableConcept vaccine = immunization.getVaccineCode();
        Optional<String> atc = atc(vaccine).or(() -> Codes.codings(vaccine, Codes.CVX).stream()
                .map(coding -> VaccineCodes.atcForCvx(coding.getCode()))
                .flatMap(Optional::stream)
                .findFirst());
        if (atc.isEmpty()) {
            context.unmapped(immunization, "vaccineCode", "no ATC coding and no CVX code the catalogue's vaccine list "
                    + "names (" + Codes.describe(vaccine) + ")");
            return Optional.empty();
        }
        LocalDate given = immunization.hasOccurrenceDateTimeType()
                ? FhirDates.latestDay(immunization.getOccurrenceDateTimeType()) : null;
        if (given == null) {
            context.unmapped(immunization, "occurrence[x]", "no date given: the live-vaccine window needs the day "
                    + "it was given, so it is read as undated");
        }
        return Optional.of(json(atc.get(), Codes.name(vaccine), true, given));
    }

    private static Optional<ObjectNode> notTaken(Resource resource, String status, ImportContext context) {
        context.unmapped(resource, "status", status + ": not a medication the patient takes or took");
        return Optional.empty();
    }

    /** The entry of a statement or request whose {@code medication[x]} is {@code medication}. */
    private static Optional<ObjectNode> entry(Resource resource, Type medication, boolean stopped, LocalDate end,
            ImportContext context) {
        Optional<CodeableConcept> code = medication(medication, resource, context);
        if (code.isEmpty()) {
            context.unmapped(resource, "medication[x]", "names no medication (inline, contained or in this Bundle)");
            return Optional.empty();
        }
        Optional<String> atc = atc(code.get());
        if (atc.isEmpty()) {
            context.unmapped(resource, "medication[x]", "no ATC coding (" + Codes.describe(code.get()) + ")");
            return Optional.empty();
        }
        return Optional.of(json(atc.get(), Codes.name(code.get()), stopped, end));
    }

    private static ObjectNode json(String atc, String name, boolean stopped, LocalDate end) {
        ObjectNode json = JsonNodeFactory.instance.objectNode().put("atc", atc);
        if (name != null) {
            json.put("name", name);
        }
        json.put("status", stopped ? "stopped" : "active");
        if (end != null) {
            json.put("end", end.toString());
        }
        return json;
    }

    /** The concept inline, else the code of the Medication referred to (contained or in this Bundle). */
    private static Optional<CodeableConcept> medication(Type medication, Resource owner, ImportContext context) {
        if (medication instanceof CodeableConcept inline && !inline.isEmpty()) {
            return Optional.of(inline);
        }
        return context.resolve(medication instanceof Reference reference ? reference : null, owner, Medication.class)
                .map(Medication::getCode).filter(code -> !code.isEmpty());
    }

    private static Optional<String> atc(CodeableConcept concept) {
        return Codes.codings(concept, Codes.ATC).stream()
                .map(coding -> coding.getCode().trim())
                .filter(code -> Codes.ATC_SHAPE.matcher(code).matches())
                .findFirst();
    }
}
