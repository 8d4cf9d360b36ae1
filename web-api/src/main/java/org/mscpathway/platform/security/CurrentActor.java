package org.mscpathway.platform.security;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The actor of the current request, for code that is not a controller method. */
@Component
public class CurrentActor {

    /** The signed-in actor, or empty for an anonymous request. */
    public Optional<Actor> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(Actor.of(authentication));
    }

    /** The signed-in actor; only call where security already requires a signed-in user. */
    public Actor get() {
        return find().orElseThrow(() -> new IllegalStateException("no user is signed in for this request"));
    }
}
