package org.mscpathway.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * A real, empty PostgreSQL database for one test context: a Testcontainers server where Docker answers, otherwise a
 * fresh database on the machine's PostgreSQL (127.0.0.1:5432, user postgres, overridable by {@code MSC_TEST_PG_*}).
 */
public record TestDatabase(String jdbcUrl, String username, String password) {

    private static final String PREFIX = "msc_it_";
    private static PostgreSQLContainer<?> container;

    /** Creates a new empty database. */
    public static synchronized TestDatabase create() {
        if (DockerProbe.dockerAvailable()) {
            return fromContainer();
        }
        return onLocalServer();
    }

    private static TestDatabase fromContainer() {
        if (container == null) {
            container = new PostgreSQLContainer<>("postgres:16-alpine");
            container.start();
        }
        String name = uniqueName();
        execute(container.getJdbcUrl(), container.getUsername(), container.getPassword(), "CREATE DATABASE " + name);
        String url = container.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        return new TestDatabase(url, container.getUsername(), container.getPassword());
    }

    private static TestDatabase onLocalServer() {
        String host = env("MSC_TEST_PG_HOST", "127.0.0.1");
        String port = env("MSC_TEST_PG_PORT", "5432");
        String user = env("MSC_TEST_PG_USER", "postgres");
        String password = env("MSC_TEST_PG_PASSWORD", "");
        String admin = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        dropStaleDatabases(admin, user, password);
        String name = uniqueName();
        execute(admin, user, password, "CREATE DATABASE " + name);
        return new TestDatabase("jdbc:postgresql://" + host + ":" + port + "/" + name, user, password);
    }

    /** Databases left by earlier runs (older than an hour, so never a concurrent run's) are dropped. */
    private static void dropStaleDatabases(String admin, String user, String password) {
        long cutoff = Instant.now().getEpochSecond() - 3600;
        List<String> stale = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(admin, user, password);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
            while (rs.next()) {
                String name = rs.getString(1);
                String[] parts = name.substring(PREFIX.length()).split("_");
                if (parts.length > 0 && parts[0].matches("\\d+") && Long.parseLong(parts[0]) < cutoff) {
                    stale.add(name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL on " + admin + " does not answer: start it with "
                    + "'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start'", e);
        }
        for (String name : stale) {
            try {
                execute(admin, user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (IllegalStateException ignored) {
                // another run may be dropping it at the same moment
            }
        }
    }

    private static String uniqueName() {
        return PREFIX + Instant.now().getEpochSecond() + "_" + ThreadLocalRandom.current().nextInt(1_000_000);
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run '" + sql + "' on " + url, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
