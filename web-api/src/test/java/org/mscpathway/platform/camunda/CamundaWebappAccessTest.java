package org.mscpathway.platform.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PlatformTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Cockpit and Tasklist sit behind the platform's sign-in, for admins only (over real HTTP: they are servlets). */
@PlatformTest
class CamundaWebappAccessTest {

    /** One of Cockpit's own API calls. */
    private static final String STATISTICS = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path, String username) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/html,application/json");
        if (username != null) {
            byte[] credentials = (username + ":demo").getBytes(StandardCharsets.UTF_8);
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void adminReachesCockpitAsAReaderAndNoOtherCamundaApp() throws Exception {
        HttpResponse<String> cockpit = get("/camunda/app/cockpit/default/", "admin");

        assertThat(cockpit.statusCode()).isEqualTo(200);
        assertThat(cockpit.body()).containsIgnoringCase("cockpit");
        assertThat(cockpit.headers().firstValue("X-Authorized-User")).hasValue("admin");
        assertThat(cockpit.headers().firstValue("X-Authorized-Apps")).hasValueSatisfying(
                apps -> assertThat(apps.split(",")).contains("cockpit").doesNotContain("tasklist", "admin"));
        assertThat(get(STATISTICS, "admin").statusCode()).isEqualTo(200);
    }

    @Test
    void coordinatorIsRefusedCockpit() throws Exception {
        assertThat(get("/camunda/app/cockpit/default/", "coordinator").statusCode()).isEqualTo(403);
        assertThat(get(STATISTICS, "coordinator").statusCode()).isEqualTo(403);
    }

    @Test
    void anonymousVisitorIsSentToTheSignInPage() throws Exception {
        HttpResponse<String> response = get("/camunda/app/tasklist/default/", null);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }
}
