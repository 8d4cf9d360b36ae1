package org.mscpathway.interop.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mscpathway.interop.fhir.Bundles.PATIENT;

import org.junit.jupiter.api.Test;

/**
 * Hospital systems send resources with their human-readable narrative (XHTML). Reading it needs nothing that the
 * production jar leaves out of HAPI's utilities (ICU4J, Saxon, OkHttp): a narrative is read, a broken one refused
 * like any invalid element, and neither ends in a missing class.
 */
class NarrativeTest {

    private static final String NARRATIVE = """
            "text": {"status": "generated",
                     "div": "<div xmlns=\\"http://www.w3.org/1999/xhtml\\"><p>Jane Doe, <b>born</b> 1968</p></div>"},""";

    @Test
    void aPatientWithItsNarrativeIsRead() {
        ImportResult result = Bundles.read(withText(PATIENT, NARRATIVE));

        assertThat(result.record().path("patient").path("birthDate").asText()).isEqualTo("1968-04-12");
    }

    @Test
    void aBrokenNarrativeIsRefusedOrIgnoredButNeverFailsTheReader() {
        String broken = withText(PATIENT, """
                "text": {"status": "generated", "div": "<div><p>unclosed & <b>wrong</div>"},""");

        Throwable thrown = catchThrowable(() -> Bundles.read(broken));

        assertThat(thrown).satisfiesAnyOf(
                none -> assertThat(none).isNull(),
                refused -> assertThat(refused).isInstanceOf(InvalidFhirException.class));
    }

    private static String withText(String resource, String text) {
        return resource.replace("\"id\": \"p1\",", "\"id\": \"p1\", " + text.replace("\n", " "));
    }
}
