package org.mscpathway.platform.evaluations;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PatientRecords;
import org.mscpathway.platform.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The stateless evaluation and the catalogue, as API clients use them. */
@PlatformTest
class EvaluationApiTest {

    @Autowired
    MockMvc mvc;

    private ResultActions evaluate(String body) throws Exception {
        return mvc.perform(post("/api/v1/evaluations").with(httpBasic("physician", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void designExampleWithSuspiciousImagingIsIneligibleWithTheFindingAndNoPlan() throws Exception {
        evaluate(PatientRecords.DESIGN_EXAMPLE)
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.outcome").value("INELIGIBLE"))
                .andExpect(jsonPath("$.rulesetVersion").value("2026.2"))
                .andExpect(jsonPath("$.findings[*].group").value(hasItem("MALIGNANCY")))
                .andExpect(jsonPath("$.findings[?(@.group == 'MALIGNANCY')].severity").value(hasItem("ABSOLUTE")))
                .andExpect(jsonPath("$.plan").doesNotExist());
    }

    @Test
    void recordStillCollectingDataIsIncompleteAndListsWhatIsMissing() throws Exception {
        evaluate(PatientRecords.EARLY)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("INCOMPLETE"))
                .andExpect(jsonPath("$.missing[*].item").value(hasItem(containsString("LOINC"))));
    }

    @Test
    void missingPatientAndIndicationAreNamedAsFields() throws Exception {
        evaluate("{\"assessmentDate\": \"2026-11-25\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("patient")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("indication")));
    }

    @Test
    void wrongTypesAreNamedByTheirPathWithoutEchoingPatientValues() throws Exception {
        evaluate("""
                {"patient": {"reference": "MRN-0001", "birthDate": "12/04/1968", "sex": "female", "weightKg": "heavy"},
                 "indication": "knee-osteoarthritis",
                 "observations": [{"loinc": "6690-2", "value": "high", "date": "2026-11-20"}]}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("patient.birthDate")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("patient.weightKg")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("observations[0].value")))
                .andExpect(content().string(not(containsString("12/04/1968"))));
    }

    @Test
    void unknownIndicationIsRefusedNamingTheKnownOnes() throws Exception {
        evaluate("""
                {"patient": {"reference": "MRN-0003", "birthDate": "1970-01-01", "sex": "male"},
                 "indication": "hair-loss"}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("indication"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("knee-osteoarthritis")));
    }

    @Test
    void malformedJsonIsA400NamingLineAndColumn() throws Exception {
        evaluate("{\"patient\": {\"birthDate\": 1968-04-12}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("record"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("not valid JSON")))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("line 1")));
    }

    @Test
    void emptyBodyIsA400SayingWhatToSend() throws Exception {
        mvc.perform(post("/api/v1/evaluations").with(httpBasic("physician", "demo"))
                        .contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("application/json")));
    }

    @Test
    void bodyThatIsNotJsonIsUnsupportedMediaType() throws Exception {
        mvc.perform(post("/api/v1/evaluations").with(httpBasic("physician", "demo"))
                        .contentType(MediaType.TEXT_PLAIN).content("patient: MRN-0001"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void wrongMethodIsMethodNotAllowed() throws Exception {
        mvc.perform(get("/api/v1/evaluations").with(httpBasic("physician", "demo")))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void unknownApiPathIsNotFoundForASignedInUser() throws Exception {
        mvc.perform(get("/api/v1/no-such-thing").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void aResultInAUnitTheEvaluatorCannotConvertIsRefusedNamingItsUnitField() throws Exception {
        evaluate("""
                {"patient": {"reference": "MRN-UNIT-1", "birthDate": "1960-01-01", "sex": "male", "weightKg": 70},
                 "indication": "knee-osteoarthritis", "assessmentDate": "2026-11-25",
                 "observations": [{"loinc": "718-7", "value": 13, "unit": "mmol/L", "date": "2026-11-20"}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("observations[0].unit")))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("MRN-UNIT-1"))));
    }

    @Test
    void anUndatedResultIsStillEvaluatedAsNotCountedAndAMissingWeightAsIncomplete() throws Exception {
        evaluate("""
                {"patient": {"reference": "MRN-UNDATED-1"},
                 "indication": "ischemic-heart-disease", "assessmentDate": "2026-11-25",
                 "observations": [{"loinc": "1988-5", "value": 2.1, "unit": "mg/L"}],
                 "imaging": [{"modality": "CT", "bodySite": "chest", "conclusion": "no lesion"}]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("INCOMPLETE"))
                .andExpect(jsonPath("$.notCounted[?(@.item == 'LOINC 1988-5')].reason").value(hasItem("undated")))
                .andExpect(jsonPath("$.missing[*].item").value(hasItem("patient.weightKg")));
    }

    @Test
    void aSevereReactionToAComponentNamedInChineseExcludesThePatient() throws Exception {
        evaluate("""
                {"patient": {"reference": "MRN-ZH-1", "birthDate": "1960-01-01", "sex": "male", "weightKg": 70},
                 "indication": "knee-osteoarthritis", "assessmentDate": "2026-11-25",
                 "medicalHistory": {"allergies": [{"substance": "二甲基亚砜", "reaction": "过敏性休克",
                                                   "severity": "severe"}]}}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("INELIGIBLE"))
                .andExpect(jsonPath("$.findings[?(@.ruleId == 'ALG-COMPONENT-SEVERE')].evidence[*].item")
                        .value(hasItem(org.hamcrest.Matchers.containsString("二甲基亚砜"))));
    }

    @Test
    void rulesCarryTheirRulesetVersionGroupAndSeverity() throws Exception {
        mvc.perform(get("/api/v1/rules").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rulesetVersion").value("2026.2"))
                .andExpect(jsonPath("$.rules[*].group").value(hasItem("COAGULATION")))
                .andExpect(jsonPath("$.rules[*].group").value(hasItem("PREGNANCY")))
                .andExpect(jsonPath("$.rules[?(@.group == 'PREGNANCY')].severity").value(hasItem("ABSOLUTE")));
    }

    @Test
    void indicationsCarryTheirRulesetVersionAndPlanDefaults() throws Exception {
        mvc.perform(get("/api/v1/indications").with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rulesetVersion").value("2026.2"))
                .andExpect(jsonPath("$.indications[?(@.code == 'knee-osteoarthritis')].route")
                        .value(hasItem("intra-articular")));
    }
}
