package org.mscpathway.platform.camunda;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.mscpathway.platform.security.CurrentActor;
import org.mscpathway.workflow.pathway.Role;

/**
 * Tells Camunda's webapp who is signed in to the platform: an ADMIN becomes a Camunda user of the same name in the
 * read-only group {@link CockpitReaders#GROUP}, so Cockpit needs no second sign-in and grants nothing but reading.
 * Camunda only accepts users its identity service knows, so the user and the membership are created on first visit,
 * without a password: nobody can sign in to Camunda directly with them. Camunda instantiates this class itself
 * (hence public, no arguments).
 */
public class PlatformSignInForCamunda extends ContainerBasedAuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        return CurrentActor.withoutTeams()
                .filter(actor -> actor.has(Role.ADMIN))
                .map(actor -> {
                    CockpitReaders.admit(engine.getIdentityService(), engine.getAuthorizationService(),
                            actor.username());
                    AuthenticationResult result = new AuthenticationResult(actor.username(), true);
                    result.setGroups(List.of(CockpitReaders.GROUP));
                    return result;
                })
                .orElseGet(AuthenticationResult::unsuccessful);
    }
}
