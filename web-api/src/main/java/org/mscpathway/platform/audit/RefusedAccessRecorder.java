package org.mscpathway.platform.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.mscpathway.platform.security.Actor;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Records every request that security refused to a signed-in user (a 403), API and browser alike. Anonymous
 * requests are not recorded: they are asked to sign in (401), and there is no "who" to record.
 */
@Component
record RefusedAccessRecorder(AuditTrail trail) {

    @EventListener
    void on(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = event.getAuthentication().get();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !(event.getObject() instanceof HttpServletRequest request)) {
            return;
        }
        AuditedRequest attempt = AuditedRequest.of(request);
        trail.record(Actor.of(authentication), attempt.action(), attempt.caseId(), AuditOutcome.DENIED);
    }
}
