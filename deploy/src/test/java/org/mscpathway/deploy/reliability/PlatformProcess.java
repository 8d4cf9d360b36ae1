package org.mscpathway.deploy.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One platform instance ({@code java -jar msc-pathway.jar}) as a child process on a loopback port. */
final class PlatformProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private PlatformProcess(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    static PlatformProcess start(String name, Path jar, int port, Map<String, String> environment, Path logDirectory) {
        Path log = logDirectory.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx448m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        builder.environment().put("SERVER_ADDRESS", "127.0.0.1");
        try {
            return new PlatformProcess(name, port, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    String name() {
        return name;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    boolean alive() {
        return process.isAlive();
    }

    /** HTTP status of the readiness group, or -1 when the instance does not answer. */
    int readiness() {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(5)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    PlatformProcess awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (readiness() != 200) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended with status " + process.exitValue() + "; see " + log);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " not ready after " + timeout + "; see " + log);
            }
            Reliability.pause(Duration.ofMillis(500));
        }
        return this;
    }

    /** SIGKILL: no shutdown hook, no graceful shutdown, nothing flushed. */
    void kill() {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(10));
    }

    /** SIGTERM, the way an orchestrator stops a container: graceful shutdown, then SIGKILL after 40 s. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            if (!waitFor(Duration.ofSeconds(40))) {
                kill();
            }
        }
    }

    private boolean waitFor(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
