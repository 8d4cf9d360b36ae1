package org.mscpathway.bench.growth;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mscpathway.bench.Options;
import org.mscpathway.bench.Percentiles;
import org.mscpathway.bench.platform.Credentials;

/**
 * Growth (docs/performance.md): the cost of one request to each read path as the database grows. For each size it
 * seeds cases ({@link CaseSeed}) up to that many, then sends each request R times, one at a time, after a few
 * unmeasured ones, and prints p50 and p95 and the answer's size. A flat row means the request's cost does not
 * depend on how many cases the database holds.
 *
 * <pre>
 * java -cp … org.mscpathway.bench.growth.Growth --platform=http://127.0.0.1:18090/ \
 *     --platform-db=jdbc:postgresql://127.0.0.1:5432/msc_bench --sizes=1000,10000,100000
 * </pre>
 */
public final class Growth {

    private Growth() {
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args, Map.ofEntries(
                Map.entry("platform", "http://127.0.0.1:18090/"),
                Map.entry("platform-db", "jdbc:postgresql://127.0.0.1:5432/msc_bench"),
                Map.entry("pg-user", "postgres"), Map.entry("pg-password", ""),
                Map.entry("coordinator", "bench-coordinator"), Map.entry("physician", "bench-physician"),
                Map.entry("password", "bench-password-1"), Map.entry("sizes", "1000,10000,100000"),
                Map.entry("requests", "20")));
        CaseSeed.Database database = () -> DriverManager.getConnection(options.text("platform-db"),
                options.text("pg-user"), options.text("pg-password"));
        CaseSeed seed = new CaseSeed(database);
        Credentials credentials = Credentials.basic(options.text("coordinator"), options.text("physician"),
                options.text("password"));
        Growth.Reads reads = new Growth.Reads(URI.create(options.text("platform")), credentials);
        List<String> rows = new ArrayList<>();
        for (int size : options.numbers("sizes")) {
            long started = System.nanoTime();
            seed.growTo(size, options.text("physician"));
            System.out.printf("%,d cases seeded (%.0f s)%n", size, (System.nanoTime() - started) / 1e9);
            String someCase = someSeededCase(database);
            Map<String, String> figures = reads.measure(someCase, options.number("requests"));
            figures.forEach((read, summary) -> System.out.printf("  %-34s %s%n", read, summary));
            rows.add(String.format("%,9d | %s", size, String.join(" | ", figures.values())));
        }
        System.out.println();
        System.out.println("cases     | " + String.join(" | ", Reads.PATHS.keySet()) + "   (p50 / p95 ms, bytes)");
        rows.forEach(System.out::println);
    }

    private static String someSeededCase(CaseSeed.Database database) throws SQLException {
        try (Connection db = database.connect();
             Statement query = db.createStatement();
             ResultSet row = query.executeQuery(
                     "SELECT id FROM msc.screening_case WHERE opened_by = 'bench-seed' ORDER BY opened_at LIMIT 1")) {
            row.next();
            return row.getString(1);
        }
    }

    /** The read paths, each as the role that uses it. */
    static final class Reads {

        static final Map<String, String> PATHS = new LinkedHashMap<>();

        static {
            PATHS.put("board (GET /api/v1/cases)", "/api/v1/cases");
            PATHS.put("board page (limit=100)", "/api/v1/cases?limit=100");
            PATHS.put("board UI (/board)", "/board");
            PATHS.put("worklist (GET /api/v1/tasks)", "/api/v1/tasks");
            PATHS.put("worklist page (limit=100)", "/api/v1/tasks?limit=100");
            PATHS.put("physician queue UI (/physician)", "/physician");
            PATHS.put("notifications", "/api/v1/notifications");
            PATHS.put("dashboard (GET /dashboard)", "/dashboard");
            PATHS.put("timeline", "/api/v1/cases/{id}/timeline");
        }

        private final URI base;
        private final Credentials credentials;
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        Reads(URI base, Credentials credentials) {
            this.base = base;
            this.credentials = credentials;
        }

        Map<String, String> measure(String caseId, int requests) throws IOException, InterruptedException {
            Map<String, String> figures = new LinkedHashMap<>();
            for (var read : PATHS.entrySet()) {
                String path = read.getValue().replace("{id}", caseId);
                // the physician reads the worklist, notifications and timeline; the coordinator the board
                String authorization = path.startsWith("/api/v1/cases?") || path.equals("/api/v1/cases")
                        || path.equals("/board") || path.equals("/dashboard")
                        ? credentials.coordinator() : credentials.physician();
                Percentiles latency = new Percentiles();
                long bytes = 0;
                for (int i = -3; i < requests; i++) {
                    long start = System.nanoTime();
                    bytes = get(path, authorization);
                    if (i >= 0) {
                        latency.recordNanos(System.nanoTime() - start);
                    }
                }
                figures.put(read.getKey(), String.format("%.1f / %.1f ms, %,d B", latency.millis(50),
                        latency.millis(95), bytes));
            }
            return figures;
        }

        private long get(String path, String authorization) throws IOException, InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(2))
                    .header("Authorization", authorization).header("Accept", "application/json, text/html").GET()
                    .build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            return response.body().length;
        }
    }
}
