package org.mscpathway.workflow.pathway;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * An ended process instance, seen through history, so that camunda-bpm-assert can check the path it took. Each
 * method hands on to the history entry (one line each: they are plumbing, not behaviour).
 */
record EndedProcess(HistoricProcessInstance historic) implements ProcessInstance {

    // an ended instance is neither suspended nor running
    @Override public boolean isSuspended() { return false; }
    @Override public boolean isEnded() { return true; }

    // history keeps the instance id as its own id
    @Override public String getId() { return historic.getId(); }
    @Override public String getProcessInstanceId() { return historic.getId(); }
    @Override public String getRootProcessInstanceId() { return historic.getRootProcessInstanceId(); }

    @Override public String getProcessDefinitionId() { return historic.getProcessDefinitionId(); }
    @Override public String getProcessDefinitionKey() { return historic.getProcessDefinitionKey(); }
    @Override public String getBusinessKey() { return historic.getBusinessKey(); }
    @Override public String getCaseInstanceId() { return historic.getCaseInstanceId(); }
    @Override public String getTenantId() { return historic.getTenantId(); }
}
