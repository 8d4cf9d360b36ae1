package org.mscpathway.interop.cdshooks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The FHIR queries the service needs, as CDS Hooks prefetch templates. Observations are asked for by category
 * (laboratory, vital signs) and by code for pregnancy and breastfeeding status, newest first: the import keeps the
 * latest vital signs and every dated result.
 */
final class PrefetchTemplates {

    /** Key → query, in the discovery document's order. */
    static final Map<String, String> TEMPLATES;

    static {
        Map<String, String> templates = new LinkedHashMap<>();
        templates.put("patient", "Patient/{{context.patientId}}");
        templates.put("conditions", "Condition?patient={{context.patientId}}");
        templates.put("medicationStatements", "MedicationStatement?patient={{context.patientId}}");
        templates.put("medicationRequests", "MedicationRequest?patient={{context.patientId}}");
        templates.put("immunizations", "Immunization?patient={{context.patientId}}");
        templates.put("allergies", "AllergyIntolerance?patient={{context.patientId}}");
        templates.put("laboratory", "Observation?patient={{context.patientId}}&category=laboratory&_sort=-date&_count=200");
        templates.put("vitalSigns", "Observation?patient={{context.patientId}}&category=vital-signs&_sort=-date&_count=50");
        templates.put("pregnancyAndBreastfeeding",
                "Observation?patient={{context.patientId}}&code=http://loinc.org|82810-3,http://loinc.org|63895-7&_sort=-date");
        templates.put("imagingReports", "DiagnosticReport?patient={{context.patientId}}&category=RAD");
        TEMPLATES = Collections.unmodifiableMap(templates);
    }

    private PrefetchTemplates() {
    }

    /** The query with the patient's id in place (URL-safe: FHIR ids are [A-Za-z0-9\-.]{1,64}). */
    static String resolve(String template, String patientId) {
        return template.replace("{{context.patientId}}", patientId);
    }
}
