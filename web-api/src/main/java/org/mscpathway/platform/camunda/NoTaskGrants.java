package org.mscpathway.platform.camunda;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * With authorization on (for Cockpit's readers), Camunda would grant every task's assignee and candidate group
 * rights on that task, looking each grant up first: four user tasks a case made 8 grants written and deleted and a
 * dozen lookups, in the step's transaction. Nobody uses them: no platform user works in Camunda's Tasklist (the
 * platform's own commands complete tasks, with their checks and audit), and Cockpit's readers read tasks through
 * their group's grant on every task ({@link CockpitReaders}). Users, groups and the rest keep Camunda's defaults.
 */
@Component
class NoTaskGrants extends AbstractProcessEnginePlugin {

    private static final AuthorizationEntity[] NONE = new AuthorizationEntity[0];

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new Provider());
    }

    static final class Provider extends DefaultAuthorizationProvider {

        @Override
        public AuthorizationEntity[] newTask(Task task) {
            return NONE;
        }

        @Override
        public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
            return NONE;
        }

        @Override
        public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
            return NONE;
        }

        @Override
        public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
            return NONE;
        }

        @Override
        public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
            return NONE;
        }

        @Override
        public AuthorizationEntity[] deleteTaskUserIdentityLink(Task task, String userId, String type) {
            return NONE;
        }

        @Override
        public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String type) {
            return NONE;
        }
    }
}
