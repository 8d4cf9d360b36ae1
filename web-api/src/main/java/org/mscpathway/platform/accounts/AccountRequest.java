package org.mscpathway.platform.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.mscpathway.platform.problem.FieldProblem;
import org.mscpathway.workflow.pathway.Role;
import org.mscpathway.workflow.pathway.CareTeams;

/**
 * {@code PUT /api/v1/users/{username}}: {@code {"password", "roles", "teams", "enabled", "email"}}, every wrong field
 * named. A password is required for a new account and at least {@value #MIN_PASSWORD} characters long.
 * {@code teams} (care team names) may be left out: an existing account keeps its teams, a new one gets the default
 * team. An account with a clinical role needs at least one ({@link #requireTeamForClinicalRoles}).
 *
 * @param teams the care teams asked for, in alphabetical order, or null when the body does not say
 */
record AccountRequest(String password, Set<Role> roles, List<String> teams, boolean enabled, String email) {

    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD_BYTES = 72;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,99}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    static AccountRequest read(String username, JsonNode body, boolean exists) {
        List<FieldProblem> errors = new ArrayList<>();
        if (!USERNAME.matcher(username).matches()) {
            errors.add(new FieldProblem("username", "2 to 100 lower-case letters, digits, '.', '_' or '-'"));
        }
        if (body == null || !body.isObject()) {
            throw new InvalidAccountException(List.of(new FieldProblem("body", "must be a JSON object")));
        }
        String password = text(body, "password", errors);
        if (password == null && !exists) {
            errors.add(new FieldProblem("password", "is required for a new account"));
        } else if (password != null && password.length() < MIN_PASSWORD) {
            errors.add(new FieldProblem("password", "must be at least " + MIN_PASSWORD + " characters"));
        } else if (password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            errors.add(new FieldProblem("password", "must be at most " + MAX_PASSWORD_BYTES
                    + " bytes in UTF-8 (BCrypt reads no further)"));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        JsonNode list = body.get("roles");
        if (list == null || !list.isArray() || list.isEmpty()) {
            errors.add(new FieldProblem("roles", "at least one of COORDINATOR, PHYSICIAN, ADMIN"));
        } else {
            for (int i = 0; i < list.size(); i++) {
                int index = i;
                Role.parse(list.get(i).asText()).ifPresentOrElse(roles::add, () -> errors.add(new FieldProblem(
                        "roles[" + index + "]", "must be one of COORDINATOR, PHYSICIAN, ADMIN")));
            }
        }
        List<String> teams = teams(body.get("teams"), errors);
        JsonNode enabled = body.get("enabled");
        if (enabled != null && !enabled.isBoolean()) {
            errors.add(new FieldProblem("enabled", "must be true or false"));
        }
        String email = text(body, "email", errors);
        if (email != null && !EMAIL.matcher(email).matches()) {
            errors.add(new FieldProblem("email", "must be an email address"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidAccountException(errors);
        }
        return new AccountRequest(password, roles, teams, enabled == null || enabled.asBoolean(), email);
    }

    /** A coordinator or physician works in at least one care team, or sees no case at all. */
    static void requireTeamForClinicalRoles(Set<Role> roles, List<String> teams) {
        if (teams.isEmpty() && (roles.contains(Role.COORDINATOR) || roles.contains(Role.PHYSICIAN))) {
            throw new InvalidAccountException(List.of(new FieldProblem("teams",
                    "at least one care team for an account with COORDINATOR or PHYSICIAN")));
        }
    }

    private static List<String> teams(JsonNode list, List<FieldProblem> errors) {
        if (list == null || list.isNull()) {
            return null;
        }
        if (!list.isArray()) {
            errors.add(new FieldProblem("teams", "must be a list of care team names"));
            return null;
        }
        java.util.SortedSet<String> teams = new java.util.TreeSet<>();
        for (int i = 0; i < list.size(); i++) {
            String team = list.get(i).isTextual() ? list.get(i).asText() : null;
            if (CareTeams.isName(team)) {
                teams.add(team);
            } else {
                errors.add(new FieldProblem("teams[" + i + "]", "must be a care team name: 1 to 40 characters of a-z,"
                        + " 0-9 and '-'"));
            }
        }
        return List.copyOf(teams);
    }

    private static String text(JsonNode body, String field, List<FieldProblem> errors) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            errors.add(new FieldProblem(field, "must be a text"));
            return null;
        }
        return node.asText();
    }
}
