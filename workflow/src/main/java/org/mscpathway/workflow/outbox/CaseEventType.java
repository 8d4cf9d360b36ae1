package org.mscpathway.workflow.outbox;

/** The facts the pathway publishes on {@code msc.case-events}; see case-event.schema.json. */
public enum CaseEventType {
    CaseOpened, StepCompleted, AssessmentCompleted, PlanProposed, PlanDecided, CaseClosed, TaskOverdue
}
