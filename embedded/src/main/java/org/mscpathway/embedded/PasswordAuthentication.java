package org.mscpathway.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * The embedded PostgreSQL's {@code pg_hba.conf} asks every client for the password ({@code scram-sha-256}). A new
 * cluster is created that way by initdb; a cluster of an earlier release (which trusted every local connection) is
 * migrated on its first start after the upgrade: the password is set while the old rules still let the platform in,
 * then the rules are replaced, and the server is restarted to apply them.
 */
final class PasswordAuthentication {

    static final String METHOD = "scram-sha-256";

    private static final List<String> RULES = List.of(
            "# Written by MSC Pathway: every connection must present the password kept in the data directory.",
            "local   all             all                     " + METHOD,
            "host    all             all     127.0.0.1/32    " + METHOD,
            "host    all             all     ::1/128         " + METHOD,
            "local   replication     all                     " + METHOD,
            "host    replication     all     127.0.0.1/32    " + METHOD,
            "host    replication     all     ::1/128         " + METHOD);

    private PasswordAuthentication() {
    }

    /** True when any rule of the cluster's {@code pg_hba.conf} lets a client in without a password. */
    static boolean trustsClients(Path dataDirectory) {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        try {
            return Files.readAllLines(hba).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .anyMatch(line -> !line.endsWith(METHOD));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + hba, e);
        }
    }

    /** Sets the superuser's password over a connection the old rules allow and writes rules that ask for it. */
    static void require(DataSource superuser, String user, String password, Path dataDirectory) {
        try (Connection connection = superuser.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("SET password_encryption = '" + METHOD + "'");
            // ALTER ROLE takes no bind parameters; the password's shape (Base64url) is checked where it is read.
            sql.execute("ALTER ROLE " + user + " PASSWORD '" + password + "'");
            Files.write(dataDirectory.resolve("pg_hba.conf"), RULES);
        } catch (SQLException e) {
            throw new IllegalStateException("could not set the embedded PostgreSQL's password", e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not rewrite pg_hba.conf in " + dataDirectory, e);
        }
    }
}
