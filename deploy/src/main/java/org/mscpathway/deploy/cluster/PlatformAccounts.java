package org.mscpathway.deploy.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Creates or replaces a platform account through the platform's own account API ({@code PUT /api/v1/users/{username}},
 * signed in as an administrator over HTTP Basic): web-api owns the user tables, validates the request and audits the
 * change. The first administrator of an installation comes from {@code MSC_BOOTSTRAP_ADMIN_USERNAME} and
 * {@code MSC_BOOTSTRAP_ADMIN_PASSWORD} on the platform.
 *
 * <p>{@code java -cp ... org.mscpathway.deploy.cluster.PlatformAccounts BASE_URL ADMIN USERNAME ROLE} reads the
 * account's password from the environment variable {@code MSC_ACCOUNT_PASSWORD} and the administrator's from
 * {@code MSC_ADMIN_PASSWORD} (never from the command line).
 */
public final class PlatformAccounts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private PlatformAccounts() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String password = System.getenv("MSC_ACCOUNT_PASSWORD");
        String adminPassword = System.getenv("MSC_ADMIN_PASSWORD");
        if (args.length != 4 || password == null || password.isBlank() || adminPassword == null
                || adminPassword.isBlank()) {
            System.err.println("usage: MSC_ACCOUNT_PASSWORD=... MSC_ADMIN_PASSWORD=... PlatformAccounts BASE_URL ADMIN "
                    + "USERNAME COORDINATOR|PHYSICIAN|ADMIN");
            System.exit(2);
        }
        save(URI.create(args[0]), args[1], adminPassword, args[2], args[3], password);
        System.out.println("account " + args[2] + " (" + args[3].toUpperCase(Locale.ROOT) + ") saved");
    }

    /**
     * The account exists afterwards, enabled, with exactly this password and role.
     *
     * @throws IllegalStateException naming the platform's answer when it refuses (e.g. a password under 12
     *                               characters, or an administrator who is not one)
     */
    public static void save(URI platform, String admin, String adminPassword, String username, String role,
                            String password) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("password", password,
                "roles", List.of(role.toUpperCase(Locale.ROOT)), "enabled", true));
        String credentials = Base64.getEncoder().encodeToString((admin + ":" + adminPassword)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(platform.resolve("/api/v1/users/"
                        + URLEncoder.encode(username, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("the platform refused account " + username + " (HTTP "
                    + response.statusCode() + "): " + response.body());
        }
    }
}
