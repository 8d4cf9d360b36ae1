package org.mscpathway.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL server (zonky's binaries from Maven Central) whose cluster lives in a directory that outlives
 * the process: the first start runs initdb, every later start reuses the cluster.
 */
final class LocalPostgres implements AutoCloseable {

    static final String USER = "postgres";
    static final String DATABASE = "mscpathway";

    private final Path directory;
    private final int port;
    private final String password;
    private final Path passwordFile;
    private volatile EmbeddedPostgres server;
    private volatile boolean created;
    private volatile String version;

    /**
     * Chooses the port (0: any free one) without starting anything, so that the JDBC URL is known now.
     *
     * @param passwordFile where {@link PostgresPassword} keeps {@code password}, outside {@code directory} (initdb
     *                     wants that empty)
     */
    LocalPostgres(Path directory, int port, Path passwordFile, String password) {
        this.directory = directory;
        this.port = LoopbackPorts.chosen(port);
        this.passwordFile = passwordFile;
        this.password = password;
    }

    /**
     * Runs initdb on first use (password authentication from the start), starts the server and creates the
     * platform's database if it is missing. A cluster of an earlier release, which trusted local connections, gets
     * its password and its new rules first, then starts again.
     */
    LocalPostgres start() {
        created = !Files.exists(directory.resolve("PG_VERSION"));
        try {
            Files.createDirectories(directory);
            server = startServer();
            if (PasswordAuthentication.trustsClients(directory)) {
                PasswordAuthentication.require(server.getPostgresDatabase(), USER, password, directory);
                server.close();
                server = startServer();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + directory, e);
        }
        version = createDatabaseIfMissing(server);
        return this;
    }

    private EmbeddedPostgres startServer() throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("listen_addresses", LoopbackPorts.LOOPBACK)
                // zonky turns these off for throw-away test databases; the embedded default keeps real data.
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "100")
                .setPGStartupWait(Duration.ofSeconds(60))
                // Stopped by the platform after its context has closed, not by a competing JVM hook.
                .setRegisterShutdownHook(false)
                // Only read by initdb, i.e. on the first start: zonky's "-A trust" is overridden by the later
                // --auth, and the superuser gets the kept password.
                .setLocaleConfig("auth", PasswordAuthentication.METHOD)
                .setLocaleConfig("pwfile", passwordFile.toString())
                // Used by zonky's own readiness check and by getPostgresDatabase().
                .setConnectConfig("password", password)
                .start();
    }

    /** Creates the platform's database on first use and answers the server's version. */
    private static String createDatabaseIfMissing(EmbeddedPostgres server) {
        try (Connection connection = server.getPostgresDatabase().getConnection()) {
            String exists = "SELECT 1 FROM pg_database WHERE datname = ?";
            try (PreparedStatement query = connection.prepareStatement(exists)) {
                query.setString(1, DATABASE);
                try (ResultSet rs = query.executeQuery()) {
                    if (!rs.next()) {
                        try (Statement create = connection.createStatement()) {
                            create.execute("CREATE DATABASE " + DATABASE);
                        }
                    }
                }
            }
            try (Statement show = connection.createStatement();
                 ResultSet rs = show.executeQuery("SHOW server_version")) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the embedded PostgreSQL started but does not accept connections", e);
        }
    }

    int port() {
        return port;
    }

    String password() {
        return password;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + LoopbackPorts.LOOPBACK + ":" + port + "/" + DATABASE;
    }

    String describe() {
        return "PostgreSQL " + version + " on " + LoopbackPorts.LOOPBACK + ":" + port + " (database " + DATABASE
                + ", user " + USER + " with the password kept beside the data; data in " + directory + (created ? ", created now" : ", kept from the last run")
                + ")";
    }

    @Override
    public void close() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop the embedded PostgreSQL in " + directory, e);
        }
    }
}
