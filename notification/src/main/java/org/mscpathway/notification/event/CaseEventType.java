package org.mscpathway.notification.event;

/** The facts the pathway publishes on the case-events topic, spelled as on the wire (case-event.schema.json). */
public enum CaseEventType {
    CaseOpened, StepCompleted, AssessmentCompleted, PlanProposed, PlanDecided, CaseClosed, TaskOverdue
}
