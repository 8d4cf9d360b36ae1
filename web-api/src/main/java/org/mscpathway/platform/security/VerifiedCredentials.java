package org.mscpathway.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Passwords this instance has verified with BCrypt in the last few minutes, so that a machine client signing in with
 * HTTP Basic on every request pays for BCrypt once, not on every request.
 *
 * <p>What is kept per account is an HMAC-SHA256 of the presented password under a key drawn at random when the
 * process starts (never the password, never written anywhere; a heap dump yields nothing to try offline against
 * another instance, and the BCrypt hash stays the only stored form), the account's stored BCrypt hash it was
 * verified against, and when it expires. A remembered password counts only while the stored hash is still the
 * same one (a password changed on any instance, or directly in the database, no longer matches) and until
 * {@code lifetime} has passed; an administrator's change of the account (disabled, roles, password) forgets it at
 * once. Whether the account is enabled and which roles it holds are read from the database on every request all
 * the same: only the BCrypt comparison is skipped. Only successes are remembered; a wrong password is compared
 * with BCrypt every time, and the comparison of MACs takes constant time.
 */
@Component
public class VerifiedCredentials {

    /** At most this many accounts kept ({@link ExpiringEntries}); one entry per account, so it stays small. */
    private static final int MAX_ACCOUNTS = 10_000;

    private record Verified(byte[] passwordMac, String storedHash) {
    }

    private final ExpiringEntries<String, Verified> verified = new ExpiringEntries<>(MAX_ACCOUNTS);
    private final SecretKeySpec key;
    private final Duration lifetime;
    private final Clock clock;

    @Autowired
    VerifiedCredentials(PlatformSecurityProperties properties, Clock clock) {
        this(properties.verifiedCredentials().lifetime(), clock);
    }

    VerifiedCredentials(Duration lifetime, Clock clock) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** Whether this password was verified for this account against this stored hash, within the lifetime. */
    boolean remembers(String username, String storedHash, CharSequence password) {
        Verified entry = verified.get(username, clock.instant());
        if (entry == null || storedHash == null) {
            return false;
        }
        // both compared in full whatever the outcome: no early exit on the first differing byte
        boolean samePassword = MessageDigest.isEqual(entry.passwordMac(), mac(password));
        boolean sameHash = MessageDigest.isEqual(entry.storedHash().getBytes(StandardCharsets.UTF_8),
                storedHash.getBytes(StandardCharsets.UTF_8));
        return samePassword & sameHash;
    }

    /** Call only after BCrypt has said the password matches {@code storedHash}. */
    void remember(String username, String storedHash, CharSequence password) {
        if (lifetime.isZero() || lifetime.isNegative() || storedHash == null) {
            return;
        }
        Instant now = clock.instant();
        verified.put(username, new Verified(mac(password), storedHash), now.plus(lifetime), now);
    }

    /** The account changed: its password must be checked with BCrypt again on the next request. */
    public void forget(String username) {
        verified.remove(username);
    }

    private byte[] mac(CharSequence password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(password.toString().getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
