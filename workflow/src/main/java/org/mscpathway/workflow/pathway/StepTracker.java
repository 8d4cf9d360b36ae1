package org.mscpathway.workflow.pathway;

import java.time.Clock;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener on every user task: the case's current step is the task that was just created, and the case row
 * keeps the task's id, so that completing it needs no task query ({@link TaskCompletion}).
 */
@Component("stepTracker")
record StepTracker(CaseStore cases, Clock clock) implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Step step = Step.ofTaskKey(task.getTaskDefinitionKey())
                .orElseThrow(() -> new IllegalStateException("no pathway step for task " + task.getTaskDefinitionKey()));
        cases.enterStep(UUID.fromString(task.getExecution().getProcessBusinessKey()), step, task.getId(),
                clock.instant());
    }
}
