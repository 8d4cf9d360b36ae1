package org.mscpathway.embedded;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.stream.Stream;
import org.mscpathway.platform.MscPathwayApplication;
import org.mscpathway.platform.embedded.RunningPlatform;
import org.springframework.util.FileSystemUtils;

/**
 * The build's training run for class data sharing: {@code embedded/pom.xml} starts the extracted one-machine jar
 * with {@code -XX:ArchiveClassesAtExit}, and this class starts the platform as the README's command does (in a
 * data directory of its own, deleted afterwards, and on free ports), waits until it is ready, signs in once over
 * the API (so the request path's classes are archived too), stops it and exits, which is when the JVM writes the
 * archive. A later start that names the archive ({@code ./msc-pathway}) maps those classes in instead of finding,
 * reading and verifying them one by one in 229 jars: on two cores that took a warm start from 23–27 s to 12–15 s,
 * and to 8–11 s with C1 only as well (docs/performance.md, Start-up).
 *
 * <p>Not Spring's {@code spring.context.exit=onRefresh}: that halts the JVM without running shutdown hooks, and the
 * embedded PostgreSQL would be left running. A failed training run fails the build, which makes it a smoke test of
 * the embedded default as well.
 */
public final class StartUpTraining {

    private static final Duration READY_WITHIN = Duration.ofMinutes(3);

    private StartUpTraining() {
    }

    /** @param args settings for the platform, as on its command line; data directory and ports are chosen here */
    public static void main(String[] args) {
        int status = 0;
        try {
            train(args);
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        // Explicitly, so that no lingering client thread delays the exit at which the archive is written.
        System.exit(status);
    }

    static void train(String... args) throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("msc-pathway-training");
        try {
            train(data, args);
        } finally {
            FileSystemUtils.deleteRecursively(data);
        }
    }

    private static void train(Path data, String... args) throws IOException, InterruptedException {
        String[] own = {"--msc.embedded.data-dir=" + data, "--msc.embedded.postgres-port=0",
                "--msc.embedded.kafka-port=0", "--msc.embedded.kafka-controller-port=0", "--server.port=0"};
        try (RunningPlatform platform = MscPathwayApplication.launch(
                Stream.concat(Stream.of(args), Stream.of(own)).toArray(String[]::new))) {
            if (!platform.embedded()) {
                throw new IllegalStateException("the training run must start the embedded services; an external"
                        + " database is configured");
            }
            URI base = URI.create("http://127.0.0.1:"
                    + platform.context().getEnvironment().getRequiredProperty("local.server.port"));
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            awaitReadiness(http, base.resolve("/actuator/health/readiness"));
            expectOk(http, HttpRequest.newBuilder(base.resolve("/login")).build());
            expectOk(http, HttpRequest.newBuilder(base.resolve("/api/v1/cases"))
                    .header("Authorization", basic("coordinator", "demo")).build());
        }
    }

    private static void awaitReadiness(HttpClient http, URI readiness) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (true) {
            int status = http.send(HttpRequest.newBuilder(readiness).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            if (status == 200) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the platform was not ready within " + READY_WITHIN + " (" + status
                        + ")");
            }
            Thread.sleep(100);
        }
    }

    private static void expectOk(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 200) {
            throw new IllegalStateException(request.uri().getPath() + " answered " + status);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
