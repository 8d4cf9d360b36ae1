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

/**
 * {@code PUT /api/v1/users/{username}}: {@code {"password", "roles", "enabled", "email"}}, every wrong field named.
 * A password is required for a new account and at least {@value #MIN_PASSWORD} characters long.
 */
record AccountRequest(String password, Set<Role> roles, boolean enabled, String email) {

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
        return new AccountRequest(password, roles, enabled == null || enabled.asBoolean(), email);
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
