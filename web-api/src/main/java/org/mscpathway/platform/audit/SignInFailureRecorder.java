package org.mscpathway.platform.audit;

import java.util.Set;
import org.mscpathway.platform.security.Actor;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Records every failed sign-in (wrong password, unknown or disabled account, form or Basic) in the audit trail,
 * under the name that was tried and with the client's address; never the password.
 */
@Component
class SignInFailureRecorder {

    private static final int MAX_NAME = 100;

    private final AuditTrail trail;

    SignInFailureRecorder(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        // control characters (a NUL byte would not even be storable) are replaced, not recorded
        String tried = event.getAuthentication().getName() == null ? null
                : event.getAuthentication().getName().replaceAll("\\p{Cntrl}", "?");
        String name = tried == null || tried.isBlank() ? "(no name)"
                : tried.length() > MAX_NAME ? tried.substring(0, MAX_NAME) : tried;
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : "unknown";
        trail.record(new Actor(name, Set.of()), "SIGN_IN from " + address, null, AuditOutcome.FAILED);
    }
}
