package org.mscpathway.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mscpathway.bench.baseline.BareEngineBaseline;
import org.mscpathway.bench.platform.Credentials;
import org.mscpathway.bench.platform.NotificationLatency;
import org.mscpathway.bench.platform.PlatformLoad;
import org.mscpathway.bench.platform.Tokens;

/**
 * One run, side by side (docs/performance.md): for each client count, the bare-engine baseline on its own fresh
 * database, then the platform's REST load against a running platform, then the platform's ratio to the baseline.
 * Both on the same PostgreSQL server and the same machine, minutes apart, so the machine's other load touches both.
 */
public final class SideBySide {

    private SideBySide() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args, Map.ofEntries(
                Map.entry("clients", "2,8"), Map.entry("cases", "200"), Map.entry("warmup", "50"),
                Map.entry("pg", "jdbc:postgresql://127.0.0.1:5432/"), Map.entry("pg-user", "postgres"),
                Map.entry("pg-password", ""), Map.entry("baseline-db", "msc_bench_baseline"),
                Map.entry("platform", "http://127.0.0.1:8080/"),
                Map.entry("tokens", ""), Map.entry("coordinator", "coordinator"),
                Map.entry("physician", "physician"), Map.entry("password", "demo"),
                Map.entry("skip-baseline", "false"), Map.entry("and-basic", "false")));
        Credentials credentials = options.text("tokens").isEmpty()
                ? Credentials.basic(options.text("coordinator"), options.text("physician"), options.text("password"))
                : Tokens.read(Path.of(options.text("tokens")));
        int cases = options.number("cases");
        int warmUp = options.number("warmup");
        List<String> lines = new ArrayList<>();
        int nextCase = (int) (System.currentTimeMillis() / 1000 % 1_000_000) * 100;
        for (int clientCount : options.numbers("clients")) {
            Clients clients = new Clients(clientCount);
            double baseline = Double.NaN;
            if (!Boolean.parseBoolean(options.text("skip-baseline"))) {
                try (BareEngineBaseline engine = BareEngineBaseline.start(options.text("pg"), options.text("pg-user"),
                        options.text("pg-password"), options.text("baseline-db"), clientCount)) {
                    baseline = engine.measure(clients, warmUp, cases);
                }
                System.out.printf("baseline, %d clients: %.1f cases/s%n", clientCount, baseline);
            }
            PlatformLoad load = new PlatformLoad(URI.create(options.text("platform")), credentials);
            PlatformLoad.Result result = load.measure(clients, nextCase, warmUp, cases);
            nextCase += warmUp + cases;
            System.out.printf("platform (%s), %d clients: %.1f cases/s%n", credentials, clientCount,
                    result.casesPerSecond());
            result.perEndpoint().forEach((endpoint, figures) ->
                    System.out.printf("  %-36s p50 / p95 / p99 / max %s%n", endpoint, figures.summary()));
            System.out.printf("  %-36s p50 / p95 / p99 / max %s%n", "every request", result.allRequests().summary());
            Percentiles latency = new NotificationLatency(URI.create(options.text("platform")), credentials)
                    .since(result.measuredFrom(), cases, Duration.ofSeconds(60));
            String notification = String.format("; event to notification p50 %.0f ms, p99 %.0f ms (%d)",
                    latency.millis(50), latency.millis(99), latency.count());
            System.out.println("  event to notification                p50 / p95 / p99 / max " + latency.summary());
            lines.add(String.format("%d clients: baseline %.1f cases/s, platform %.1f cases/s, ratio %.2f×; "
                            + "request p50 %.1f ms, p99 %.1f ms%s", clientCount, baseline, result.casesPerSecond(),
                    result.casesPerSecond() / baseline, result.allRequests().millis(50),
                    result.allRequests().millis(99), notification));
            if (Boolean.parseBoolean(options.text("and-basic"))) {
                // the same load right after, signing in with HTTP Basic: the two credentials' ratio in one run
                Credentials basic = Credentials.basic(options.text("coordinator"), options.text("physician"),
                        options.text("password"));
                PlatformLoad.Result withBasic = new PlatformLoad(URI.create(options.text("platform")), basic)
                        .measure(clients, nextCase, warmUp, cases);
                nextCase += warmUp + cases;
                System.out.printf("platform (%s), %d clients: %.1f cases/s%n", basic, clientCount,
                        withBasic.casesPerSecond());
                lines.add(String.format("%d clients: %s %.1f cases/s, %.2f× the %s throughput; request p50 %.1f ms,"
                                + " p99 %.1f ms", clientCount, basic, withBasic.casesPerSecond(),
                        withBasic.casesPerSecond() / result.casesPerSecond(), credentials,
                        withBasic.allRequests().millis(50), withBasic.allRequests().millis(99)));
            }
        }
        System.out.printf("%nside by side (%d cases after %d warm-up, %s):%n", cases, warmUp, credentials);
        lines.forEach(line -> System.out.println("  " + line));
    }
}
