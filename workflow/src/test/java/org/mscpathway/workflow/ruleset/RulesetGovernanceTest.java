package org.mscpathway.workflow.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mscpathway.workflow.pathway.CaseData.COORDINATOR;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscpathway.testsupport.WithRealServices;
import org.mscpathway.workflow.outbox.Outbox;
import org.mscpathway.workflow.outbox.RulesetEvent;
import org.mscpathway.workflow.outbox.RulesetEventType;
import org.mscpathway.workflow.pathway.CaseActor;
import org.mscpathway.workflow.pathway.CaseData;
import org.mscpathway.workflow.pathway.CaseWalk;
import org.mscpathway.workflow.pathway.CaseRescreen;
import org.mscpathway.workflow.pathway.Role;
import org.mscpathway.workflow.pathway.ScreeningCases;
import org.mscpathway.workflow.testapp.WorkflowTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Four eyes on every ruleset version, validation naming keys, and cases that keep the version they started with
 * until they are re-screened. A context (and so a database) of its own, named so that no other class shares it,
 * with the relay off so the events stay readable in the outbox: activations here must not change the ruleset, nor
 * the outbox, of other test classes.
 */
@SpringBootTest(classes = WorkflowTestApplication.class,
        properties = {"msc.outbox.relay-enabled=false", "spring.application.name=ruleset-governance-test"})
@WithRealServices
class RulesetGovernanceTest {

    private static final CaseActor ALICE = new CaseActor("admin-alice", Role.ADMIN);
    private static final CaseActor BOB = new CaseActor("admin-bob", Role.ADMIN);

    @Autowired
    RulesetGovernance governance;
    @Autowired
    ScreeningCases cases;
    @Autowired
    CaseRescreen rescreen;
    @Autowired
    Outbox outbox;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theShippedCatalogueIsSeededAsTheActiveVersionAuthoredBySystem() throws Exception {
        StoredRuleset shipped = governance.version("2026.2");

        assertThat(shipped.state()).isIn(RulesetState.ACTIVE, RulesetState.RETIRED);
        assertThat(shipped.author()).isEqualTo("system");
        assertThat(json.readTree(governance.document("2026.2")).path("rulesetVersion").asText()).isEqualTo("2026.2");
    }

    @Test
    void theAuthorCannotApproveOwnDraftAndOnlyAnApprovedVersionIsActivated() throws Exception {
        String version = "2026.2-fe.1";
        governance.draft(draft(version, 70), ALICE);

        assertThatThrownBy(() -> governance.approve(version, ALICE)).isInstanceOf(FourEyesException.class);
        assertThatThrownBy(() -> governance.activate(version, BOB)).isInstanceOf(RulesetStateException.class)
                .hasMessageContaining("only an APPROVED version");

        StoredRuleset approved = governance.approve(version, BOB);
        assertThat(approved.state()).isEqualTo(RulesetState.APPROVED);
        assertThat(approved.approver()).isEqualTo("admin-bob");
        assertThatThrownBy(() -> governance.approve(version, BOB)).isInstanceOf(RulesetStateException.class);
        assertThat(outbox.eventsOfRuleset(version)).extracting(RulesetEvent::type)
                .containsExactly(RulesetEventType.RulesetDrafted, RulesetEventType.RulesetApproved);
    }

    @Test
    void aDraftFailingTheCatalogueValidationIsRefusedWithEveryBadKeyNamed() throws Exception {
        ObjectNode catalogue = shipped();
        ((ObjectNode) catalogue.path("thresholds").path("cardiac")).put("lvefAbsoluteBelowPercent", 150);
        ((ObjectNode) catalogue.path("thresholds").path("age")).remove("elderlyFromYears");

        assertThatThrownBy(() -> governance.draft(new RulesetDraft("2026.2", "2026.2-bad.1", "bad", catalogue),
                ALICE))
                .isInstanceOfSatisfying(InvalidRulesetException.class, invalid -> assertThat(invalid.errors())
                        .extracting(RulesetFieldError::field)
                        .contains("catalogue.thresholds.cardiac.lvefAbsoluteBelowPercent",
                                "catalogue.thresholds.age.elderlyFromYears"));
        assertThat(jdbc.sql("SELECT count(*) FROM msc.ruleset WHERE version = '2026.2-bad.1'").query(Long.class)
                .single()).as("nothing half-saved").isZero();
    }

    @Test
    void anOpenCaseKeepsItsVersionAcrossAnActivationUntilItIsRescreened() throws Exception {
        UUID id = CaseWalk.throughMedicalHistory(cases);
        String before = cases.view(id, CaseData.TEAM).rulesetVersion();
        String version = "2026.2-age.1";
        // the 58-year-old patient becomes "elderly" (a precaution) under the new version
        governance.draft(draft(version, 50), ALICE);
        governance.approve(version, BOB);

        assertThat(governance.activate(version, BOB)).contains(before);

        cases.submitPhysicalExam(id, CaseData.exam(), COORDINATOR, null);
        assertThat(cases.view(id, CaseData.TEAM).rulesetVersion()).isEqualTo(before);
        assertThat(assessments(id)).last().isEqualTo(before + " ELIGIBLE");
        assertThat(governance.version(before).state()).isEqualTo(RulesetState.RETIRED);

        assertThat(rescreen.rescreen(id, COORDINATOR)).isEqualTo("ELIGIBLE_WITH_PRECAUTIONS");

        assertThat(cases.view(id, CaseData.TEAM).rulesetVersion()).isEqualTo(version);
        assertThat(assessments(id)).containsExactly(before + " ELIGIBLE", before + " ELIGIBLE",
                version + " ELIGIBLE_WITH_PRECAUTIONS");
        assertThatThrownBy(() -> rescreen.rescreen(id, COORDINATOR))
                .hasMessageContaining("the active ruleset, already");
        assertThat(outbox.eventsOfRuleset(version)).extracting(RulesetEvent::type, RulesetEvent::actorRole)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RulesetEventType.RulesetDrafted, "ADMIN"),
                        org.assertj.core.groups.Tuple.tuple(RulesetEventType.RulesetApproved, "ADMIN"),
                        org.assertj.core.groups.Tuple.tuple(RulesetEventType.RulesetActivated, "ADMIN"));
    }

    private List<String> assessments(UUID id) {
        return jdbc.sql("SELECT ruleset_version || ' ' || outcome FROM msc.case_assessment WHERE case_id = :id "
                + "ORDER BY id").param("id", id).query(String.class).list();
    }

    private RulesetDraft draft(String version, int elderlyFromYears) throws Exception {
        ObjectNode catalogue = shipped();
        catalogue.remove("rulesetVersion");
        ((ObjectNode) catalogue.path("thresholds").path("age")).put("elderlyFromYears", elderlyFromYears);
        return new RulesetDraft(governance.active().rulesetVersion(), version, "elderly from " + elderlyFromYears,
                catalogue);
    }

    private ObjectNode shipped() throws Exception {
        return (ObjectNode) json.readTree(governance.document("2026.2"));
    }
}
