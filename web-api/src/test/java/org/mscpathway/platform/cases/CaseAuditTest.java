package org.mscpathway.platform.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformFixture;
import org.mscpathway.platform.PlatformTest;
import org.mscpathway.platform.audit.AuditEntry;
import org.mscpathway.platform.audit.AuditOutcome;
import org.springframework.beans.factory.annotation.Autowired;

/** A change to a case is saved together with the audit entry that says who made it, or not at all. */
@PlatformTest
class CaseAuditTest {

    /** A coordinator whose audit entries the database refuses while a test says so. */
    private static final String UNAUDITED = "coordinator-unaudited";

    @Autowired
    PlatformFixture platform;
    @Autowired
    CaseClient api;

    @BeforeEach
    void setUp() {
        platform.account(UNAUDITED, "COORDINATOR");
    }

    @Test
    void eachApiChangeIsRecordedOnceWithWhoMadeIt() throws Exception {
        UUID id = api.open("coordinator", CaseBodies.openCase());
        assertThat(api.send("coordinator", "PUT", "/api/v1/cases/" + id + "/medical-history", CaseBodies.history())
                .getStatus()).isEqualTo(200);

        assertThat(platform.trail().forCase(id))
                .extracting(AuditEntry::username, AuditEntry::action, AuditEntry::outcome)
                .containsExactly(
                        tuple("coordinator", "POST /api/v1/cases", AuditOutcome.OK),
                        tuple("coordinator", "PUT /api/v1/cases/{id}/medical-history", AuditOutcome.OK));
    }

    @Test
    void anApiChangeWhoseAuditEntryCannotBeWrittenIsNotSaved() throws Exception {
        UUID id = api.open("coordinator", CaseBodies.openCase());

        int status = whileTheTrailRefusesTheUnauditedUser(() -> api.send(UNAUDITED, "PUT",
                "/api/v1/cases/" + id + "/medical-history", CaseBodies.history()).getStatus());

        assertThat(status).isEqualTo(500);
        assertThat(api.read("coordinator", "/api/v1/cases/" + id).path("currentStep").asText())
                .isEqualTo("MEDICAL_HISTORY");
        assertThat(platform.trail().forCase(id)).extracting(AuditEntry::username).containsOnly("coordinator");
    }

    @Test
    void aUiChangeWhoseAuditEntryCannotBeWrittenIsNotSaved() throws Exception {
        UUID id = api.open("coordinator", CaseBodies.openCase());

        int status = whileTheTrailRefusesTheUnauditedUser(() -> platform.mvc().perform(post("/cases/{id}/withdraw", id)
                        .with(user(UNAUDITED).roles("COORDINATOR")).with(csrf()))
                .andReturn().getResponse().getStatus());

        assertThat(status).isEqualTo(500);
        assertThat(api.read("coordinator", "/api/v1/cases/" + id).path("status").asText()).isEqualTo("OPEN");
    }

    /** A real refusal by the database: a check constraint on the trail, for the length of one request. */
    private int whileTheTrailRefusesTheUnauditedUser(Call call) throws Exception {
        platform.jdbc().sql("ALTER TABLE msc.audit_entry ADD CONSTRAINT refuse_unaudited CHECK (username <> '"
                + UNAUDITED + "') NOT VALID").update();
        try {
            return call.status();
        } finally {
            platform.jdbc().sql("ALTER TABLE msc.audit_entry DROP CONSTRAINT refuse_unaudited").update();
        }
    }

    @FunctionalInterface
    private interface Call {
        int status() throws Exception;
    }
}
