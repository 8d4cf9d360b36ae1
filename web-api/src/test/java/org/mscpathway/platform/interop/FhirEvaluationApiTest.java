package org.mscpathway.platform.interop;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.mscpathway.platform.interop.FhirBundles.bundle;
import static org.mscpathway.platform.interop.FhirBundles.daysAgo;
import static org.mscpathway.platform.interop.FhirBundles.observation;
import static org.mscpathway.platform.interop.FhirBundles.patient;
import static org.mscpathway.platform.interop.FhirBundles.positive;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** {@code POST /api/v1/evaluations} with a FHIR R4 Bundle. */
@PlatformTest
class FhirEvaluationApiTest {

    private static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

    @Autowired
    MockMvc mvc;

    private ResultActions evaluate(String user, String bundle) throws Exception {
        return mvc.perform(post("/api/v1/evaluations?indication=knee-osteoarthritis").with(httpBasic(user, "demo"))
                .contentType(FHIR_JSON).content(bundle));
    }

    @Test
    void aBundleIsEvaluatedLikeTheJsonRecordAndSaysWhatItCouldNotMap() throws Exception {
        evaluate("physician", bundle(patient("MRN-FHIR-1", "female", "1990-02-03"),
                observation("hcg", "2106-3", positive(), daysAgo(2)),
                "{\"resourceType\": \"Encounter\", \"id\": \"e1\", \"status\": \"finished\", \"class\": "
                        + "{\"system\": \"http://terminology.hl7.org/CodeSystem/v3-ActCode\", \"code\": \"AMB\"}}"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.outcome").value("INELIGIBLE"))
                .andExpect(jsonPath("$.rulesetVersion").isString())
                .andExpect(jsonPath("$.findings[?(@.group == 'PREGNANCY')].severity").value(hasItem("ABSOLUTE")))
                .andExpect(jsonPath("$.unmapped[*].resource").value(hasItem("Encounter/e1")))
                .andExpect(jsonPath("$.unmapped[?(@.resource == 'Encounter/e1')].reason")
                        .value(hasItem("an Encounter is not read by the screening")));
    }

    @Test
    void malformedFhirIsA400NamingTheResourceAndTheElement() throws Exception {
        evaluate("coordinator", bundle(patient("MRN-FHIR-2", "male", "1970-01-01"),
                observation("hb", "718-7", "\"valueQuantiti\": {\"value\": 13}", daysAgo(2))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("Observation/hb valueQuantiti"))
                .andExpect(jsonPath("$.errors[0].message").value("unknown element in FHIR R4"));
    }

    @Test
    void aRecordFieldTheEvaluatorRefusesIsNamedWithItsFhirResourceWithoutThePatientsValues() throws Exception {
        evaluate("coordinator", bundle(patient("MRN-FHIR-3", "male", "1970-01-01").replace("1970-01-01", "2999-01-01")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("Patient/p1 (patient.birthDate)")))
                .andExpect(content().string(not(containsString("2999-01-01"))));
    }

    @Test
    void anAdministratorMayNotEvaluate() throws Exception {
        evaluate("admin", bundle(patient("MRN-FHIR-4", "male", "1970-01-01")))
                .andExpect(status().isForbidden());
    }
}
