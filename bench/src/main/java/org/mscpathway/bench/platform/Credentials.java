package org.mscpathway.bench.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The {@code Authorization} header each role's client sends: HTTP Basic, or a bearer token. */
public record Credentials(String coordinator, String physician, String description) {

    public static Credentials basic(String coordinator, String physician, String password) {
        return new Credentials(basicHeader(coordinator, password), basicHeader(physician, password),
                "HTTP Basic (" + coordinator + ", " + physician + ")");
    }

    public static Credentials bearer(String coordinatorToken, String physicianToken) {
        return new Credentials("Bearer " + coordinatorToken, "Bearer " + physicianToken, "bearer token");
    }

    private static String basicHeader(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return description;
    }
}
