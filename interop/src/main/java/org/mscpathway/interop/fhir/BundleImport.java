package org.mscpathway.interop.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * A FHIR R4 Bundle turned into the design's patient record JSON, which the evaluator's own reader then validates
 * (units included: they are passed through, not converted here). Everything that did not reach the record is
 * listed with the reason; nothing is dropped silently. Malformed FHIR is refused with an
 * {@link InvalidFhirException} naming the resource and the element. docs/interoperability.md holds the mapping
 * table. Immutable and thread-safe.
 */
public final class BundleImport {

    private final Clock clock;

    /** @param clock "today" for the age windows of vital signs and pregnancy and breastfeeding status */
    public BundleImport(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @param indication the record's {@code indication}, or null to leave it out */
    public ImportResult read(String bundleJson, String indication) {
        return read(FhirDocuments.json(bundleJson), indication);
    }

    public ImportResult read(JsonNode bundle, String indication) {
        return read(bundle, indication, false);
    }

    /** For a CDS Hooks order-select request: its draft MedicationRequests are screened as if already active. */
    public ImportResult readWithDraftOrdersActive(JsonNode bundle, String indication) {
        return read(bundle, indication, true);
    }

    private ImportResult read(JsonNode bundle, String indication, boolean draftOrdersActive) {
        List<FhirDocuments.Entry> entries = FhirDocuments.bundleEntries(bundle);
        List<Resource> resources = entries.stream().map(FhirDocuments.Entry::resource).toList();
        ImportContext context = new ImportContext(entries, thePatient(resources), LocalDate.now(clock),
                draftOrdersActive);
        RecordSections sections = new RecordSections();
        ObservationMapping observations = new ObservationMapping(context);
        boolean pregnant = false;
        for (Resource resource : resources) {
            if (!context.isThePatient(subject(resource))) {
                context.unmapped(resource, "subject", "about another patient than the Bundle's Patient: not read");
                continue;
            }
            if (resource instanceof Condition condition && isPregnancy(condition)) {
                pregnant |= ConditionMapping.isCurrentPregnancy(condition);
                if (!ConditionMapping.isCurrentPregnancy(condition)) {
                    context.unmapped(condition, "clinicalStatus", "a pregnancy that is not current");
                }
                continue;
            }
            dispatch(resource, context, sections, observations);
        }
        observations.finish(sections);
        if (pregnant) {
            Resource source = resources.stream()
                    .filter(resource -> resource instanceof Condition condition
                            && ConditionMapping.isCurrentPregnancy(condition))
                    .findFirst().orElseThrow();
            sections.set("medicalHistory", "pregnancy", "pregnant", source);
        }
        Map<String, String> sources = new HashMap<>();
        ObjectNode record = sections.toJson(indication, sources);
        return new ImportResult(record, context.unmapped(), sources);
    }

    private static void dispatch(Resource resource, ImportContext context, RecordSections sections,
            ObservationMapping observations) {
        if (resource instanceof Patient patient) {
            PatientMapping.map(patient, context, sections);
        } else if (resource instanceof Condition condition) {
            if (statesNone(condition.getCode(), "no-known-problems", "160245001")) {
                sections.statedEmpty(RecordSections.ListSection.CONDITIONS);
            } else {
                ConditionMapping.map(condition, context).ifPresent(json ->
                        sections.add(RecordSections.ListSection.CONDITIONS, json, condition));
            }
        } else if (resource instanceof MedicationStatement statement) {
            if (statement.hasMedicationCodeableConcept()
                    && statesNone(statement.getMedicationCodeableConcept(), "no-known-medications", null)) {
                sections.statedEmpty(RecordSections.ListSection.MEDICATIONS);
            } else {
                MedicationMapping.map(statement, context).ifPresent(json ->
                        sections.add(RecordSections.ListSection.MEDICATIONS, json, statement));
            }
        } else if (resource instanceof MedicationRequest request) {
            MedicationMapping.map(request, context).ifPresent(json ->
                    sections.add(RecordSections.ListSection.MEDICATIONS, json, request));
        } else if (resource instanceof Immunization immunization) {
            MedicationMapping.map(immunization, context).ifPresent(json ->
                    sections.add(RecordSections.ListSection.MEDICATIONS, json, immunization));
        } else if (resource instanceof AllergyIntolerance allergy) {
            if (AllergyMapping.statesNoKnownAllergies(allergy)) {
                sections.statedEmpty(RecordSections.ListSection.ALLERGIES);
            } else {
                AllergyMapping.map(allergy, context).ifPresent(json ->
                        sections.add(RecordSections.ListSection.ALLERGIES, json, allergy));
            }
        } else if (resource instanceof Observation observation) {
            observations.add(observation, sections);
        } else if (resource instanceof DiagnosticReport report) {
            report(report, context, sections);
        } else if (resource instanceof ImagingStudy study) {
            boolean reported = context.resources().stream().anyMatch(other ->
                    other instanceof DiagnosticReport report && ImagingMapping.isReportedIn(study, report, context));
            if (!reported) {
                sections.add(RecordSections.ListSection.IMAGING, ImagingMapping.map(study, context), study);
            }
        } else if (!(resource instanceof Medication)) {
            // a Medication is read through the statements and requests that refer to it
            String type = resource.fhirType();
            context.unmapped(resource, "(resource)", ("AEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type
                    + " is not read by the screening");
        }
    }

    private static void report(DiagnosticReport report, ImportContext context, RecordSections sections) {
        if (ImagingMapping.isImaging(report)) {
            ImagingMapping.map(report, context).ifPresent(json ->
                    sections.add(RecordSections.ListSection.IMAGING, json, report));
        } else {
            context.unmapped(report, "(resource)", report.hasResult()
                    ? "a laboratory report: its results are read from their own Observations"
                    : "not an imaging report, and it refers to no results");
        }
    }

    /** The IPS "absent or unknown" code, or the SNOMED CT equivalent, that states a list is empty. */
    private static boolean statesNone(org.hl7.fhir.r4.model.CodeableConcept code, String ips, String snomed) {
        return Codes.has(code, Codes.IPS_ABSENT, ips) || snomed != null && Codes.has(code, Codes.SNOMED, snomed);
    }

    private static boolean isPregnancy(Condition condition) {
        return Codes.has(condition.getCode(), Codes.SNOMED, ConditionCodes.SNOMED_PREGNANCY)
                || condition.getCode().getCoding().stream()
                .anyMatch(coding -> Codes.isIcd10(coding.getSystem()) && "Z33.1".equals(coding.getCode()));
    }

    /** The one patient the Bundle is about; two different Patients in one Bundle are refused. */
    private static Patient thePatient(List<Resource> resources) {
        List<Patient> patients = resources.stream()
                .filter(Patient.class::isInstance).map(Patient.class::cast).toList();
        long distinct = patients.stream()
                .map(patient -> patient.getIdElement().hasIdPart() ? patient.getIdElement().getIdPart() : patient)
                .distinct().count();
        if (distinct > 1) {
            throw new InvalidFhirException("Bundle", "entry", "holds " + distinct
                    + " different Patient resources: an import is about one patient");
        }
        return patients.isEmpty() ? null : patients.get(0);
    }

    private static Reference subject(Resource resource) {
        if (resource instanceof Condition condition) {
            return condition.getSubject();
        } else if (resource instanceof Observation observation) {
            return observation.getSubject();
        } else if (resource instanceof MedicationStatement statement) {
            return statement.getSubject();
        } else if (resource instanceof MedicationRequest request) {
            return request.getSubject();
        } else if (resource instanceof AllergyIntolerance allergy) {
            return allergy.getPatient();
        } else if (resource instanceof Immunization immunization) {
            return immunization.getPatient();
        } else if (resource instanceof DiagnosticReport report) {
            return report.getSubject();
        } else if (resource instanceof ImagingStudy study) {
            return study.getSubject();
        }
        return null;
    }
}
