package org.mscpathway.workflow.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscpathway.testsupport.WithRealServices;
import org.mscpathway.workflow.pathway.CaseActor;
import org.mscpathway.workflow.pathway.CaseData;
import org.mscpathway.workflow.pathway.Role;
import org.mscpathway.workflow.pathway.ScreeningCases;
import org.mscpathway.workflow.testapp.WorkflowTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A relay in the same JVM publishes a step's events when its transaction commits, not at its next poll: with the
 * poll an hour apart, only the wake-up can bring the event to the broker within the test's wait.
 */
@SpringBootTest(classes = WorkflowTestApplication.class,
        properties = {"msc.outbox.poll-interval=1h", "spring.application.name=relay-wake-up-test"})
@WithRealServices
class RelayWakeUpTest {

    @Autowired
    ScreeningCases cases;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void aCommittedStepsEventsArePublishedWithoutWaitingForThePoll() {
        CaseActor coordinator = new CaseActor("coordinator", Role.COORDINATOR, CaseData.TEAM);
        UUID id = cases.open(CaseData.patient("MRN-WAKE-0001", "1970-01-01"), "type-2-diabetes", coordinator);
        cases.submitMedicalHistory(id, CaseData.history(), coordinator, null);
        int committed = cases.events(id, CaseData.TEAM).size();

        assertThat(CaseEventsTopic.read(bootstrapServers, id, committed, Duration.ofSeconds(20)))
                .extracting(record -> record.key()).containsOnly(id.toString());
    }
}
