package org.mscpathway.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL asks every client for the password kept in the data directory: a new cluster from its
 * first start, a cluster of an earlier release (trust) from its first start after the upgrade.
 */
class LocalPostgresPasswordTest {

    @TempDir
    Path data;

    private LocalPostgres postgres() {
        Path passwordFile = data.resolve(PostgresPassword.FILE_NAME);
        return new LocalPostgres(data.resolve("postgres"), 0, passwordFile, PostgresPassword.readOrCreate(passwordFile));
    }

    @Test
    void aNewClusterRefusesAConnectionWithoutThePasswordAndKeepsTheSecretAcrossARestart() throws Exception {
        String first;
        try (LocalPostgres postgres = postgres().start()) {
            first = postgres.password();
            assertRefusedWithout(postgres, null);
            assertRefusedWithout(postgres, "postgres");
            assertThat(select(postgres, postgres.password())).isEqualTo(1);
        }
        Path secret = data.resolve(PostgresPassword.FILE_NAME);
        assertThat(Files.getPosixFilePermissions(secret)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(secret).trim()).isEqualTo(first);
        assertThat(PasswordAuthentication.trustsClients(data.resolve("postgres"))).isFalse();

        try (LocalPostgres again = postgres().start()) {
            assertThat(again.password()).isEqualTo(first);
            assertThat(select(again, first)).isEqualTo(1);
            assertRefusedWithout(again, null);
        }
    }

    @Test
    void aTrustingClusterOfAnEarlierReleaseGetsThePasswordAndKeepsItsData() throws Exception {
        Path cluster = data.resolve("postgres");
        Files.createDirectories(cluster);
        // What earlier releases created: zonky's initdb defaults, i.e. trust for every local connection.
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder().setDataDirectory(cluster)
                .setCleanDataDirectory(false).setRegisterShutdownHook(false).start();
             Connection connection = earlier.getPostgresDatabase().getConnection();
             Statement sql = connection.createStatement()) {
            sql.execute("CREATE DATABASE " + LocalPostgres.DATABASE);
        }
        assertThat(PasswordAuthentication.trustsClients(cluster)).isTrue();

        try (LocalPostgres upgraded = postgres().start()) {
            assertRefusedWithout(upgraded, null);
            assertThat(select(upgraded, upgraded.password())).isEqualTo(1);
        }
        assertThat(PasswordAuthentication.trustsClients(cluster)).isFalse();
    }

    private static void assertRefusedWithout(LocalPostgres postgres, String wrongPassword) {
        assertThatThrownBy(() -> select(postgres, wrongPassword))
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isIn("28P01", "08004"));
    }

    private static int select(LocalPostgres postgres, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", LocalPostgres.USER);
        if (password != null) {
            properties.setProperty("password", password);
        }
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), properties);
             Statement sql = connection.createStatement();
             ResultSet rs = sql.executeQuery("SELECT 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
