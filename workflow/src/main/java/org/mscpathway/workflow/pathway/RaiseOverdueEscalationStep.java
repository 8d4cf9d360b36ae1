package org.mscpathway.workflow.pathway;

import java.time.Clock;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.mscpathway.workflow.outbox.CaseEvent;
import org.mscpathway.workflow.outbox.CaseEventType;
import org.mscpathway.workflow.outbox.Outbox;
import org.springframework.stereotype.Component;

/** Service task "Raise overdue escalation", reached from a task's SLA timer; the task itself stays open. */
@Component("raiseOverdueEscalationStep")
record RaiseOverdueEscalationStep(CaseStore cases, Outbox outbox, Clock clock) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        UUID caseId = UUID.fromString(execution.getProcessBusinessKey());
        StoredCase stored = cases.lock(caseId);
        cases.markOverdue(caseId, clock.instant());
        outbox.append(CaseEvent.of(CaseEventType.TaskOverdue, caseId,
                stored.currentStep() == null ? null : stored.currentStep().name(), null, CaseActor.SYSTEM,
                clock.instant()));
    }
}
