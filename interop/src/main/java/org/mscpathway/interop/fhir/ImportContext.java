package org.mscpathway.interop.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * What every mapping needs while one Bundle is read: the resources by reference, the patient it is about, today,
 * and the growing lists of unmapped items and record-path sources. One per import; not thread-safe.
 */
final class ImportContext {

    private final List<Resource> resources;
    private final Map<String, Resource> byReference = new HashMap<>();
    private final Patient patient;
    private final LocalDate today;
    private final boolean draftOrdersActive;
    private final List<Unmapped> unmapped = new ArrayList<>();
    private final Map<String, String> sources = new HashMap<>();

    /** Resources are found by {@code Type/id} and by their entry's {@code fullUrl} ({@code urn:uuid:…} included). */
    ImportContext(List<FhirDocuments.Entry> entries, Patient patient, LocalDate today, boolean draftOrdersActive) {
        this.resources = entries.stream().map(FhirDocuments.Entry::resource).toList();
        this.patient = patient;
        this.today = today;
        this.draftOrdersActive = draftOrdersActive;
        for (FhirDocuments.Entry entry : entries) {
            Resource resource = entry.resource();
            if (resource.hasIdElement() && resource.getIdElement().hasIdPart()) {
                byReference.put(resource.fhirType() + "/" + resource.getIdElement().getIdPart(), resource);
            }
            if (entry.fullUrl() != null) {
                byReference.put(entry.fullUrl(), resource);
            }
        }
    }

    List<Resource> resources() {
        return resources;
    }

    LocalDate today() {
        return today;
    }

    /** In an order-select hook the draft orders are what is about to be ordered: screened as if active. */
    boolean draftOrdersActive() {
        return draftOrdersActive;
    }

    static String label(Resource resource) {
        return resource.getIdElement().hasIdPart()
                ? resource.fhirType() + "/" + resource.getIdElement().getIdPart()
                : resource.fhirType() + " (no id)";
    }

    void unmapped(Resource resource, String element, String reason) {
        unmapped.add(new Unmapped(label(resource), element, reason));
    }

    /**
     * Whether the resource's verification status (in {@code system}) is refuted or entered-in-error: then it is not
     * {@code what} of this patient, and is reported unmapped.
     */
    boolean refuted(Resource resource, CodeableConcept verificationStatus, String system, String what) {
        String verification = Codes.code(verificationStatus, system).orElse("");
        if (verification.equals("refuted") || verification.equals("entered-in-error")) {
            unmapped(resource, "verificationStatus", verification + ": not " + what + " of this patient");
            return true;
        }
        return false;
    }

    void source(String recordPath, Resource resource) {
        sources.put(recordPath, label(resource));
    }

    List<Unmapped> unmapped() {
        return unmapped;
    }

    Map<String, String> sources() {
        return sources;
    }

    /**
     * A resource of this Bundle by relative ({@code Medication/m1}), absolute, {@code fullUrl} ({@code urn:uuid:…})
     * or contained ({@code #m1}) reference.
     */
    <T extends Resource> Optional<T> resolve(Reference reference, Resource container, Class<T> type) {
        if (reference == null || !reference.hasReference()) {
            return Optional.empty();
        }
        String value = reference.getReference();
        if (value.startsWith("#") && container instanceof org.hl7.fhir.r4.model.DomainResource domain) {
            return domain.getContained().stream()
                    .filter(type::isInstance)
                    .filter(contained -> value.substring(1).equals(contained.getIdElement().getIdPart()))
                    .map(type::cast)
                    .findFirst();
        }
        Resource found = byReference.get(value);
        if (found == null && relative(value) != null) {
            found = byReference.get(relative(value));
        }
        return type.isInstance(found) ? Optional.of(type.cast(found)) : Optional.empty();
    }

    /**
     * Whether a subject reference names the Bundle's patient; with no Patient in the Bundle every subject is taken
     * as the patient (the caller sent one patient's data).
     */
    boolean isThePatient(Reference subject) {
        if (patient == null || subject == null || !subject.hasReference()) {
            return true;
        }
        return resolve(subject, null, Patient.class).filter(found -> found == patient).isPresent()
                || ("Patient/" + patient.getIdElement().getIdPart()).equals(relative(subject.getReference()));
    }

    /** {@code Patient/p1} from {@code Patient/p1}, {@code https://ehr/fhir/Patient/p1/_history/2} and the like. */
    private static String relative(String reference) {
        String[] parts = reference.split("/");
        for (int i = parts.length - 2; i >= 0; i--) {
            if (!parts[i].isEmpty() && Character.isUpperCase(parts[i].charAt(0)) && !"_history".equals(parts[i + 1])) {
                return parts[i] + "/" + parts[i + 1];
            }
        }
        return null;
    }
}
