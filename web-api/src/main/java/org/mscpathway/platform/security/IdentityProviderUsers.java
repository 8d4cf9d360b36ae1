package org.mscpathway.platform.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The last step of a browser sign-in through the identity provider: the provider's verified claims (ID token, and
 * user info where the provider offers it) become a platform account, created or updated at every sign-in
 * ({@link ExternalAccounts}), and the person is signed in under that account's name and roles. A refusal is
 * published for the audit trail and sends the person back to the sign-in page, which says why.
 */
final class IdentityProviderUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
    private final IdentityClaims claims;
    private final ExternalAccounts accounts;
    private final ApplicationEventPublisher events;

    IdentityProviderUsers(IdentityClaims claims, ExternalAccounts accounts, ApplicationEventPublisher events) {
        this(new OidcUserService(), claims, accounts, events);
    }

    IdentityProviderUsers(OAuth2UserService<OidcUserRequest, OidcUser> provider, IdentityClaims claims,
                          ExternalAccounts accounts, ApplicationEventPublisher events) {
        this.provider = provider;
        this.claims = claims;
        this.accounts = accounts;
        this.events = events;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser provided = provider.loadUser(request);
        String registration = request.getClientRegistration().getRegistrationId();
        try {
            ExternalIdentity person = claims.read(registration, provided.getClaims());
            accounts.provision(person);
            if (person.roles().isEmpty()) {
                // the account was kept up to date (it holds no role any more), but nobody signs in without one
                throw new SignInRefusedException(SignInRefusal.NO_ROLE,
                        "the identity provider grants no role in this platform");
            }
            return new SignedInPerson(provided, person.username(), person.roles());
        } catch (SignInRefusedException refused) {
            Object tried = RoleClaims.claim(provided.getClaims(), claims.usernameClaim());
            events.publishEvent(new ExternalSignInRefused(registration, tried == null ? null : tried.toString(),
                    refused.reason()));
            throw new OAuth2AuthenticationException(new OAuth2Error(refused.reason().code(), refused.getMessage(),
                    null), refused);
        }
    }
}
