package org.mscpathway.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.TestTokens;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/** A bearer token whose signature was verified is taken as verified until it expires or for a few minutes. */
class VerifiedTokensTest {

    private static final Map<String, Object> PHYSICIAN = Map.of("roles", List.of("msc-pathway:physician"));

    private final CountingDecoder signatureChecks = new CountingDecoder(TestTokens.decoder());
    private final MovableClock clock = new MovableClock(Instant.now());

    @Test
    void theSameTokenIsVerifiedOnceAndDecodesTheSameEachTime() {
        VerifiedTokens tokens = new VerifiedTokens(signatureChecks, Duration.ofMinutes(5), clock);
        String token = TestTokens.token("dr-token", PHYSICIAN);

        Jwt first = tokens.decode(token);
        Jwt second = tokens.decode(token);

        assertThat(signatureChecks.count.get()).isEqualTo(1);
        assertThat(second.getTokenValue()).isEqualTo(token);
        assertThat(second.getClaims()).isEqualTo(first.getClaims());
        assertThat(second.getHeaders()).isEqualTo(first.getHeaders());
        assertThat(second.getExpiresAt()).isEqualTo(first.getExpiresAt());
        assertThat(second.getClaimAsStringList("roles")).containsExactly("msc-pathway:physician");
    }

    @Test
    void aTokenIsVerifiedAgainOnceTheLifetimeHasPassed() {
        assertThat(signatureChecksOfATokenDecodedAgain(Duration.ofMinutes(1), Duration.ofSeconds(61))).isEqualTo(2);
    }

    @Test
    void aTokenIsNeverTakenAsVerifiedPastItsOwnExpiry() {
        // the test tokens expire after 300 s; the lifetime here is far longer
        assertThat(signatureChecksOfATokenDecodedAgain(Duration.ofHours(1), Duration.ofSeconds(301))).isEqualTo(2);
    }

    @Test
    void aTokenThatFailsVerificationIsCheckedEveryTimeAndNeverKept() {
        VerifiedTokens tokens = new VerifiedTokens(signatureChecks, Duration.ofMinutes(5), clock);
        String good = TestTokens.token("dr-token", PHYSICIAN);
        String forged = good.substring(0, good.length() - 4) + (good.endsWith("AAAA") ? "BBBB" : "AAAA");

        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(JwtException.class);

        assertThat(signatureChecks.count.get()).isEqualTo(2);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void anotherTokenOfTheSamePersonIsVerifiedOnItsOwn() {
        VerifiedTokens tokens = new VerifiedTokens(signatureChecks, Duration.ofMinutes(5), clock);
        tokens.decode(TestTokens.token("dr-token", PHYSICIAN));
        tokens.decode(TestTokens.token("dr-token", Map.of("roles", List.of("msc-pathway:coordinator"),
                "jti", "another")));

        assertThat(signatureChecks.count.get()).isEqualTo(2);
    }

    @Test
    void aLifetimeOfZeroVerifiesEveryRequest() {
        VerifiedTokens tokens = new VerifiedTokens(signatureChecks, Duration.ZERO, clock);
        String token = TestTokens.token("dr-token", PHYSICIAN);

        tokens.decode(token);
        tokens.decode(token);

        assertThat(signatureChecks.count.get()).isEqualTo(2);
        assertThat(tokens.size()).isZero();
    }

    /** Decodes a token, moves the clock on by {@code later} and decodes it again: the signature checks that took. */
    private int signatureChecksOfATokenDecodedAgain(Duration lifetime, Duration later) {
        VerifiedTokens tokens = new VerifiedTokens(signatureChecks, lifetime, clock);
        String token = TestTokens.token("dr-token", PHYSICIAN);
        tokens.decode(token);

        clock.advance(later);
        tokens.decode(token);

        return signatureChecks.count.get();
    }

    private record CountingDecoder(JwtDecoder decoder, AtomicInteger count) implements JwtDecoder {

        CountingDecoder(JwtDecoder decoder) {
            this(decoder, new AtomicInteger());
        }

        @Override
        public Jwt decode(String token) {
            count.incrementAndGet();
            return decoder.decode(token);
        }
    }
}
