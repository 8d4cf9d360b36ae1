package org.mscpathway.workflow.pathway;

import org.springframework.stereotype.Component;

/** The SLA durations as the BPMN's timer expressions read them: {@code ${pathwaySla.dataSteps}}, ISO-8601. */
@Component("pathwaySla")
public class SlaTimers {

    private final PathwaySla sla;

    SlaTimers(PathwaySla sla) {
        this.sla = sla;
    }

    public String getDataSteps() {
        return sla.dataSteps().toString();
    }

    public String getApproval() {
        return sla.approval().toString();
    }
}
