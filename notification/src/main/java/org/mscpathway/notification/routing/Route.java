package org.mscpathway.notification.routing;

import java.util.Set;

/**
 * Who hears of an event of one type: {@code msc.notification.routes.<Type>[n]}. A route whose audience is empty
 * (no roles, no coordinator) tells nobody, which is how a site silences a type.
 *
 * @param outcomes    the event outcomes this route is for; empty means any outcome
 * @param roles       every enabled user holding one of these roles is told
 * @param coordinator whether the case's coordinator (the user who opened it) is told
 */
public record Route(Set<String> outcomes, Set<String> roles, boolean coordinator) {

    public Route {
        outcomes = outcomes == null ? Set.of() : Set.copyOf(outcomes);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    static Route roles(String... roles) {
        return new Route(Set.of(), Set.of(roles), false);
    }

    static Route coordinatorOnly() {
        return new Route(Set.of(), Set.of(), true);
    }

    Route forOutcome(String outcome) {
        return new Route(Set.of(outcome), roles, coordinator);
    }

    boolean appliesTo(String outcome) {
        return outcomes.isEmpty() || outcomes.contains(outcome);
    }
}
