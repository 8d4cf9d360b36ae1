package org.mscpathway.platform.camunda;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.mscpathway.platform.security.CurrentActor;
import org.mscpathway.platform.security.Role;

/**
 * Tells Camunda's webapp who is signed in to the platform: an ADMIN becomes a Camunda user of the same name in
 * group {@code camunda-admin}, so Cockpit and Tasklist need no second sign-in. Camunda only accepts users its
 * identity service knows, so the user and the membership are created on first visit, without a password: nobody
 * can sign in to Camunda directly with them. Camunda instantiates this class itself (hence public, no arguments).
 */
public class PlatformSignInForCamunda extends ContainerBasedAuthenticationProvider {

    private final CurrentActor currentActor = new CurrentActor();

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        return currentActor.find()
                .filter(actor -> actor.has(Role.ADMIN))
                .map(actor -> {
                    ensureCamundaAdmin(engine.getIdentityService(), actor.username());
                    AuthenticationResult result = new AuthenticationResult(actor.username(), true);
                    result.setGroups(List.of(Groups.CAMUNDA_ADMIN));
                    return result;
                })
                .orElseGet(AuthenticationResult::unsuccessful);
    }

    private static synchronized void ensureCamundaAdmin(IdentityService identity, String username) {
        if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
            Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
            group.setName("Camunda administrators (platform admins)");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(group);
        }
        if (identity.createUserQuery().userId(username).count() == 0) {
            User user = identity.newUser(username);
            user.setFirstName(username);
            user.setLastName("(MSC Pathway admin)");
            identity.saveUser(user);
        }
        if (identity.createUserQuery().userId(username).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
            identity.createMembership(username, Groups.CAMUNDA_ADMIN);
        }
    }
}
