package org.mscpathway.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Bearer tokens this instance has decoded and verified (signature, issuer, audience, times) in the last few minutes,
 * so that a client sending the same token with every request pays for the RSA signature check once (it was 7 to 9 %
 * of a step request's CPU, docs/performance.md).
 *
 * <p>A token's verdict cannot change while it is valid: it is signed, and the decoder checks nothing outside it. An
 * entry therefore lasts until the token expires or {@code lifetime} has passed, whichever is first. Kept per token:
 * a SHA-256 of its text (never the text itself), its headers, claims and times; the {@link Jwt} is rebuilt around the
 * presented text on each hit. Only tokens that passed are kept: a bad token goes to the decoder every time. Roles,
 * teams and the account are read from the verified claims on every request as before (JwtActors).
 */
final class VerifiedTokens implements JwtDecoder {

    /** At most this many tokens kept ({@link ExpiringEntries}: a full store keeps nothing new). */
    static final int MAX_TOKENS = 10_000;

    private record Verified(Map<String, Object> headers, Map<String, Object> claims, Instant issuedAt,
                            Instant expiresAt) {
    }

    private final ExpiringEntries<String, Verified> verified = new ExpiringEntries<>(MAX_TOKENS);
    private final JwtDecoder decoder;
    private final Duration lifetime;
    private final Clock clock;

    VerifiedTokens(JwtDecoder decoder, Duration lifetime, Clock clock) {
        this.decoder = decoder;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        if (lifetime.isZero() || lifetime.isNegative()) {
            return decoder.decode(token);
        }
        String key = Sha256.hex(token);
        Instant now = clock.instant();
        Verified entry = verified.get(key, now);
        if (entry != null) {
            return new Jwt(token, entry.issuedAt(), entry.expiresAt(), entry.headers(), entry.claims());
        }
        Jwt jwt = decoder.decode(token);
        if (jwt.getExpiresAt() != null) {  // a token that never expires is verified every time
            Instant forgetAt = now.plus(lifetime);
            verified.put(key, new Verified(jwt.getHeaders(), jwt.getClaims(), jwt.getIssuedAt(), jwt.getExpiresAt()),
                    jwt.getExpiresAt().isBefore(forgetAt) ? jwt.getExpiresAt() : forgetAt, now);
        }
        return jwt;
    }

    int size() {
        return verified.size();
    }
}
