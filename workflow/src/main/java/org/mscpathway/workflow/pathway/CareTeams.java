package org.mscpathway.workflow.pathway;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The care teams (a site, a ward) someone works in. Every case belongs to exactly one team, and a user sees and acts
 * on the cases of their own teams only: to anyone else such a case does not exist. No team at all sees nothing.
 */
public record CareTeams(Set<String> names) {

    /** A team's name is an opaque, lower-case label: it may travel in events and logs, so it names no patient. */
    public static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,40}");
    public static final CareTeams NONE = new CareTeams(Set.of());

    public CareTeams {
        names = Set.copyOf(names);
        for (String name : names) {
            if (!isName(name)) {
                throw new IllegalArgumentException("a care team's name is 1 to 40 characters of a-z, 0-9 and '-'");
            }
        }
    }

    public static CareTeams of(String... names) {
        return new CareTeams(Set.copyOf(Arrays.asList(names)));
    }

    public static boolean isName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    public boolean includes(String team) {
        return names.contains(team);
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    /** In alphabetical order, as messages and answers list them. */
    public List<String> sorted() {
        return names.stream().sorted().toList();
    }

    String[] asArray() {
        return names.toArray(String[]::new);
    }
}
