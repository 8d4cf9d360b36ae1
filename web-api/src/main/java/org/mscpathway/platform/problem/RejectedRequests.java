package org.mscpathway.platform.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * A request Spring Security's firewall refuses (control characters in a header or parameter name, an encoded
 * slash, ...) is the client's mistake: 400 problem, never the servlet container's 500. Its message is not echoed.
 */
@Component
record RejectedRequests(ProblemResponses problems) implements RequestRejectedHandler {

    static ProblemDetail problem() {
        ProblemDetail problem = ApiProblems.of(HttpStatus.BAD_REQUEST,
                "The request contains characters or a path that are not allowed (e.g. control characters in a"
                        + " header or a parameter name).");
        problem.setTitle("Invalid request");
        return problem;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            RequestRejectedException requestRejectedException) throws IOException {
        problems.write(request, response, problem());
    }
}
