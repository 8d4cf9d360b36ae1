package org.mscpathway.bench.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mscpathway.bench.Percentiles;

/**
 * Event to notification, read through the platform's API after a run, as any client could: the in-app
 * notifications of the benchmark's coordinator and physician ({@code GET /api/v1/notifications}, page by page,
 * {@code createdAt}: the consumer's transaction) against the time of the event they tell of on the case's timeline
 * ({@code GET /api/v1/cases/{id}/timeline}, the event's {@code at}: the step's transaction). One machine, so one
 * clock. It spans the rest of the step's transaction, the relay (woken by the commit), Kafka and the consumer. A
 * notification is matched to its case's one event of its type; a type that occurs more than once on a case is left
 * out (the benchmark's cases have one of each).
 */
public final class NotificationLatency {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Every case the load approves was first proposed to the physician: one PlanProposed notification each. */
    private static final String PROPOSED = "PlanProposed";

    private final URI base;
    private final Credentials credentials;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public NotificationLatency(URI base, Credentials credentials) {
        this.base = base;
        this.credentials = credentials;
    }

    /**
     * Waits until the physician has a PlanProposed notification for each of the {@code cases} measured since
     * {@code from} and the notifications stop growing for two seconds (at most {@code patience}), then returns the
     * latencies of the notifications of events that occurred since {@code from}.
     */
    public Percentiles since(Instant from, int cases, Duration patience) throws IOException, InterruptedException {
        List<JsonNode> notifications = awaitQuiet(from, cases, patience);
        Map<String, JsonNode> timelines = new HashMap<>();
        Percentiles latencies = new Percentiles();
        for (JsonNode notification : notifications) {
            String caseId = notification.path("caseId").asText();
            JsonNode timeline = timelines.get(caseId);
            if (timeline == null) {
                timeline = get("/api/v1/cases/" + caseId + "/timeline", credentials.physician()).body();
                timelines.put(caseId, timeline);
            }
            Instant occurred = onlyEvent(timeline, notification.path("type").asText());
            if (occurred != null && !occurred.isBefore(from)) {
                Instant created = Instant.parse(notification.path("createdAt").asText());
                latencies.recordNanos(Duration.between(occurred, created).toNanos());
            }
        }
        return latencies;
    }

    private List<JsonNode> awaitQuiet(Instant from, int cases, Duration patience)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        int last = -1;
        Instant stableSince = Instant.now();
        List<JsonNode> seen = List.of();
        while (Instant.now().isBefore(deadline)) {
            seen = new ArrayList<>(createdSince(from, credentials.physician()));
            long proposed = seen.stream().filter(n -> PROPOSED.equals(n.path("type").asText())).count();
            seen.addAll(createdSince(from, credentials.coordinator()));
            if (seen.size() != last || proposed < cases) {
                last = seen.size();
                stableSince = Instant.now();
            } else if (Duration.between(stableSince, Instant.now()).toMillis() >= 2000) {
                break;
            }
            Thread.sleep(250);
        }
        return seen;
    }

    /** The user's notifications created since {@code from}, following the API's pages (newest first). */
    private List<JsonNode> createdSince(Instant from, String authorization) throws IOException, InterruptedException {
        List<JsonNode> found = new ArrayList<>();
        String next = "/api/v1/notifications?limit=500";
        while (next != null) {
            Page page = get(next, authorization);
            for (JsonNode notification : page.body()) {
                if (Instant.parse(notification.path("createdAt").asText()).isBefore(from)) {
                    return found;
                }
                found.add(notification);
            }
            next = page.next();
        }
        return found;
    }

    /** When the case's one event of this type occurred; null if it has none or several. */
    private static Instant onlyEvent(JsonNode timeline, String type) {
        Instant at = null;
        for (JsonNode entry : timeline) {
            if ("event".equals(entry.path("kind").asText()) && type.equals(entry.path("type").asText())) {
                if (at != null) {
                    return null;
                }
                at = Instant.parse(entry.path("at").asText());
            }
        }
        return at;
    }

    private record Page(JsonNode body, String next) {
    }

    private Page get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization).header("Accept", "application/json").GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        String next = response.headers().firstValue("Link")
                .filter(link -> link.endsWith("rel=\"next\""))
                .map(link -> link.substring(link.indexOf('<') + 1, link.indexOf('>')))
                .orElse(null);
        return new Page(JSON.readTree(response.body()), next);
    }
}
