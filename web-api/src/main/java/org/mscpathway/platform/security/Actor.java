package org.mscpathway.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.mscpathway.workflow.pathway.CareTeams;
import org.mscpathway.workflow.pathway.CaseActor;
import org.mscpathway.workflow.pathway.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is acting: the signed-in user's name, platform roles and care teams, whatever the sign-in (Basic, form, bearer
 * token). Controllers take it as a parameter ({@code Actor actor}); elsewhere {@link CurrentActor} resolves it.
 * An actor built from the authentication alone ({@link #of}) works in no team: only {@link CurrentActor} knows the
 * teams.
 */
public record Actor(String username, Set<Role> roles, CareTeams teams) {

    public Actor {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("an actor has a username");
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        Objects.requireNonNull(teams, "teams");
    }

    /** An actor in no care team (it reaches no case). */
    public Actor(String username, Set<Role> roles) {
        this(username, roles, CareTeams.NONE);
    }

    public static Actor of(Authentication authentication) {
        Objects.requireNonNull(authentication, "authentication");
        return new Actor(authentication.getName(), rolesOf(authentication.getAuthorities()));
    }

    Actor in(CareTeams teams) {
        return new Actor(username, roles, teams);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Coordinators and physicians read patient data; an administrator alone does not. */
    public boolean mayReadPatientData() {
        return has(Role.COORDINATOR) || has(Role.PHYSICIAN);
    }

    /** The actor as the pathway sees it, acting in one role (security has checked the actor holds it). */
    public CaseActor as(Role role) {
        return new CaseActor(username, org.mscpathway.workflow.pathway.Role.valueOf(role.name()), teams);
    }

    private static Set<Role> rolesOf(Collection<? extends GrantedAuthority> authorities) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authorities) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith("ROLE_")) {
                Role.parse(name).ifPresent(roles::add);
            }
        }
        return roles;
    }
}
