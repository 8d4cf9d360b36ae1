package org.mscpathway.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.mscpathway.platform.problem.ApiProblems;
import org.mscpathway.platform.problem.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt (the form's POST to {@code /login}, or HTTP Basic credentials) while its account or
 * client address must wait, before the password is even checked: 429 with Retry-After as a problem document, or,
 * for the sign-in form, back to the form that says how long to wait.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    private static final String BASIC = "Basic ";

    private final SignInThrottle throttle;
    private final ProblemResponses problems;

    SignInThrottleFilter(SignInThrottle throttle, ProblemResponses problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = "POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI());
        Optional<String> username = form ? Optional.ofNullable(request.getParameter("username")) : basicUser(request);
        Optional<Duration> wait = username.flatMap(name -> throttle.wait(name, request.getRemoteAddr()));
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = wait.get().toSeconds();
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        if (form) {
            response.sendRedirect(request.getContextPath() + "/login?wait=" + Math.max(1, (seconds + 59) / 60));
            return;
        }
        problems.write(request, response, tooMany(seconds));
    }

    private static ProblemDetail tooMany(long seconds) {
        ProblemDetail problem = ApiProblems.of(HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins for this"
                + " account or from this address. Wait " + seconds + " seconds (Retry-After) and try again.");
        problem.setTitle("Too many sign-in attempts");
        return problem;
    }

    /** The user name of HTTP Basic credentials; a header that cannot be decoded is left to Spring Security. */
    private static Optional<String> basicUser(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
