package org.mscpathway.platform.security;

import org.mscpathway.workflow.pathway.Role;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through the identity provider, as the platform knows them: named by their platform account
 * (so the audit trail, the four-eyes rules and "end this account's sessions" find them) and holding its platform
 * roles only. The provider's ID token stays with it for signing out at the provider. Serializable, as the session
 * that holds it is stored in the database.
 */
final class SignedInPerson implements OidcUser, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OidcUser provided;
    private final String username;
    private final List<GrantedAuthority> authorities;

    SignedInPerson(OidcUser provided, String username, Set<Role> roles) {
        this.provided = provided;
        this.username = username;
        this.authorities = roles.stream().sorted()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public Map<String, Object> getClaims() {
        return provided.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return provided.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return provided.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return provided.getAttributes();
    }
}
