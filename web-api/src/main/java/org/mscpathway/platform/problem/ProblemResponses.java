package org.mscpathway.platform.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.mscpathway.platform.language.Language;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Writes a problem from outside Spring MVC (security filters answer 401 and 403 before any controller runs), in the
 * client's language.
 */
@Component
public class ProblemResponses {

    private final ObjectMapper json;
    private final ProblemLanguage language;

    ProblemResponses(ObjectMapper json, ProblemLanguage language) {
        this.json = json;
        this.language = language;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        // Before Spring MVC resolves a locale: the client's Accept-Language decides, as on the API.
        language.translate(problem,
                Language.ofAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)).locale());
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
