package org.mscpathway.interop.fhir;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mscpathway.interop.fhir.Bundles.PATIENT;
import static org.mscpathway.interop.fhir.Bundles.bundle;
import static org.mscpathway.interop.fhir.Bundles.observation;

import org.junit.jupiter.api.Test;

class MalformedFhirTest {

    /** A haemoglobin result with this value and date, beside the patient: refused, naming the result. */
    private static void assertHaemoglobinRefused(String value, String date, String element, String problem) {
        assertRefused(bundle(PATIENT, observation("hb", "718-7", value, date)), "Observation/hb", element, problem);
    }

    private static void assertRefused(String document, String resource, String element, String problem) {
        assertThatThrownBy(() -> Bundles.IMPORT.read(document, null))
                .isInstanceOfSatisfying(InvalidFhirException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.resource()).isEqualTo(resource);
                    org.assertj.core.api.Assertions.assertThat(e.element()).isEqualTo(element);
                    org.assertj.core.api.Assertions.assertThat(e.problem()).contains(problem);
                });
    }

    @Test
    void textThatIsNotJsonIsRefusedWithItsLineAndColumn() {
        assertRefused("{\"resourceType\": \"Bundle\",\n \"entry\": [}", "Bundle", "(document)", "not valid JSON (line 2");
    }

    @Test
    void aSingleResourceIsNotABundle() {
        assertRefused(PATIENT, "Patient", "resourceType", "must be Bundle");
    }

    @Test
    void anUnknownElementIsRefusedNamingTheResourceAndTheElement() {
        assertHaemoglobinRefused("\"valueQuantiti\": {\"value\": 13}", "2026-11-20",
                "valueQuantiti", "unknown element");
    }

    @Test
    void anInvalidDateIsRefusedNamingTheElement() {
        assertHaemoglobinRefused(Bundles.quantity(13, "g/dL"), "2026-13-45", "effectiveDateTime", "invalid value");
    }

    @Test
    void aWrongJsonTypeIsRefusedNamingTheElement() {
        assertHaemoglobinRefused("\"valueQuantity\": {\"value\": \"thirteen\"}", "2026-11-20",
                "valueQuantity.value", "invalid value");
    }

    @Test
    void anInvalidPatientValueIsNamedWithoutRepeatingIt() {
        String patient = PATIENT.replace("1968-04-12", "1968-04-31");

        assertRefused(bundle(patient), "Patient/p1", "birthDate", "invalid value for this element");
    }

    @Test
    void aResourceWithoutIdIsNamedByItsEntry() {
        String noId = observation("x", "718-7", "\"valueQuantity\": {\"valeu\": 13}", null).replace("\"id\": \"x\", ", "");

        assertRefused(bundle(PATIENT, noId), "Bundle.entry[1] (Observation)", "valueQuantity.valeu", "unknown element");
    }

    @Test
    void anUnknownResourceTypeIsRefused() {
        assertRefused(bundle("{\"resourceType\": \"Observatio\", \"id\": \"o1\"}"), "Observatio/o1", "resourceType",
                "Unknown resource name");
    }

    @Test
    void anEntryWithoutAResourceIsRefused() {
        assertRefused("{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [{\"fullUrl\": \"urn:x\"}]}",
                "Bundle.entry[0]", "resource", "each entry must hold a resource");
    }

    @Test
    void twoDifferentPatientsInOneBundleAreRefused() {
        assertRefused(bundle(PATIENT, PATIENT.replace("\"p1\"", "\"p2\"")), "Bundle", "entry",
                "holds 2 different Patient resources");
    }
}
