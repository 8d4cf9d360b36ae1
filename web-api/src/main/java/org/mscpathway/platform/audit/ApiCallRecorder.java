package org.mscpathway.platform.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.mscpathway.platform.security.CurrentActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Records every API call that can change state (POST, PUT, PATCH, DELETE) with how it ended, unless
 * {@link AuditedCommands} recorded its success with the change itself, and any API call a controller refused with
 * 403 (e.g. a domain rule such as "not the physician who opened the case"). Calls refused by the security filters
 * never reach here; {@link RefusedAccessRecorder} records those.
 */
@Component
record ApiCallRecorder(AuditTrail trail, CurrentActor currentActor) implements HandlerInterceptor, WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ApiCallRecorder.class);
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**", "/cds-services/**");
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        int status = response.getStatus();
        if (!STATE_CHANGING.contains(request.getMethod()) && status != HttpStatus.FORBIDDEN.value()) {
            return;
        }
        if (status < 400 && request.getAttribute(AuditedCommands.RECORDED) != null) {
            return;  // recorded with the change, in its transaction
        }
        currentActor.find().ifPresent(actor -> {
            AuditedRequest attempt = AuditedRequest.of(request)
                    .withCreatedCase(response.getHeader(HttpHeaders.LOCATION));
            try {
                trail.record(actor, attempt.action(), attempt.caseId(), outcome(status));
            } catch (RuntimeException e) {
                // The answer has been sent already; the failure must at least be visible to operators.
                log.error("Could not record '{}' by {} in the audit trail", attempt.action(), actor.username(), e);
            }
        });
    }

    static AuditOutcome outcome(int status) {
        if (status < 400) {
            return AuditOutcome.OK;
        }
        return switch (status) {
            case 400, 422 -> AuditOutcome.INVALID;
            case 401, 403 -> AuditOutcome.DENIED;
            case 409, 412 -> AuditOutcome.CONFLICT;
            default -> AuditOutcome.FAILED;
        };
    }
}
