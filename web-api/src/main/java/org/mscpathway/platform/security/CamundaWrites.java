package org.mscpathway.platform.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The calls of Camunda's webapps that would change the engine's state. Camunda's own authorization already refuses
 * them to the platform's admins (read-only group); refusing them here as well means a mistake in those grants
 * cannot reopen the way around the pathway. Cockpit reads with GET and with POST queries on collections
 * ({@code /process-instance}, {@code /history/...}, {@code .../count}), which stay open; batch operations on a
 * collection ({@code /process-instance/delete}) are left to Camunda's authorization, which grants no batch.
 */
final class CamundaWrites {

    private static final String ENGINE = "/camunda/api/engine/engine/*";

    static final RequestMatcher[] MATCHERS = {
            withDefaults().matcher(HttpMethod.PUT, "/camunda/api/**"),
            withDefaults().matcher(HttpMethod.DELETE, "/camunda/api/**"),
            withDefaults().matcher(HttpMethod.PATCH, "/camunda/api/**"),
            // what one task, instance, definition or job is told to do: complete, submit-form, resolve, claim,
            // assignee, variables, comment/create, modification, start, execute (a query is one segment shorter)
            withDefaults().matcher(HttpMethod.POST, ENGINE + "/task/*/*/**"),
            withDefaults().matcher(HttpMethod.POST, ENGINE + "/process-instance/*/*/**"),
            withDefaults().matcher(HttpMethod.POST, ENGINE + "/process-definition/*/*/**"),
            withDefaults().matcher(HttpMethod.POST, ENGINE + "/job/*/*/**"),
            withDefaults().matcher(HttpMethod.POST, ENGINE + "/message"),
            withDefaults().matcher(HttpMethod.POST, ENGINE + "/signal"),
            withDefaults().matcher(HttpMethod.POST, ENGINE + "/migration/**"),
            withDefaults().matcher(HttpMethod.POST, ENGINE + "/modification/**"),
            // Camunda's user and group administration, including its first-admin setup page
            withDefaults().matcher(HttpMethod.POST, "/camunda/api/admin/setup/**"),
            withDefaults().matcher(HttpMethod.POST, ENGINE + "/user/**"),
            withDefaults().matcher(HttpMethod.POST, ENGINE + "/group/**"),
            withDefaults().matcher(HttpMethod.POST, ENGINE + "/authorization/**"),
    };

    private CamundaWrites() {
    }
}
