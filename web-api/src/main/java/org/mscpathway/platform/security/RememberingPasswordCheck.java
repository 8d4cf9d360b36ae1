package org.mscpathway.platform.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Spring Security's username-and-password sign-in (HTTP Basic and the sign-in form), with the BCrypt comparison
 * skipped for a password {@link VerifiedCredentials} remembers. Everything else is Spring's: the account is read from
 * the database on every sign-in, and a disabled, locked or unknown account is refused before the password is looked
 * at.
 */
final class RememberingPasswordCheck extends DaoAuthenticationProvider {

    private final VerifiedCredentials verified;

    RememberingPasswordCheck(UserDetailsService users, PasswordEncoder passwords, VerifiedCredentials verified) {
        super(passwords);
        setUserDetailsService(users);
        this.verified = verified;
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken presented)
            throws AuthenticationException {
        Object password = presented.getCredentials();
        if (password != null && verified.remembers(user.getUsername(), user.getPassword(), password.toString())) {
            return;
        }
        super.additionalAuthenticationChecks(user, presented); // throws on a wrong password: nothing remembered
        verified.remember(user.getUsername(), user.getPassword(), password.toString());
    }
}
