package org.mscpathway.platform.problem;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * How an exception type from another module is answered, declared as a bean so that the module throwing it needs
 * no dependency on this one, e.g. {@code ProblemMapping.of(CaseNotFoundException.class, HttpStatus.NOT_FOUND,
 * "Case not found")}. The exception's message becomes the problem's {@code detail}: it must name ids and steps,
 * never patient data. A 403 answered this way is recorded in the audit trail as a refused attempt.
 */
public final class ProblemMapping {

    private final Class<? extends Throwable> type;
    private final Function<Throwable, ProblemDetail> problem;

    private ProblemMapping(Class<? extends Throwable> type, Function<Throwable, ProblemDetail> problem) {
        this.type = Objects.requireNonNull(type, "type");
        this.problem = problem;
    }

    public static ProblemMapping of(Class<? extends Throwable> type, HttpStatus status, String title) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(title, "title");
        return new ProblemMapping(type, exception -> {
            ProblemDetail detail = ApiProblems.of(status, exception.getMessage());
            detail.setTitle(title);
            return detail;
        });
    }

    /** A 400 whose {@code errors} are read from the exception. */
    public static <E extends Throwable> ProblemMapping invalid(Class<E> type, Function<E, List<FieldProblem>> errors) {
        Objects.requireNonNull(errors, "errors");
        return new ProblemMapping(type, exception -> ApiProblems.invalid(exception.getMessage(),
                errors.apply(type.cast(exception))));
    }

    Class<? extends Throwable> type() {
        return type;
    }

    boolean matches(Throwable exception) {
        return type.isInstance(exception);
    }

    ProblemDetail toProblem(Throwable exception) {
        return problem.apply(exception);
    }
}
