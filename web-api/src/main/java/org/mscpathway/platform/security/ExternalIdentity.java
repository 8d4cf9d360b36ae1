package org.mscpathway.platform.security;

import org.mscpathway.workflow.pathway.Role;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person as the hospital's identity provider describes them at a browser sign-in, mapped to the platform's terms.
 *
 * @param provider the sign-in's registration id ({@code spring.security.oauth2.client.registration.<id>})
 * @param username the platform account's name
 * @param roles    the platform roles the provider grants (possibly none)
 * @param email    where notifications are emailed, or null when the provider sent none
 * @param teams    the care teams the provider names (possibly none)
 */
public record ExternalIdentity(String provider, String username, Set<Role> roles, String email, Set<String> teams) {

    public ExternalIdentity {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(username, "username");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        teams = Set.copyOf(teams);
    }
}
