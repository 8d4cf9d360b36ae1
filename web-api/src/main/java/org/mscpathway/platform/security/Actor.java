package org.mscpathway.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.mscpathway.workflow.pathway.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is acting: the signed-in user's name and platform roles, whatever the sign-in (Basic, form, bearer token).
 * Controllers take it as a parameter ({@code Actor actor}); elsewhere {@link CurrentActor} resolves it.
 */
public record Actor(String username, Set<Role> roles) {

    public Actor {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("an actor has a username");
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Actor of(Authentication authentication) {
        Objects.requireNonNull(authentication, "authentication");
        return new Actor(authentication.getName(), rolesOf(authentication.getAuthorities()));
    }

    public boolean has(Role role) {
        return roles.contains(role);
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
