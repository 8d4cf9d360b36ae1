package org.mscpathway.platform.problem;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** The platform's RFC 9457 problems: one shape for every error the API answers. */
public final class ApiProblems {

    /** The property of a 400 problem that lists what was wrong, field by field. */
    public static final String ERRORS = "errors";

    /** How long a client should wait before it tries again after a 503. */
    public static final String RETRY_AFTER_SECONDS = "5";

    private ApiProblems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String detail) {
        return ProblemDetail.forStatusAndDetail(status, detail);
    }

    /** Nobody is signed in (or the credentials were wrong). */
    public static ProblemDetail unauthorized() {
        ProblemDetail problem = of(HttpStatus.UNAUTHORIZED,
                "Sign in first: HTTP Basic with a platform account, or a bearer token where OIDC is configured.");
        problem.setTitle("Authentication required");
        return problem;
    }

    /**
     * The credentials could not be checked because the account store did not answer (the database is restarting,
     * say). Not a 401: the client's credentials may be right, and it should try again rather than ask its user.
     */
    public static ProblemDetail signInUnavailable() {
        ProblemDetail problem = of(HttpStatus.SERVICE_UNAVAILABLE,
                "Your credentials cannot be checked right now; try again shortly.");
        problem.setTitle("Sign-in unavailable");
        return problem;
    }

    /**
     * The database did not answer. A change may or may not have been saved when the connection broke at commit,
     * so the client is told to look before it repeats one.
     */
    public static ProblemDetail databaseUnavailable() {
        ProblemDetail problem = of(HttpStatus.SERVICE_UNAVAILABLE, "The platform's database did not answer. Try "
                + "again shortly; if you were changing a case, look at it first: the change may have been saved.");
        problem.setTitle("Service unavailable");
        return problem;
    }

    /** Signed in, but the user's roles do not allow this. */
    public static ProblemDetail forbidden() {
        ProblemDetail problem = of(HttpStatus.FORBIDDEN, "Your roles do not allow this request.");
        problem.setTitle("Forbidden");
        return problem;
    }

    /** A 400 naming every field (of the body, or query parameter) that was wrong. */
    public static ProblemDetail invalid(String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request");
        problem.setProperty(ERRORS, List.copyOf(errors));
        return problem;
    }
}
