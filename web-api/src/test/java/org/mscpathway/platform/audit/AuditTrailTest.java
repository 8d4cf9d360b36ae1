package org.mscpathway.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PatientRecords;
import org.mscpathway.platform.PlatformTest;
import org.mscpathway.platform.security.Actor;
import org.mscpathway.workflow.pathway.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Who did what to which case, when: recorded for refusals and state changes, and never changed afterwards. */
@PlatformTest
class AuditTrailTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void refusedRequestIsRecordedAsDeniedWithUserRolesAndAction() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(httpBasic("physician", "demo"))).andExpect(status().isForbidden());

        assertThat(trail.latest(1)).singleElement().satisfies(entry -> {
            assertThat(entry.username()).isEqualTo("physician");
            assertThat(entry.roles()).containsExactly(Role.PHYSICIAN);
            assertThat(entry.action()).isEqualTo("GET /actuator/prometheus");
            assertThat(entry.caseId()).isNull();
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.DENIED);
        });
    }

    @Test
    void refusedAttemptOnACaseIsRecordedAgainstThatCase() throws Exception {
        UUID caseId = UUID.randomUUID();
        mvc.perform(post("/api/v1/cases/{id}/decision", caseId).with(httpBasic("coordinator", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"approve\"}"))
                .andExpect(status().isForbidden());

        assertThat(trail.forCase(caseId)).singleElement().satisfies(entry -> {
            assertThat(entry.username()).isEqualTo("coordinator");
            assertThat(entry.action()).isEqualTo("POST /api/v1/cases/{id}/decision");
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.DENIED);
        });
    }

    @Test
    void stateChangingCallsAreRecordedWithHowTheyEndedAndNoPatientData() throws Exception {
        mvc.perform(post("/api/v1/evaluations").with(httpBasic("coordinator", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(PatientRecords.DESIGN_EXAMPLE))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/evaluations").with(httpBasic("physician", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isBadRequest());

        List<AuditEntry> latest = trail.latest(2);
        assertThat(latest).extracting(AuditEntry::username, AuditEntry::action, AuditEntry::outcome).containsExactly(
                tuple("physician", "POST /api/v1/evaluations", AuditOutcome.INVALID),
                tuple("coordinator", "POST /api/v1/evaluations", AuditOutcome.OK));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM msc.audit_entry WHERE action LIKE '%MRN%'", Long.class))
                .isZero();
    }

    @Test
    void readingIsNotAudited() throws Exception {
        long before = count();
        mvc.perform(get("/api/v1/rules").with(httpBasic("physician", "demo"))).andExpect(status().isOk());
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void caseTimelineListsItsEntriesOldestFirst() {
        UUID caseId = UUID.randomUUID();
        Actor coordinator = new Actor("coordinator", Set.of(Role.COORDINATOR));
        Actor physician = new Actor("physician", Set.of(Role.PHYSICIAN));
        trail.record(coordinator, "CASE_OPENED", caseId, AuditOutcome.OK);
        trail.record(physician, "PLAN_APPROVED", caseId, AuditOutcome.DENIED);
        trail.record(coordinator, "CASE_OPENED", UUID.randomUUID(), AuditOutcome.OK);

        assertThat(trail.forCase(caseId))
                .extracting(AuditEntry::username, AuditEntry::action, AuditEntry::outcome)
                .containsExactly(
                        tuple("coordinator", "CASE_OPENED", AuditOutcome.OK),
                        tuple("physician", "PLAN_APPROVED", AuditOutcome.DENIED));
    }

    @Test
    void databaseRefusesToUpdateDeleteOrTruncateTheTrail() {
        trail.record(new Actor("admin", Set.of(Role.ADMIN)), "SOMETHING", null, AuditOutcome.OK);

        assertThatThrownBy(() -> jdbc.update("UPDATE msc.audit_entry SET outcome = 'OK'"))
                .isInstanceOf(DataIntegrityViolationException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM msc.audit_entry"))
                .isInstanceOf(DataIntegrityViolationException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE msc.audit_entry"))
                .isInstanceOf(DataIntegrityViolationException.class).rootCause().hasMessageContaining("append-only");
        assertThat(count()).isPositive();
    }

    private long count() {
        return jdbc.queryForObject("SELECT count(*) FROM msc.audit_entry", Long.class);
    }
}
