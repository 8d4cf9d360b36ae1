package org.mscpathway.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The embedded PostgreSQL's superuser password: 256 random bits generated on the first start and kept in a file of
 * the data directory that only its owner may read, so every later start (and nobody else on the machine) uses the
 * same one.
 */
final class PostgresPassword {

    static final String FILE_NAME = "postgres-password";

    /** URL-safe Base64 without padding: safe inside an SQL literal and on initdb's password-file line. */
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private PostgresPassword() {
    }

    /** Reads the password kept in {@code file}, generating and storing one on first use. */
    static String readOrCreate(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!Files.exists(file)) {
                create(file);
            }
            String password = Files.readString(file, StandardCharsets.US_ASCII).trim();
            if (!SHAPE.matcher(password).matches()) {
                throw new EmbeddedDefaultRefusedException(file + " does not hold a password this platform wrote;"
                        + " it is not this platform's data directory (msc.embedded.data-dir).");
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the embedded PostgreSQL's password in " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // Created owner-only, so the secret is never readable by others, not even for an instant.
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, password + "\n", StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (FileAlreadyExistsException anotherStartWroteIt) {
            // Read back below.
        }
    }
}
