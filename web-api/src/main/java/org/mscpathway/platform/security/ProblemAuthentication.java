package org.mscpathway.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mscpathway.platform.problem.ApiProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.mscpathway.platform.problem.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * The API's 401 and 403, as problem documents like every other error it answers; and its 503 when the account
 * store failed while checking credentials, so that a database restart never tells a client its password is wrong.
 */
@Component
record ProblemAuthentication(ProblemResponses problems) implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAuthentication.class);

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException authException) throws IOException {
        if (authException instanceof AuthenticationServiceException) {
            // the cause's class only: its message may carry the SQL with the user name in it
            log.warn("Credentials could not be checked: {}", authException.getCause() == null
                    ? authException.getClass().getName() : authException.getCause().getClass().getName());
            response.setHeader(HttpHeaders.RETRY_AFTER, ApiProblems.RETRY_AFTER_SECONDS);
            problems.write(request, response, ApiProblems.signInUnavailable());
            return;
        }
        if (!fromBrowser(request)) {
            // a browser would pop up its own password dialog, outside the platform's sign-in and its throttle
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"MSC Pathway\"");
        }
        problems.write(request, response, ApiProblems.unauthorized());
    }

    /** A page load or a script of a page: it asks for HTML, or says it is fetched by a browser. */
    private static boolean fromBrowser(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return (accept != null && accept.contains("text/html")) || request.getHeader("Sec-Fetch-Mode") != null
                || "XMLHttpRequest".equals(request.getHeader("X-Requested-With"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException accessDeniedException) throws IOException {
        problems.write(request, response, ApiProblems.forbidden());
    }
}
