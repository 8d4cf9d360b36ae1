package org.mscpathway.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    /** Past this many tokens the expired ones are dropped, and no new one is kept while it stays full. */
    static final int MAX_TOKENS = 10_000;

    private record Verified(Map<String, Object> headers, Map<String, Object> claims, Instant issuedAt,
                            Instant expiresAt, Instant forgetAt) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
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
        String key = digest(token);
        Instant now = clock.instant();
        Verified entry = verified.get(key);
        if (entry != null && now.isBefore(entry.forgetAt())) {
            return new Jwt(token, entry.issuedAt(), entry.expiresAt(), entry.headers(), entry.claims());
        }
        if (entry != null) {
            verified.remove(key, entry);
        }
        Jwt jwt = decoder.decode(token);
        remember(key, jwt, now);
        return jwt;
    }

    private void remember(String key, Jwt jwt, Instant now) {
        Instant forgetAt = now.plus(lifetime);
        if (jwt.getExpiresAt() == null) {
            return;  // a token that never expires is verified every time
        }
        if (jwt.getExpiresAt().isBefore(forgetAt)) {
            forgetAt = jwt.getExpiresAt();
        }
        if (verified.size() >= MAX_TOKENS) {
            verified.values().removeIf(entry -> !now.isBefore(entry.forgetAt()));
        }
        if (verified.size() < MAX_TOKENS) {
            verified.put(key, new Verified(jwt.getHeaders(), jwt.getClaims(), jwt.getIssuedAt(), jwt.getExpiresAt(),
                    forgetAt));
        }
    }

    int size() {
        return verified.size();
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
