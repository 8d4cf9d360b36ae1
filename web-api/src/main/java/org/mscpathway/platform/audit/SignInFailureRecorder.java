package org.mscpathway.platform.audit;

import java.util.Set;
import org.mscpathway.platform.security.Actor;
import org.mscpathway.platform.security.ExternalSignInRefused;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureProviderNotFoundEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Records every failed sign-in (wrong password, unknown or disabled account, form or Basic) in the audit trail,
 * under the name that was tried and with the client's address; never the password. Sign-ins at the identity
 * provider that the platform refused are recorded too, with the reason.
 */
@Component
record SignInFailureRecorder(AuditTrail trail) {

    private static final int MAX_NAME = 100;

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureProviderNotFoundEvent) {
            // a failed sign-in at the identity provider also reaches the password sign-in, which has nothing to
            // check for it: no password was tried (a refusal of the platform's is recorded below, with the reason)
            return;
        }
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : "unknown";
        trail.record(new Actor(name(event.getAuthentication().getName()), Set.of()), "SIGN_IN from " + address, null,
                AuditOutcome.FAILED);
    }

    /** A sign-in at the identity provider that the platform refused, under the name the provider sent. */
    @EventListener
    void on(ExternalSignInRefused event) {
        String provider = event.provider().length() > MAX_NAME ? event.provider().substring(0, MAX_NAME)
                : event.provider();
        trail.record(new Actor(name(event.name()), Set.of()), "SIGN_IN via " + provider + " refused: "
                + event.reason().code(), null, AuditOutcome.FAILED);
    }

    /** Control characters (a NUL byte would not even be storable) are replaced, not recorded. */
    private static String name(String tried) {
        String name = tried == null ? null : tried.replaceAll("\\p{Cntrl}", "?");
        return name == null || name.isBlank() ? "(no name)"
                : name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }
}
