package org.mscpathway.bench.platform;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Signs RS256 bearer tokens for the load with a key pair of its own, standing in for a hospital's identity provider:
 * the platform verifies them with the public key ({@code spring.security.oauth2.resourceserver.jwt.public-key-location}),
 * the same verification as for an OIDC issuer's keys, without a network call to the issuer.
 */
public final class TokenMinter {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final KeyPair keys;

    public TokenMinter() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no RSA key pair generator", e);
        }
    }

    /** The public key as PEM, for the platform's {@code public-key-location}. */
    public void writePublicKey(Path file) throws java.io.IOException {
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        Files.writeString(file, pem, StandardCharsets.US_ASCII);
    }

    /**
     * A token naming {@code username} with {@code roles} in the claims the platform reads by default: issued for
     * its audience ({@code msc-pathway}), each role namespaced ({@code msc-pathway:coordinator}).
     */
    public String token(String username, List<String> roles, Duration validity) {
        Instant now = Instant.now();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        StringBuilder claims = new StringBuilder("{\"sub\":\"").append(username)
                .append("\",\"preferred_username\":\"").append(username).append("\",\"roles\":[");
        for (int i = 0; i < roles.size(); i++) {
            claims.append(i == 0 ? "" : ",").append("\"msc-pathway:")
                    .append(roles.get(i).toLowerCase(java.util.Locale.ROOT)).append('"');
        }
        claims.append("],\"aud\":\"msc-pathway\",\"iat\":").append(now.getEpochSecond())
                .append(",\"exp\":").append(now.plus(validity).getEpochSecond()).append('}');
        String signingInput = URL.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + URL.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + URL.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }
}
