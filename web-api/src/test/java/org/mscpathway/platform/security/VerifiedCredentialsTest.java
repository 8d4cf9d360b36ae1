package org.mscpathway.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** A password verified with BCrypt is taken as verified for a few minutes, and for nothing else. */
class VerifiedCredentialsTest {

    private final CountingBCrypt bcrypt = new CountingBCrypt();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T12:00:00Z"));
    private final VerifiedCredentials verified = new VerifiedCredentials(Duration.ofMinutes(5), clock);
    private final InMemoryUserDetailsManager accounts = new InMemoryUserDetailsManager(
            User.withUsername("dr-basic").password(bcrypt.encode("right-password")).roles("PHYSICIAN").build());
    private final RememberingPasswordCheck check = new RememberingPasswordCheck(accounts, bcrypt, verified);

    @Test
    void secondSignInWithTheSamePasswordSkipsBcrypt() {
        signIn("right-password");
        signIn("right-password");
        Authentication third = signIn("right-password");

        assertThat(bcrypt.comparisons.get()).isEqualTo(1);
        assertThat(third.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_PHYSICIAN");
    }

    @Test
    void wrongPasswordIsNeverRememberedAsASuccess() {
        assertThatThrownBy(() -> signIn("wrong-password")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn("wrong-password")).isInstanceOf(BadCredentialsException.class);

        assertThat(bcrypt.comparisons.get()).isEqualTo(2);
        assertThat(verified.remembers("dr-basic", accounts.loadUserByUsername("dr-basic").getPassword(),
                "wrong-password")).isFalse();
    }

    @Test
    void anotherPasswordAfterARememberedOneIsStillCheckedAndRefused() {
        signIn("right-password");

        assertThatThrownBy(() -> signIn("right-password-")).isInstanceOf(BadCredentialsException.class);
        assertThat(bcrypt.comparisons.get()).isEqualTo(2);
    }

    @Test
    void forgettingTheAccountSendsTheNextSignInBackToBcrypt() {
        signIn("right-password");

        verified.forget("dr-basic");
        signIn("right-password");

        assertThat(bcrypt.comparisons.get()).isEqualTo(2);
    }

    @Test
    void changedPasswordHashInvalidatesTheRememberedPasswordEvenWithoutBeingTold() {
        signIn("right-password");

        // another instance, or the accounts tool, changed the password in the database
        accounts.updateUser(User.withUsername("dr-basic").password(bcrypt.encode("new-password"))
                .roles("PHYSICIAN").build());

        assertThatThrownBy(() -> signIn("right-password")).isInstanceOf(BadCredentialsException.class);
        assertThat(signIn("new-password").isAuthenticated()).isTrue();
        assertThat(bcrypt.comparisons.get()).isEqualTo(3);
    }

    @Test
    void disabledAccountIsRefusedThoughItsPasswordIsRemembered() {
        signIn("right-password");
        String hash = accounts.loadUserByUsername("dr-basic").getPassword();

        accounts.updateUser(User.withUsername("dr-basic").password(hash).roles("PHYSICIAN").disabled(true).build());

        assertThatThrownBy(() -> signIn("right-password")).isInstanceOf(DisabledException.class);
    }

    @Test
    void changedRolesAreReadOnTheNextSignInThoughThePasswordIsRemembered() {
        signIn("right-password");
        String hash = accounts.loadUserByUsername("dr-basic").getPassword();

        accounts.updateUser(User.withUsername("dr-basic").password(hash).roles("COORDINATOR").build());

        assertThat(signIn("right-password").getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_COORDINATOR");
        assertThat(bcrypt.comparisons.get()).isEqualTo(1);
    }

    @Test
    void rememberedPasswordExpires() {
        signIn("right-password");

        clock.advance(Duration.ofMinutes(5));
        signIn("right-password");

        assertThat(bcrypt.comparisons.get()).isEqualTo(2);
    }

    @Test
    void zeroLifetimeRemembersNothing() {
        var off = new RememberingPasswordCheck(accounts, bcrypt, new VerifiedCredentials(Duration.ZERO, clock));

        off.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("dr-basic", "right-password"));
        off.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("dr-basic", "right-password"));

        assertThat(bcrypt.comparisons.get()).isEqualTo(2);
    }

    private Authentication signIn(String password) {
        return check.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("dr-basic", password));
    }

    /** Real BCrypt (the lowest cost, for speed), counting its comparisons. */
    private static final class CountingBCrypt implements PasswordEncoder {
        private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        final AtomicInteger comparisons = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            comparisons.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    }
}
