package org.mscpathway.platform.security;

import org.mscpathway.workflow.pathway.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mscpathway.workflow.pathway.CareTeams;

/**
 * Reads claims the way the platform maps its identity provider, for bearer tokens and browser sign-in alike (roles,
 * care teams): a
 * dotted path reaches a nested claim ({@code realm_access.roles}), and only values in the platform's namespace
 * ({@code msc-pathway:physician}) are roles, since a provider may carry other applications' roles, even one called
 * {@code admin}, in the same claim.
 */
final class RoleClaims {

    private RoleClaims() {
    }

    /** The platform roles named in the configured roles claim; anything else in it is ignored. */
    static Set<Role> roles(Map<String, Object> claims, PlatformSecurityProperties.Jwt settings) {
        String prefix = settings.rolePrefix().toLowerCase(Locale.ROOT);
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        values(claim(claims, settings.rolesClaim())).stream()
                .filter(value -> value.toLowerCase(Locale.ROOT).startsWith(prefix))
                .map(value -> value.substring(prefix.length()))
                .map(Role::parse)
                .flatMap(Optional::stream)
                .forEach(roles::add);
        return roles;
    }

    /**
     * The care teams named in the configured teams claim, lower-cased; values that are no team name are ignored.
     * Empty when the claim is absent or names no team.
     */
    static Set<String> teams(Map<String, Object> claims, PlatformSecurityProperties.Jwt settings) {
        Set<String> teams = new java.util.LinkedHashSet<>();
        for (String value : values(claim(claims, settings.teamsClaim()))) {
            String name = value.strip().toLowerCase(Locale.ROOT);
            if (CareTeams.isName(name)) {
                teams.add(name);
            }
        }
        return teams;
    }

    /** Follows a dotted path through nested claim objects; null when any step is missing. */
    static Object claim(Map<String, Object> claims, String path) {
        Object value = claims;
        for (String name : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(name);
        }
        return value;
    }

    /** A list claim's values, or a text claim's words (separated by commas or white space). */
    static List<String> values(Object claim) {
        if (claim instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String text) {
            return List.of(text.trim().split("[,\\s]+")).stream().filter(word -> !word.isEmpty()).toList();
        }
        return List.of();
    }
}
