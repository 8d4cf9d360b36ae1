package org.mscpathway.deploy.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.mscpathway.workflow.pathway.CaseData;

/**
 * Drives cases through the pathway over the REST API of the design, each request to the next API instance in turn.
 * A request that fails (instance gone, database restarting) is retried; a step that a lost answer already completed
 * (409 and the case has moved on) counts as done. Figures: requests per instance, failed attempts.
 */
final class PathwayDriver {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration STEP_TIMEOUT = Duration.ofMinutes(3);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<PlatformProcess> instances;
    private final AtomicInteger next = new AtomicInteger();
    private final Map<String, AtomicLong> requests = new ConcurrentHashMap<>();
    private final AtomicLong failedAttempts = new AtomicLong();

    PathwayDriver(List<PlatformProcess> instances) {
        this.instances = List.copyOf(instances);
    }

    /** Opens a case and takes it to an approved plan. */
    UUID runToApproval(int patientNumber) {
        UUID id = open(patientNumber);
        advanceToDecision(id);
        return id;
    }

    UUID open(int patientNumber) {
        ObjectNode body = JSON.createObjectNode();
        body.set("patient", patient(patientNumber));
        body.put("indication", "knee-osteoarthritis");
        HttpResponse<String> created = send(ReliabilityCluster.COORDINATOR, "POST", "/api/v1/cases", body, 201);
        String location = created.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("201 without Location: " + created.body()));
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    /** From wherever the case is in the data steps to the physician's approval. */
    void advanceToDecision(UUID id) {
        step(id, "MEDICAL_HISTORY", ReliabilityCluster.COORDINATOR, "PUT", "/medical-history", CaseData.history());
        step(id, "PHYSICAL_EXAM", ReliabilityCluster.COORDINATOR, "PUT", "/physical-exam", CaseData.exam());
        step(id, "INVESTIGATIONS", ReliabilityCluster.COORDINATOR, "PUT", "/investigations", CaseData.investigations());
        step(id, "PLAN_APPROVAL", ReliabilityCluster.PHYSICIAN, "POST", "/decision", approval());
        awaitStatus(id, "APPROVED");
    }

    JsonNode view(UUID id) {
        return read(send(ReliabilityCluster.COORDINATOR, "GET", "/api/v1/cases/" + id, null, 200));
    }

    void awaitStatus(UUID id, String status) {
        Reliability.await("case " + id + " is " + status, STEP_TIMEOUT,
                () -> status.equals(view(id).path("status").asText()));
    }

    /** Waits until the case is at the step, then submits it; done when the case has left the step. */
    private void step(UUID id, String step, String user, String method, String path, JsonNode body) {
        Instant deadline = Instant.now().plus(STEP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            JsonNode view = view(id);
            String current = view.path("currentStep").asText("");
            if (!"OPEN".equals(view.path("status").asText()) || beyond(current, step)) {
                return;
            }
            if (current.equals(step)) {
                int status = attempt(user, method, "/api/v1/cases/" + id + path, body).statusCode();
                if (status / 100 == 2) {
                    return;
                }
                // no answer (-1: the instance is gone), 5xx and 409 (a lost answer completed it) are looked at again
                if (status > 0 && status != 409 && status < 500) {
                    throw new AssertionError(method + " " + path + " of case " + id + " answered " + status);
                }
            }
            Reliability.pause(Duration.ofMillis(100));
        }
        throw new AssertionError("case " + id + " never completed " + step + " within " + STEP_TIMEOUT);
    }

    private static boolean beyond(String current, String step) {
        List<String> order = List.of("MEDICAL_HISTORY", "PHYSICAL_EXAM", "INVESTIGATIONS", "PLAN_APPROVAL");
        return order.indexOf(current) > order.indexOf(step);
    }

    /** Sends until an answer with the expected status comes; errors and 5xx are retried. */
    HttpResponse<String> send(String user, String method, String path, JsonNode body, int expected) {
        Instant deadline = Instant.now().plus(STEP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = attempt(user, method, path, body);
            if (response.statusCode() == expected) {
                return response;
            }
            if (response.statusCode() > 0 && response.statusCode() < 500) {
                throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            Reliability.pause(Duration.ofMillis(200));
        }
        throw new AssertionError(method + " " + path + " never answered " + expected + " within " + STEP_TIMEOUT);
    }

    /** One request to the next instance in turn; status -1 when it did not answer. */
    private HttpResponse<String> attempt(String user, String method, String path, JsonNode body) {
        PlatformProcess instance = nextInstance();
        HttpRequest request = HttpRequest.newBuilder(instance.uri(path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", basic(user))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        requests.computeIfAbsent(instance.name(), name -> new AtomicLong()).incrementAndGet();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 500) {
                failedAttempts.incrementAndGet();
            }
            return response;
        } catch (IOException e) {
            failedAttempts.incrementAndGet();
            return new Unanswered(request);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * The next instance in turn whose process runs, as a load balancer's health check would choose: without it a
     * client whose requests alternate in step with the turn could keep landing on a killed instance.
     */
    private PlatformProcess nextInstance() {
        for (int tries = 0; tries < instances.size(); tries++) {
            PlatformProcess candidate = instances.get(Math.floorMod(next.getAndIncrement(), instances.size()));
            if (candidate.alive()) {
                return candidate;
            }
        }
        return instances.get(Math.floorMod(next.getAndIncrement(), instances.size()));
    }

    Map<String, AtomicLong> requestsPerInstance() {
        return Map.copyOf(requests);
    }

    long failedAttempts() {
        return failedAttempts.get();
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + ReliabilityCluster.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode read(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    private static ObjectNode patient(int number) {
        return CaseData.patient(String.format("MRN-REL-%05d", number), "1966-03-0" + (1 + number % 9));
    }

    private static ObjectNode approval() {
        ObjectNode decision = JSON.createObjectNode();
        decision.put("decision", "approve");
        decision.put("comment", "plan approved (reliability test)");
        decision.putObject("consent").put("obtainedOn", LocalDate.now().toString()).put("formVersion", "v1");
        return decision;
    }
}
