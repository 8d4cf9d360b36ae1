package org.mscpathway.platform.camunda;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/**
 * The Camunda group the platform's admins belong to: it may open Cockpit and read definitions, instances, tasks
 * and history, nothing else. No complete, claim, modify, delete, suspend, retry or variable change: only the
 * platform's own commands move a case, with their checks and audit. Camunda's built-in {@code camunda-admin} group
 * bypasses every authorization, so no platform user is ever a member of it.
 */
final class CockpitReaders {

    // Camunda accepts only letters and digits in ids (its resource whitelist)
    static final String GROUP = "mscCockpitReaders";
    static final String ENGINE_OWNER = "MscPathwayEngine";

    private record Grant(Resource resource, String resourceId, Permission... permissions) {
    }

    private static final List<Grant> GRANTS = List.of(
            new Grant(Resources.APPLICATION, "cockpit", Permissions.ACCESS),
            new Grant(Resources.PROCESS_DEFINITION, Authorization.ANY, ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                    ProcessDefinitionPermissions.READ_TASK),
            new Grant(Resources.PROCESS_INSTANCE, Authorization.ANY, ProcessInstancePermissions.READ),
            new Grant(Resources.TASK, Authorization.ANY, TaskPermissions.READ),
            new Grant(Resources.HISTORIC_PROCESS_INSTANCE, Authorization.ANY, HistoricProcessInstancePermissions.READ),
            new Grant(Resources.HISTORIC_TASK, Authorization.ANY, HistoricTaskPermissions.READ),
            new Grant(Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ),
            new Grant(Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ, Permissions.READ_HISTORY),
            new Grant(Resources.DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY, Permissions.READ));

    private CockpitReaders() {
    }

    /**
     * Makes {@code username} a member of the readers' group, and of no Camunda admin group (a membership left by an
     * earlier version is removed). Idempotent; if two instances race on the very first visit, Camunda's unique keys
     * keep the rows single and the losing request fails once.
     */
    static synchronized void admit(IdentityService identity, AuthorizationService authorizations, String username) {
        if (identity.createGroupQuery().groupId(GROUP).count() == 0) {
            createGroup(identity, authorizations);
        }
        ensureEngineOwner(identity);
        if (identity.createUserQuery().userId(username).count() == 0) {
            User user = identity.newUser(username);
            user.setFirstName(username);
            user.setLastName("(MSC Pathway admin)");
            identity.saveUser(user);
        }
        if (identity.createUserQuery().userId(username).memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0) {
            identity.deleteMembership(username, Groups.CAMUNDA_ADMIN);
        }
        if (identity.createUserQuery().userId(username).memberOfGroup(GROUP).count() == 0) {
            identity.createMembership(username, GROUP);
        }
    }

    /**
     * Camunda's webapps send everyone to their "create the first admin" page while {@code camunda-admin} has no
     * member. This member satisfies them: it has no password and an upper-case id, which no platform username can
     * be, so nobody can ever be signed in as it.
     */
    private static void ensureEngineOwner(IdentityService identity) {
        if (identity.createUserQuery().userId(ENGINE_OWNER).count() == 0) {
            User owner = identity.newUser(ENGINE_OWNER);
            owner.setFirstName("MSC Pathway");
            owner.setLastName("(no sign-in)");
            identity.saveUser(owner);
        }
        if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
            Group admins = identity.newGroup(Groups.CAMUNDA_ADMIN);
            admins.setName("Camunda administrators (nobody signs in as one)");
            admins.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(admins);
        }
        if (identity.createUserQuery().userId(ENGINE_OWNER).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
            identity.createMembership(ENGINE_OWNER, Groups.CAMUNDA_ADMIN);
        }
    }

    private static void createGroup(IdentityService identity, AuthorizationService authorizations) {
        Group group = identity.newGroup(GROUP);
        group.setName("MSC Pathway admins (Cockpit, read only)");
        group.setType(Groups.GROUP_TYPE_SYSTEM);
        identity.saveGroup(group);
        for (Grant grant : GRANTS) {
            Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(GROUP);
            authorization.setResource(grant.resource());
            authorization.setResourceId(grant.resourceId());
            for (Permission permission : grant.permissions()) {
                authorization.addPermission(permission);
            }
            authorizations.saveAuthorization(authorization);
        }
    }
}
