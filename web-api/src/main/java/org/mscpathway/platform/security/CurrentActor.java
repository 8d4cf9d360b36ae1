package org.mscpathway.platform.security;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The actor of the current request, with its care teams, for code that is not a controller method. The teams are
 * read for every request (a change of an account's teams applies at once, also to its open sessions), once.
 */
@Component
public class CurrentActor {

    private static final String RESOLVED = CurrentActor.class.getName() + ".resolved";

    private final UserTeams teams;

    CurrentActor(UserTeams teams) {
        this.teams = teams;
    }

    /** The signed-in actor, or empty for an anonymous request. */
    public Optional<Actor> find() {
        Optional<Authentication> signedIn = signedIn();
        if (signedIn.isEmpty()) {
            return Optional.empty();
        }
        Authentication authentication = signedIn.get();
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(RESOLVED, RequestAttributes.SCOPE_REQUEST) instanceof Resolved
                resolved && resolved.authentication() == authentication) {
            return Optional.of(resolved.actor());
        }
        Actor actor = Actor.of(authentication).in(teams.of(authentication));
        if (request != null) {
            request.setAttribute(RESOLVED, new Resolved(authentication, actor), RequestAttributes.SCOPE_REQUEST);
        }
        return Optional.of(actor);
    }

    /**
     * The signed-in user's name and roles, in no care team: for code that needs no case and that Spring does not
     * create (Camunda's webapp sign-in).
     */
    public static Optional<Actor> withoutTeams() {
        return signedIn().map(Actor::of);
    }

    private static Optional<Authentication> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication);
    }

    /** The signed-in actor; only call where security already requires a signed-in user. */
    public Actor get() {
        return find().orElseThrow(() -> new IllegalStateException("no user is signed in for this request"));
    }

    private record Resolved(Authentication authentication, Actor actor) {
    }
}
