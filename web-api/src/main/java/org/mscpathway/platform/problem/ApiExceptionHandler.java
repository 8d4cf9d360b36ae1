package org.mscpathway.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of a REST call into an {@code application/problem+json} answer: Spring MVC's own errors
 * (404, 405, 415, unreadable bodies), invalid bodies with field-level {@code errors}, refused access, the
 * exception types other modules declare through {@link ProblemMapping} beans, a database that did not answer
 * (503, try again), and finally 500 without a stack trace or any request data in the answer.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final List<ProblemMapping> mappings;

    private final long maxBodySize;

    ApiExceptionHandler(List<ProblemMapping> mappings,
            @Value("${msc.api.max-body-size}") DataSize maxBodySize) {
        this.maxBodySize = maxBodySize.toBytes();
        // The most specific type first, so a mapping for a subclass wins over one for its parent.
        this.mappings = mappings.stream()
                .sorted(Comparator.comparingInt((ProblemMapping mapping) -> depth(mapping.type())).reversed())
                .toList();
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem;
        if (NestedExceptionUtils.getRootCause(ex)
                instanceof BodySizeLimit.TooLargeException) {
            return handleExceptionInternal(ex, BodySizeLimit.tooLarge(maxBodySize), headers,
                    HttpStatus.PAYLOAD_TOO_LARGE, request);
        }
        if (ex.getCause() instanceof MismatchedInputException mismatch) {
            problem = ApiProblems.invalid("The request body does not have the expected shape.",
                    List.of(new FieldProblem(JsonPaths.of(mismatch), JsonPaths.expected(mismatch.getTargetType()))));
        } else {
            problem = ApiProblems.of(HttpStatus.BAD_REQUEST, unreadable(ex));
            problem.setTitle("Unreadable request body");
        }
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static String unreadable(HttpMessageNotReadableException ex) {
        if (ex.getCause() instanceof JsonProcessingException json) {
            JsonLocation at = json.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            return "The request body is not valid JSON" + where + ".";
        }
        return "The request body is missing or cannot be read; "
                + "send a JSON document with Content-Type application/json.";
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(),
                        error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage()))
                .toList();
        return handleExceptionInternal(ex, ApiProblems.invalid("The request body is invalid.", errors), headers,
                HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(NulBytes.NulCharacterException.class)
    ResponseEntity<ProblemDetail> nulCharacter(NulBytes.NulCharacterException ex) {
        return ResponseEntity.badRequest().body(NulBytes.problem());
    }

    /** Spring Security's firewall checks header values and parameter names lazily, when a controller reads them. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RequestRejectedException ex) {
        return ResponseEntity.badRequest().body(RejectedRequests.problem());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException refused) {
        return ApiProblems.forbidden();
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
        for (ProblemMapping mapping : mappings) {
            if (mapping.matches(ex)) {
                ProblemDetail problem = mapping.toProblem(ex);
                return ResponseEntity.status(problem.getStatus()).body(problem);
            }
        }
        if (DatabaseOutage.explains(ex)) {
            log.warn("Database did not answer {} {}: {}", request.getMethod(), request.getRequestURI(),
                    ex.getClass().getName());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, ApiProblems.RETRY_AFTER_SECONDS)
                    .body(ApiProblems.databaseUnavailable());
        }
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected error answering {} {} (reference {})", request.getMethod(), request.getRequestURI(),
                reference, ScrubbedFailure.of(ex));
        ProblemDetail problem = ApiProblems.of(HttpStatus.INTERNAL_SERVER_ERROR,
                "The platform could not complete this request. Quote reference " + reference + " to the operators.");
        problem.setProperty("reference", reference);
        return ResponseEntity.internalServerError().body(problem);
    }

    private static int depth(Class<?> type) {
        int depth = 0;
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            depth++;
        }
        return depth;
    }
}
