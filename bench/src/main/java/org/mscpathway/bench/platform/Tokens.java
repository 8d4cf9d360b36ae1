package org.mscpathway.bench.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code Tokens <public-key.pem> <tokens file>}: a fresh key pair; the public key for the platform's
 * {@code SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLIC_KEY_LOCATION}, and two tokens valid for a day (coordinator
 * {@code bench-coordinator}, physician {@code bench-physician}), one a line, for {@code SideBySide --tokens=}.
 */
public final class Tokens {

    private Tokens() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: Tokens <public-key.pem> <tokens file>");
            System.exit(2);
        }
        TokenMinter minter = new TokenMinter();
        minter.writePublicKey(Path.of(args[0]));
        Duration day = Duration.ofDays(1);
        Files.write(Path.of(args[1]), List.of(
                minter.token("bench-coordinator", List.of("COORDINATOR"), day),
                minter.token("bench-physician", List.of("PHYSICIAN"), day)));
    }

    /** The two tokens a file of {@link #main} holds. */
    public static Credentials read(Path file) throws java.io.IOException {
        List<String> lines = Files.readAllLines(file);
        if (lines.size() < 2) {
            throw new IllegalArgumentException(file + " must hold two tokens (coordinator, physician), one a line");
        }
        return Credentials.bearer(lines.get(0).trim(), lines.get(1).trim());
    }
}
