package org.mscpathway.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.mscpathway.platform.problem.ApiProblems;
import org.mscpathway.platform.problem.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API takes JSON only. A body a plain HTML form can send from another site (form-encoded, multipart, text) is
 * refused with 415 before sign-in, even on a command without a body such as {@code withdraw}: a browser that holds
 * Basic credentials for the platform would otherwise send them along with such a forged form.
 */
final class ApiBodyTypes extends OncePerRequestFilter {

    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    private final ProblemResponses problems;

    ApiBodyTypes(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && FORM_TYPES.contains(type.split(";")[0].trim().toLowerCase(Locale.ROOT))) {
            ProblemDetail problem = ApiProblems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "The API takes JSON bodies only: send Content-Type application/json.");
            problem.setTitle("Unsupported body type");
            problems.write(request, response, problem);
            return;
        }
        chain.doFilter(request, response);
    }
}
