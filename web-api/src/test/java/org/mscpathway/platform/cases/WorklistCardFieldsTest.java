package org.mscpathway.platform.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformFixture;
import org.mscpathway.platform.PlatformTest;
import org.mscpathway.platform.ui.physician.PregnantPatients;
import org.springframework.beans.factory.annotation.Autowired;

/** The API's worklist card carries what the physician's queue rows show: birth date, sex, outcome, main finding. */
@PlatformTest
class WorklistCardFieldsTest {

    @Autowired
    PlatformFixture platform;

    @Test
    void aWaitingReviewsCardNamesThePatientAndTheMainFinding() throws Exception {
        String mrn = "MRN-API-Q-" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = PregnantPatients.awaitingReview(platform.cases(), platform.json(), mrn, LocalDate.of(1988, 10, 2));

        JsonNode tasks = platform.json().readTree(platform.mvc().perform(get("/api/v1/tasks").param("limit", "100")
                        .with(user("physician").roles("PHYSICIAN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        JsonNode card = null;
        for (JsonNode each : tasks) {
            if (each.path("id").asText().equals(id.toString())) {
                card = each;
            }
        }
        assertThat(card).as("the case on the physician's worklist").isNotNull();
        assertThat(card.path("patientReference").asText()).isEqualTo(mrn);
        assertThat(card.path("birthDate").asText()).isEqualTo("1988-10-02");
        assertThat(card.path("sex").asText()).isEqualTo("FEMALE");
        assertThat(card.path("outcome").asText()).isEqualTo("INELIGIBLE");
        assertThat(card.path("assessmentMode").asText()).isEqualTo("PARTIAL");
        assertThat(card.path("mainFinding").path("ruleId").asText()).isEqualTo("PREG-PREGNANT");
        assertThat(card.path("mainFinding").path("severity").asText()).isEqualTo("ABSOLUTE");
        assertThat(card.path("mainFinding").path("title").asText()).isEqualTo("Pregnancy");
    }
}
