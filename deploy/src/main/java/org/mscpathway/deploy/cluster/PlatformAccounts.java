package org.mscpathway.deploy.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Creates or replaces a platform account (HTTP Basic and form sign-in) directly in the platform's database, the way
 * web-api stores them: {@code msc.platform_user} with a BCrypt hash and {@code msc.platform_user_role}. The
 * platform must have started once against that database (its Flyway migrations create the tables).
 *
 * <p>{@code java -cp ... org.mscpathway.deploy.cluster.PlatformAccounts JDBC_URL DB_USER USERNAME ROLE} reads the
 * account's password from the environment variable {@code MSC_ACCOUNT_PASSWORD} (never from the command line) and
 * the database password from {@code PGPASSWORD}.
 */
public final class PlatformAccounts {

    private static final Set<String> ROLES = Set.of("COORDINATOR", "PHYSICIAN", "ADMIN");

    private PlatformAccounts() {
    }

    public static void main(String[] args) throws SQLException {
        String password = System.getenv("MSC_ACCOUNT_PASSWORD");
        if (args.length != 4 || password == null || password.isBlank()) {
            System.err.println("usage: MSC_ACCOUNT_PASSWORD=... PlatformAccounts JDBC_URL DB_USER USERNAME "
                    + "COORDINATOR|PHYSICIAN|ADMIN");
            System.exit(2);
        }
        String dbPassword = System.getenv().getOrDefault("PGPASSWORD", "");
        try (Connection db = DriverManager.getConnection(args[0], args[1], dbPassword)) {
            save(db, args[2], args[3], password);
        }
        System.out.println("account " + args[2] + " (" + args[3].toUpperCase(Locale.ROOT) + ") saved");
    }

    /** One transaction: the account exists afterwards with exactly this password and role. */
    public static void save(Connection db, String username, String role, String password) throws SQLException {
        String normalized = role.toUpperCase(Locale.ROOT);
        if (!ROLES.contains(normalized)) {
            throw new IllegalArgumentException("role must be one of " + ROLES + " (got '" + role + "')");
        }
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            execute(db, """
                    INSERT INTO msc.platform_user (username, password_hash, enabled) VALUES (?, ?, true)
                    ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash, enabled = true""",
                    username, new BCryptPasswordEncoder().encode(password));
            execute(db, "DELETE FROM msc.platform_user_role WHERE username = ?", username);
            execute(db, "INSERT INTO msc.platform_user_role (username, role) VALUES (?, ?)", username, normalized);
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    private static void execute(Connection db, String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
