package org.mscpathway.workflow.pathway;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * Completes a case's open user task as the actor: the task is assigned to the actor (the engine's history keeps who
 * did each step), then completed, and the process runs on to its next wait state.
 *
 * <p>Why not two plain {@link TaskService} calls: each would be an engine command of its own, each loading the task
 * and flushing its changes (about a tenth of a step's CPU in the profile, docs/performance.md). Run inside one
 * command, the two calls share the engine's command context: the task is read once, by id (the case row keeps it,
 * {@link StepTracker}), and written once. It is the same transaction as before (the caller's), with the same
 * statements in it; only their number falls.
 */
@Component
class TaskCompletion {

    private final CaseStore cases;
    private final TaskService tasks;
    private final CommandExecutor commands;

    TaskCompletion(CaseStore cases, TaskService tasks, ProcessEngine engine) {
        this.cases = cases;
        this.tasks = tasks;
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
    }

    /** @throws StepOutOfTurnException if the case has no open task of that step */
    void complete(UUID caseId, Step step, String assignee, Map<String, Object> variables) {
        boolean completed = commands.execute(context -> {
            String taskId = cases.currentTask(caseId).orElseGet(() -> taskOfOlderCase(caseId, step));
            TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
            if (task == null || !step.taskKey().equals(task.getTaskDefinitionKey())) {
                return false;
            }
            tasks.setAssignee(taskId, assignee);
            tasks.complete(taskId, variables);
            return true;
        });
        if (!completed) {
            // thrown outside the engine's command, which would otherwise mark the caller's transaction rollback-only
            throw new StepOutOfTurnException("the case has no open " + step + " task");
        }
    }

    /** A case whose task was created before the case row kept its id: found by the case's business key. */
    private String taskOfOlderCase(UUID caseId, Step step) {
        var task = tasks.createTaskQuery().processInstanceBusinessKey(caseId.toString())
                .taskDefinitionKey(step.taskKey()).singleResult();
        return task == null ? null : task.getId();
    }
}
