package org.mscpathway.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.mscpathway.workflow.pathway.CaseWalk;
import org.mscpathway.workflow.pathway.ScreeningCases;
import org.mscpathway.workflow.testapp.WorkflowTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Camunda's history keeps what Cockpit and an audit of the process read, and leaves out the logs nobody reads. */
@WorkflowTest
class LeanHistoryTest {

    @Autowired
    ScreeningCases cases;
    @Autowired
    HistoryService history;

    @Test
    void historyKeepsInstancesTasksAndVariablesButNotLinkTimerOrUpdateLogs() {
        UUID id = CaseWalk.throughMedicalHistory(cases);
        String process = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id.toString())
                .singleResult().getId();

        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(process).list())
                .extracting(HistoricProcessInstance::getBusinessKey).containsExactly(id.toString());
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(process).activityId(
                "MedicalHistory").finished().count()).isEqualTo(1);
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(process).count()).isEqualTo(2);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(process)
                .variableName("caseId").singleResult().getValue()).isEqualTo(id.toString());

        String medicalHistoryTask = history.createHistoricTaskInstanceQuery().processInstanceId(process)
                .taskDefinitionKey("MedicalHistory").singleResult().getId();
        assertThat(history.createHistoricIdentityLinkLogQuery().taskId(medicalHistoryTask).count()).isZero();
        assertThat(history.createHistoricJobLogQuery().processInstanceId(process).count()).isZero();
        assertThat(history.createHistoricDetailQuery().processInstanceId(process).count()).isZero();
    }
}
