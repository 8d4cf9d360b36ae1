package org.mscpathway.workflow.pathway;

import java.time.Clock;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.mscpathway.workflow.outbox.CaseEvent;
import org.mscpathway.workflow.outbox.CaseEventType;
import org.mscpathway.workflow.outbox.Outbox;
import org.springframework.stereotype.Component;

/** Runs at each end event of the pathway: records the closing status and publishes CaseClosed. */
@Component("closeCase")
public class CloseCase {

    private final CaseStore cases;
    private final Outbox outbox;
    private final PathwayMetrics metrics;
    private final Clock clock;

    CloseCase(CaseStore cases, Outbox outbox, PathwayMetrics metrics, Clock clock) {
        this.cases = cases;
        this.outbox = outbox;
        this.metrics = metrics;
        this.clock = clock;
    }

    public void close(DelegateExecution execution, String status) {
        UUID caseId = UUID.fromString(execution.getProcessBusinessKey());
        Object role = execution.getVariable(ProcessVariables.ACTOR_ROLE);
        cases.close(caseId, CaseStatus.valueOf(status), clock.instant());
        metrics.caseClosed(CaseStatus.valueOf(status));
        outbox.append(CaseEvent.of(CaseEventType.CaseClosed, caseId, null, status,
                role == null ? CaseActor.SYSTEM : role.toString(), clock.instant()));
    }
}
