package org.mscpathway.platform.security;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * The security headers of every answer. The workflow UI loads its scripts and styles from its own origin (WebJars
 * and {@code /js}); no script is inline or evaluated (htmx runs with {@code allowEval: false}, the page behaviour is
 * in {@code pathway.js}), and inline styles are allowed only because htmx adds its indicator style. Camunda's webapps send their own policy (with a nonce), so the
 * browser chain leaves {@code /camunda} to it.
 */
final class BrowserHeaders {

    static final String UI_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'%s; frame-ancestors 'none'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    private BrowserHeaders() {
    }

    /**
     * The UI's policy on every page but Camunda's.
     *
     * @param formTargets origins a form may lead to besides the platform (the identity provider's sign-out)
     */
    static Customizer<HeadersConfigurer<HttpSecurity>> browser(List<String> formTargets) {
        String policy = UI_POLICY.formatted(formTargets.stream().map(origin -> " " + origin)
                .collect(Collectors.joining()));
        return with(new DelegatingRequestMatcherHeaderWriter(
                new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**")),
                new ContentSecurityPolicyHeaderWriter(policy)));
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> api() {
        return with(new ContentSecurityPolicyHeaderWriter(API_POLICY));
    }

    private static Customizer<HeadersConfigurer<HttpSecurity>> with(HeaderWriter policy) {
        return headers -> headers
                .addHeaderWriter(policy)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS));
    }
}
