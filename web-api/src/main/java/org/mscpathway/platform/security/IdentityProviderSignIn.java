package org.mscpathway.platform.security;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;

/**
 * Browser sign-in through the hospital's identity provider, beside the platform's form, when
 * {@code spring.security.oauth2.client.registration.<id>} is configured: the OIDC authorization code flow with
 * PKCE, the person provisioned by {@link IdentityProviderUsers}, and signing out ending the provider's session
 * too (RP-initiated logout) after the platform's own.
 */
final class IdentityProviderSignIn {

    static final String SIGNED_OUT = "/login?logout";

    private IdentityProviderSignIn() {
    }

    static void configure(HttpSecurity http, ClientRegistrationRepository registrations,
                          IdentityProviderUsers users) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver authorizationRequests = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        // PKCE for confidential clients too: an intercepted code is worthless without the verifier
        authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        http.oauth2Login(login -> login
                .loginPage("/login")
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
                // the provider's tokens live in the session (in the database), not in one instance's memory
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
                .failureHandler(refused()));
    }

    /** Back to the sign-in page, which says why: a refusal of the platform's own, or the provider's failure. */
    private static AuthenticationFailureHandler refused() {
        DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();
        return (request, response, exception) -> {
            String code = exception instanceof OAuth2AuthenticationException oauth
                    ? SignInRefusal.ofCode(oauth.getError().getErrorCode()).map(SignInRefusal::code).orElse("provider")
                    : "provider";
            redirect.sendRedirect(request, response, "/login?refused=" + code);
        };
    }

    /**
     * Signing out ends the platform's session and then, for a person who signed in at the identity provider, the
     * provider's session as well (its {@code end_session_endpoint}), which sends the browser back to the sign-in
     * page; a form sign-in goes straight there.
     */
    static LogoutSuccessHandler signOut(ClientRegistrationRepository registrations) {
        if (registrations == null) {
            SimpleUrlLogoutSuccessHandler local = new SimpleUrlLogoutSuccessHandler();
            local.setDefaultTargetUrl(SIGNED_OUT);
            return local;
        }
        OidcClientInitiatedLogoutSuccessHandler provider = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        provider.setPostLogoutRedirectUri("{baseUrl}" + SIGNED_OUT);
        provider.setDefaultTargetUrl(SIGNED_OUT);
        return provider;
    }

    /**
     * Where the sign-out form may lead besides the platform: the providers' end-session endpoints (the UI's
     * Content-Security-Policy restricts {@code form-action}, and browsers apply it to the form's redirects).
     */
    static List<String> signOutOrigins(ClientRegistrationRepository registrations) {
        List<String> origins = new ArrayList<>();
        if (registrations instanceof Iterable<?> all) {
            for (Object each : all) {
                Object endpoint = ((ClientRegistration) each).getProviderDetails().getConfigurationMetadata()
                        .get("end_session_endpoint");
                if (endpoint != null) {
                    URI uri = URI.create(endpoint.toString());
                    String origin = uri.getScheme() + "://" + uri.getAuthority();
                    if (!origins.contains(origin)) {
                        origins.add(origin);
                    }
                }
            }
        }
        return origins;
    }
}
