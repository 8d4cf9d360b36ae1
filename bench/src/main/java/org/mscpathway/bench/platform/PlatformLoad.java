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
import java.util.LinkedHashMap;
import java.util.Map;
import org.mscpathway.bench.Clients;
import org.mscpathway.bench.Percentiles;

/**
 * Complete cases through the platform's REST API: open, medical history, physical exam, investigations (the full
 * evaluation and the plan run inside that request), approval by a physician who did not open the case. Every answer
 * must be the expected 2xx with the case at the expected step, so a fast wrong answer cannot count.
 */
public final class PlatformLoad {

    /** The requests of one case, in order; the figures are kept per endpoint. */
    enum Endpoint {
        OPEN("POST /cases"),
        MEDICAL_HISTORY("PUT /cases/{id}/medical-history"),
        PHYSICAL_EXAM("PUT /cases/{id}/physical-exam"),
        INVESTIGATIONS("PUT /cases/{id}/investigations"),
        DECISION("POST /cases/{id}/decision");

        final String label;

        Endpoint(String label) {
            this.label = label;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final Credentials credentials;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private volatile Map<Endpoint, Percentiles> latencies = fresh();

    public PlatformLoad(URI base, Credentials credentials) {
        this.base = base;
        this.credentials = credentials;
    }

    /** What one measured run found. */
    public record Result(int cases, long nanos, Instant measuredFrom, Map<String, Percentiles> perEndpoint,
                         Percentiles allRequests) {
        public double casesPerSecond() {
            return Clients.perSecond(cases, nanos);
        }
    }

    /** W warm-up cases (figures dropped), then N measured; case numbers start at {@code firstCase}. */
    public Result measure(Clients clients, int firstCase, int warmUp, int cases) {
        clients.run(firstCase, warmUp, this::runCase);
        latencies = fresh();
        Instant from = Instant.now();
        long nanos = clients.run(firstCase + warmUp, cases, this::runCase);
        Map<String, Percentiles> perEndpoint = new LinkedHashMap<>();
        Percentiles all = new Percentiles();
        latencies.forEach((endpoint, figures) -> perEndpoint.put(endpoint.label, figures));
        return new Result(cases, nanos, from, perEndpoint, mergedLatencies(all));
    }

    private Percentiles mergedLatencies(Percentiles all) {
        return latencies.values().stream().reduce(all, (sum, one) -> sum.add(one));
    }

    /** One complete case, from opening to the approved plan. */
    public void runCase(int caseNumber) throws IOException, InterruptedException {
        JsonNode opened = send(Endpoint.OPEN, credentials.coordinator(), "POST", "/api/v1/cases",
                CaseBodies.open(caseNumber), 201);
        String id = opened.path("id").asText();
        expectStep(send(Endpoint.MEDICAL_HISTORY, credentials.coordinator(), "PUT",
                "/api/v1/cases/" + id + "/medical-history", CaseBodies.medicalHistory(), 200), "PHYSICAL_EXAM");
        expectStep(send(Endpoint.PHYSICAL_EXAM, credentials.coordinator(), "PUT",
                "/api/v1/cases/" + id + "/physical-exam", CaseBodies.physicalExam(), 200), "INVESTIGATIONS");
        expectStep(send(Endpoint.INVESTIGATIONS, credentials.coordinator(), "PUT",
                "/api/v1/cases/" + id + "/investigations", CaseBodies.investigations(), 200), "PLAN_APPROVAL");
        JsonNode approved = send(Endpoint.DECISION, credentials.physician(), "POST",
                "/api/v1/cases/" + id + "/decision", CaseBodies.approval(), 200);
        if (!"APPROVED".equals(approved.path("status").asText())) {
            throw new IllegalStateException("case " + id + " is " + approved.path("status").asText()
                    + " after approval, not APPROVED");
        }
    }

    private static void expectStep(JsonNode view, String step) {
        if (!step.equals(view.path("currentStep").asText())) {
            throw new IllegalStateException("case " + view.path("id").asText() + " is at "
                    + view.path("currentStep").asText() + " (" + view.path("status").asText() + "), expected " + step);
        }
    }

    private JsonNode send(Endpoint endpoint, String authorization, String method, String path, JsonNode body,
                          int expected) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        latencies.get(endpoint).recordNanos(System.nanoTime() - start);
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode()
                    + " (expected " + expected + "): " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static Map<Endpoint, Percentiles> fresh() {
        Map<Endpoint, Percentiles> map = new java.util.EnumMap<>(Endpoint.class);
        for (Endpoint endpoint : Endpoint.values()) {
            map.put(endpoint, new Percentiles());
        }
        return map;
    }
}
