package org.mscpathway.workflow.pathway;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** An ended process instance, seen through history, so that camunda-bpm-assert can check the path it took. */
record EndedProcess(HistoricProcessInstance historic) implements ProcessInstance {

    @Override
    public String getProcessDefinitionId() {
        return historic.getProcessDefinitionId();
    }

    @Override
    public String getBusinessKey() {
        return historic.getBusinessKey();
    }

    @Override
    public String getRootProcessInstanceId() {
        return historic.getRootProcessInstanceId();
    }

    @Override
    public String getCaseInstanceId() {
        return historic.getCaseInstanceId();
    }

    @Override
    public boolean isSuspended() {
        return false;
    }

    @Override
    public String getId() {
        return historic.getId();
    }

    @Override
    public boolean isEnded() {
        return true;
    }

    @Override
    public String getProcessInstanceId() {
        return historic.getId();
    }

    @Override
    public String getTenantId() {
        return historic.getTenantId();
    }

    @Override
    public String getProcessDefinitionKey() {
        return historic.getProcessDefinitionKey();
    }
}
