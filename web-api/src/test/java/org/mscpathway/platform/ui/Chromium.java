package org.mscpathway.platform.ui;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The system's headless Chromium (Debian's {@code chromium}), started with a fresh profile and a DevTools port on
 * loopback; the tests talk to it over the DevTools protocol, so no driver and nothing downloaded is needed. Where
 * Chromium is missing the test fails naming what to install: browser tests are part of {@code ./mvnw verify}, never
 * skipped.
 */
final class Chromium implements AutoCloseable {

    private static final String EXECUTABLE = System.getProperty("msc.browser.chromium", "/usr/bin/chromium");
    private static final Duration START_WITHIN = Duration.ofSeconds(30);

    private final Process process;
    private final Path profile;
    private final DevTools page;

    private Chromium(Process process, Path profile, DevTools page) {
        this.process = process;
        this.profile = profile;
        this.page = page;
    }

    /** Starts Chromium showing a blank page of the given size and connects to that page. */
    static Chromium start(int width, int height) throws IOException {
        return start(width, height, "en-GB");
    }

    /** The same, for a person whose browser speaks {@code language} (e.g. {@code zh-CN}). */
    static Chromium start(int width, int height, String language) throws IOException {
        if (!Files.isExecutable(Path.of(EXECUTABLE))) {
            fail("The browser tests need Chromium at " + EXECUTABLE + ", which is missing. Install it (Debian:"
                    + " apt-get install chromium) or point -Dmsc.browser.chromium at it.");
        }
        Path profile = Files.createTempDirectory("msc-chromium-");
        List<String> command = new ArrayList<>(List.of(EXECUTABLE,
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=" + language,
                "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "about:blank"));
        Path log = Files.createTempFile("msc-chromium-", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            int port = devToolsPort(process, profile, log);
            return new Chromium(process, profile, DevTools.connect(pageSocket(port)));
        } catch (IOException | RuntimeException | AssertionError e) {
            stop(process);
            deleteTree(profile);
            throw e;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    DevTools page() {
        return page;
    }

    /** Chromium writes the port it chose into its profile once it listens. */
    private static int devToolsPort(Process process, Path profile, Path log) throws IOException {
        Path portFile = profile.resolve("DevToolsActivePort");
        Instant deadline = Instant.now().plus(START_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(portFile)) {
                List<String> lines = Files.readAllLines(portFile);
                if (!lines.isEmpty() && !lines.get(0).isBlank()) {
                    return Integer.parseInt(lines.get(0).strip());
                }
            }
            if (!process.isAlive()) {
                break;
            }
            pause();
        }
        throw new AssertionError("Chromium (" + EXECUTABLE + ") did not open its DevTools port within " + START_WITHIN
                + "; it printed:\n" + Files.readString(log));
    }

    private static URI pageSocket(int port) throws IOException {
        HttpRequest list = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build();
        try {
            String body = HttpClient.newHttpClient().send(list, HttpResponse.BodyHandlers.ofString()).body();
            for (JsonNode target : new ObjectMapper().readTree(body)) {
                if ("page".equals(target.path("type").asText())) {
                    return URI.create(target.path("webSocketDebuggerUrl").asText());
                }
            }
            throw new AssertionError("Chromium lists no page to drive: " + body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking Chromium for its page", e);
        }
    }

    static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the browser", e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            page.close();
        } finally {
            stop(process);
            deleteTree(profile);
        }
    }

    private static void stop(Process process) {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }

    private static void deleteTree(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
