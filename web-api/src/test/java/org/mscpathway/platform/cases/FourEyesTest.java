package org.mscpathway.platform.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformFixture;
import org.mscpathway.platform.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/** Four-eyes over the API (issue 12.3): no physician alone sets aside a finding or approves their own work. */
@PlatformTest
class FourEyesTest {

    private static final String JUSTIFICATION = "negative serum hCG today, urine test was a false positive";

    @Autowired
    PlatformFixture platform;
    @Autowired
    CaseClient api;

    @Test
    void overrideOfAnAbsoluteFindingNeedsAJustificationAndASecondPhysicianBeforeThePathwayResumes()
            throws Exception {
        UUID id = pregnantPatientAtIneligibilityReview();

        MockHttpServletResponse tooShort = decide(id, "physician", CaseBodies.decision("override", "x"));
        assertThat(tooShort.getStatus()).isEqualTo(400);
        assertThat(api.body(tooShort).path("errors").get(0).path("field").asText()).isEqualTo("comment");

        JsonNode proposed = api.body(decide(id, "physician", CaseBodies.decision("override", JUSTIFICATION)));
        assertThat(proposed.path("currentStep").asText()).isEqualTo("INELIGIBILITY_REVIEW");
        assertThat(proposed.path("pendingOverride").path("proposedBy").asText()).isEqualTo("physician");
        assertThat(proposed.path("decisions")).isEmpty();

        MockHttpServletResponse alone = decide(id, "physician", CaseBodies.decision("override", JUSTIFICATION));
        assertThat(alone.getStatus()).isEqualTo(403);
        assertThat(alone.getContentType()).startsWith("application/problem+json");
        assertThat(api.body(alone).path("detail").asText()).contains("second physician");

        JsonNode resumed = api.body(decide(id, "physician2", "{\"decision\": \"override\"}"));
        assertThat(resumed.path("currentStep").asText()).isEqualTo("PHYSICAL_EXAM");
        assertThat(resumed.path("pendingOverride").isNull()).isTrue();
        JsonNode override = resumed.path("decisions").get(0);
        assertThat(override.path("decidedBy").asText()).isEqualTo("physician");
        assertThat(override.path("confirmedBy").asText()).isEqualTo("physician2");
        assertThat(override.path("comment").asText()).isEqualTo(JUSTIFICATION);
        assertThat(api.read("coordinator", "/api/v1/cases/" + id + "/timeline").findValuesAsText("user"))
                .contains("physician", "physician2");
    }

    @Test
    void physicianWhoRequestedChangesCannotApproveTheRedraftAnotherPhysicianCan() throws Exception {
        UUID id = api.atPlanApproval("coordinator");
        decide(id, "physician", """
                {"decision": "request-changes", "comment": "lower dose",
                 "planChanges": {"cellsPerAdministration": 40000000}}""");

        MockHttpServletResponse own = decide(id, "physician", CaseBodies.approve());
        assertThat(own.getStatus()).isEqualTo(403);
        assertThat(api.body(own).path("detail").asText()).contains("you changed this plan");

        JsonNode approved = api.body(decide(id, "physician2", CaseBodies.approve()));
        assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.path("planVersion").asInt()).isEqualTo(2);
    }

    @Test
    void userHoldingBothRolesWhoEnteredDataCannotApproveOrOverride() throws Exception {
        platform.account("dr-both", "COORDINATOR", "PHYSICIAN");
        UUID id = api.open("coordinator", CaseBodies.openCase());
        api.submit("coordinator", id, "medical-history", CaseBodies.history());
        api.submit("dr-both", id, "physical-exam", CaseBodies.exam());
        api.submit("coordinator", id, "investigations", CaseBodies.investigations());

        MockHttpServletResponse refused = decide(id, "dr-both", CaseBodies.approve());

        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(api.body(refused).path("detail").asText()).contains("entered the case's data");
        assertThat(api.read("physician", "/api/v1/cases/" + id).path("status").asText()).isEqualTo("OPEN");
    }

    private UUID pregnantPatientAtIneligibilityReview() throws Exception {
        String birthDate = LocalDate.now().minusYears(31).toString();
        UUID id = api.open("coordinator", CaseBodies.openCase("female", birthDate, "knee-osteoarthritis"));
        api.submit("coordinator", id, "medical-history", CaseBodies.history("pregnant"));
        return id;
    }

    private MockHttpServletResponse decide(UUID id, String user, String body) throws Exception {
        return api.send(user, "POST", "/api/v1/cases/" + id + "/decision", body);
    }
}
