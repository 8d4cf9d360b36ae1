package org.mscpathway.platform.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mscpathway.platform.PatientRecords;
import org.mscpathway.platform.PlatformTest;
import org.mscpathway.platform.cases.CaseBodies;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The OpenAPI document is the API's contract: real requests through the whole platform, each answer validated
 * against the schema its operation declares for its status (an undeclared status or field fails), and the bodies
 * sent accepted by the declared request schemas.
 */
@PlatformTest
class ApiContractTest {

    private static final String JSON = "application/json";
    private static final String FHIR_JSON = "application/fhir+json";
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    private JsonNode document;
    private final List<String> violations = new ArrayList<>();
    private final Set<String> exercised = new HashSet<>();

    @BeforeEach
    void readTheDocument() throws Exception {
        MockHttpServletResponse answer = mvc.perform(request(HttpMethod.GET, "/v3/api-docs")
                .with(httpBasic("admin", "demo"))).andReturn().getResponse();
        assertThat(answer.getStatus()).isEqualTo(200);
        // kept beside the test reports: the document as published, for whoever reads a failure
        Files.writeString(Path.of("target/api-docs.json"), answer.getContentAsString());
        document = strict(json.readTree(answer.getContentAsString()));
    }

    @Test
    void theSignedInActorIsNoParameterAndEveryBodyIsTyped() {
        List<String> problems = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String name = op.getKey().toUpperCase() + " " + path.getKey();
            op.getValue().path("parameters").forEach(parameter -> {
                if (parameter.path("name").asText().equals("actor")) {
                    problems.add(name + " has an actor parameter");
                }
            });
            op.getValue().path("requestBody").path("content").fields().forEachRemaining(media -> {
                if (untyped(media.getValue().path("schema"))) {
                    problems.add(name + " takes an untyped " + media.getKey() + " body");
                }
            });
            op.getValue().path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("2")) {
                    response.getValue().path("content").fields().forEachRemaining(media -> {
                        if (media.getKey().contains("json") && untyped(media.getValue().path("schema"))) {
                            problems.add(name + " answers " + response.getKey() + " with an untyped body");
                        }
                    });
                } else if (!response.getValue().path("content").has(ApiContract.PROBLEM_JSON)) {
                    problems.add(name + " answers " + response.getKey() + " without its problem shape");
                }
            });
        }));
        assertThat(problems).isEmpty();
    }

    @Test
    void theShippedScenarioRecordsFollowThePublishedPatientRecordSchema() throws Exception {
        JsonNode served = json.readTree(send("coordinator", "GET", "/api/v1/schemas/patient-record.json", null, null)
                .getContentAsString());
        JsonSchema schema = SCHEMAS.getSchema(served);
        Path scenarios = Path.of("../screening-core/src/test/resources/scenarios");
        List<Path> files;
        try (Stream<Path> listed = Files.list(scenarios)) {
            files = listed.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            JsonNode record = json.readTree(file.toFile()).path("record");
            assertThat(schema.validate(record)).as(file.getFileName().toString()).isEmpty();
        }
        assertThat(schema.validate(json.readTree(PatientRecords.DESIGN_EXAMPLE))).isEmpty();
        assertThat(schema.validate(json.readTree("{\"patient\": {\"sex\": \"f\"}}")))
                .as("a record without an indication, with a sex not in the contract").hasSize(2);
    }

    @Test
    void everyAnswerOfAWholePathwayHasTheShapeItsOperationDeclares() throws Exception {
        String admin = "admin";
        // the catalogue and stateless evaluations
        send("physician", "GET", "/api/v1/rules", null, null);
        send("physician", "GET", "/api/v1/indications", null, null);
        send("coordinator", "GET", "/api/v1/terminology?system=ICD-10&q=heart", null, null);
        send("physician", "GET", "/api/v1/terminology?system=LOINC&q=platelets", null, null);
        send("coordinator", "GET", "/api/v1/terminology?system=SNOMED&q=h", null, null);
        send("coordinator", "GET", "/api/v1/schemas/patient-record.json", null, null);
        send("physician", "POST", "/api/v1/evaluations", JSON, PatientRecords.DESIGN_EXAMPLE);
        send("physician", "POST", "/api/v1/evaluations", JSON, "{\"patient\": {\"sex\": \"f\"}}");
        send("physician", "POST", "/api/v1/evaluations", "text/plain", "hello");
        send(null, "POST", "/api/v1/evaluations", JSON, PatientRecords.DESIGN_EXAMPLE);
        send("admin", "POST", "/api/v1/evaluations", JSON, PatientRecords.DESIGN_EXAMPLE);

        // a case from opening to approval, refusals on the way
        UUID id = opened(send("coordinator", "POST", "/api/v1/cases", JSON, CaseBodies.openCase()));
        String at = "/api/v1/cases/" + id;
        send("coordinator", "POST", "/api/v1/cases", JSON, "{\"patient\": {}, \"indication\": 3}");
        send("coordinator", "GET", at, null, null);
        send("coordinator", "GET", "/api/v1/cases/" + UUID.randomUUID(), null, null);
        send("coordinator", "GET", "/api/v1/cases?step=MEDICAL_HISTORY", null, null);
        send("coordinator", "GET", "/api/v1/cases?status=nonsense", null, null);
        send("coordinator", "PUT", at + "/physical-exam", JSON, CaseBodies.exam());
        send("physician", "PUT", at + "/medical-history", JSON, CaseBodies.history());
        send("coordinator", "PUT", at + "/medical-history", JSON, "{\"conditions\": [{\"status\": \"gone\"}]}");
        send("coordinator", "PUT", at + "/medical-history", JSON, CaseBodies.history());
        send("coordinator", "PUT", at + "/physical-exam", JSON, CaseBodies.exam());
        send("coordinator", "PUT", at + "/investigations", JSON, CaseBodies.investigations());
        send("coordinator", "GET", "/api/v1/tasks", null, null);
        send("physician", "GET", "/api/v1/tasks", null, null);
        send("physician", "POST", at + "/decision", JSON, "{\"decision\": \"maybe\", \"consent\": 3}");
        send("physician", "POST", at + "/decision", JSON, CaseBodies.decision("confirm-ineligible", "no"));
        send("physician", "POST", at + "/decision", JSON, """
                {"decision": "approve", "comment": "benefit outweighs risk",
                 "consent": {"obtainedOn": "%s", "formVersion": "v1"}}""".formatted(LocalDate.now()));
        send("physician", "GET", at, null, null);
        send("physician", "GET", at + "/timeline", null, null);
        send("physician", "GET", at + "/access-log", null, null);
        send("coordinator", "GET", at + "/careplan", null, null);
        send("coordinator", "POST", at + "/withdraw", null, null);
        send("coordinator", "POST", at + "/rescreen", null, null);
        send("coordinator", "GET", at + "/fhir-import", null, null);

        // a case withdrawn while it collects data, and one a physician asks to change
        UUID withdrawn = opened(send("coordinator", "POST", "/api/v1/cases", JSON, CaseBodies.openCase()));
        send("coordinator", "POST", "/api/v1/cases/" + withdrawn + "/withdraw", null, null);
        send("coordinator", "GET", "/api/v1/cases/" + withdrawn + "/careplan", null, null);

        // notifications, accounts and rulesets
        send("physician", "GET", "/api/v1/notifications", null, null);
        send("physician", "GET", "/api/v1/notifications?limit=0", null, null);
        send("physician", "POST", "/api/v1/notifications/" + Long.MAX_VALUE + "/read", null, null);
        send(admin, "GET", "/api/v1/users", null, null);
        String username = "contract-" + UUID.randomUUID().toString().substring(0, 8);
        send(admin, "PUT", "/api/v1/users/" + username, JSON,
                "{\"password\": \"a long passphrase\", \"roles\": [\"COORDINATOR\"], \"email\": \"c@example.org\"}");
        send(admin, "PUT", "/api/v1/users/" + username, JSON, "{\"roles\": [\"COORDINATOR\"], \"enabled\": false}");
        send(admin, "PUT", "/api/v1/users/" + username, JSON, "{\"roles\": [\"NURSE\"]}");
        send("coordinator", "GET", "/api/v1/users", null, null);
        send("physician", "GET", "/api/v1/rulesets", null, null);
        send("physician", "GET", "/api/v1/rulesets/2026.2", null, null);
        send("physician", "GET", "/api/v1/rulesets/1999.9", null, null);
        send(admin, "POST", "/api/v1/rulesets/validate", JSON, "{\"rulesetVersion\": \"x\"}");
        send(admin, "POST", "/api/v1/rulesets/2026.2/approve", null, null);
        send(admin, "GET", "/api/v1/rulesets/2026.2/export?format=markdown", null, null);
        send(admin, "POST", "/api/v1/rulesets", JSON, "{\"basedOn\": \"2026.2\", \"version\": \"2026.2\", "
                + "\"summary\": \"the same again\", \"catalogue\": {}}");

        assertThat(violations).isEmpty();
        assertThat(exercised).contains("POST /api/v1/cases 201", "PUT /api/v1/cases/{id}/medical-history 400",
                "PUT /api/v1/cases/{id}/physical-exam 409", "POST /api/v1/cases/{id}/decision 200",
                "GET /api/v1/cases/{id} 404", "POST /api/v1/evaluations 415",
                "GET /api/v1/terminology 200", "GET /api/v1/terminology 400", "POST /api/v1/evaluations 401",
                "PUT /api/v1/users/{username} 201", "GET /api/v1/users 403");
    }

    @Test
    void anAnswerWithAFieldTheDocumentDoesNotDeclareIsCaught() throws Exception {
        JsonNode answer = json.readTree(send("physician", "GET", "/api/v1/rules", null, null).getContentAsString());
        ((ObjectNode) answer).put("surprise", true);
        assertThat(validate(responseSchema("/api/v1/rules", "get", "200", JSON), answer)).isNotEmpty();
    }

    private UUID opened(MockHttpServletResponse response) {
        String location = response.getHeader("Location");
        assertThat(location).as("Location of the new case").isNotNull();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Sends the request and checks the exchange against the document; violations are collected. */
    private MockHttpServletResponse send(String user, String method, String uri, String contentType, String body)
            throws Exception {
        var request = request(HttpMethod.valueOf(method), uri);
        if (contentType != null) {
            request.contentType(contentType).content(body);
        }
        if (user != null) {
            request.with(httpBasic(user, "demo"));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        check(method.toLowerCase(), uri, contentType, body, response);
        return response;
    }

    private void check(String method, String uri, String contentType, String body, MockHttpServletResponse response)
            throws Exception {
        String path = template(uri.replaceFirst("\\?.*", ""));
        String status = Integer.toString(response.getStatus());
        String name = method.toUpperCase() + " " + path + " " + status;
        exercised.add(name);
        JsonNode operation = document.path("paths").path(path).path(method);
        if (operation.isMissingNode()) {
            violations.add(name + ": no such operation in the document");
            return;
        }
        JsonNode declared = operation.path("responses").path(status);
        if (declared.isMissingNode()) {
            violations.add(name + ": status not declared");
            return;
        }
        if (response.getStatus() < 300 && contentType != null && contentType.contains("json")) {
            JsonNode requestSchema = operation.path("requestBody").path("content").path(contentType).path("schema");
            if (requestSchema.isMissingNode()) {
                violations.add(name + ": request body " + contentType + " not declared");
            } else {
                validate(requestSchema, json.readTree(body)).forEach(v -> violations.add(name + " request: " + v));
            }
        }
        String answered = response.getContentType();
        if (answered == null || response.getContentAsString().isEmpty()) {
            if (declared.has("content") && !declared.path("content").isEmpty()) {
                violations.add(name + ": no body, but the document declares one");
            }
            return;
        }
        String media = answered.replaceFirst(";.*", "").trim();
        JsonNode schema = declared.path("content").path(media).path("schema");
        if (schema.isMissingNode()) {
            violations.add(name + ": answers " + media + ", the document declares "
                    + names(declared.path("content")));
            return;
        }
        if (media.contains("json")) {
            validate(schema, json.readTree(response.getContentAsString()))
                    .forEach(v -> violations.add(name + ": " + v));
        }
        declared.path("headers").fieldNames().forEachRemaining(header -> {
            if (!header.equals("Link") && response.getHeader(header) == null) {
                violations.add(name + ": declared header " + header + " missing");
            }
        });
    }

    private JsonNode responseSchema(String path, String method, String status, String media) {
        return document.path("paths").path(path).path(method).path("responses").path(status).path("content")
                .path(media).path("schema");
    }

    /** The schema, with the document's components beside it so that its references resolve. */
    private Set<ValidationMessage> validate(JsonNode schema, JsonNode value) {
        ObjectNode root = json.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.setAll((ObjectNode) schema.deepCopy());
        root.set("components", document.path("components"));
        return SCHEMAS.getSchema(root).validate(value);
    }

    /** The document's path template an address matches; a literal segment wins over a parameter. */
    private String template(String uri) {
        List<String> matches = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(path -> {
            if (uri.matches(path.replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\."))) {
                matches.add(path);
            }
        });
        return matches.stream().min(Comparator.comparingLong(path -> path.chars().filter(c -> c == '{').count()))
                .orElse(uri);
    }

    /**
     * Every object schema that lists its properties admits no others (so a field the document does not declare is
     * a violation), except those that others extend with allOf.
     */
    private static JsonNode strict(JsonNode document) {
        Set<String> extended = new HashSet<>();
        document.findValues("allOf").forEach(all -> all.forEach(part -> {
            if (part.has("$ref")) {
                extended.add(part.path("$ref").asText().replace("#/components/schemas/", ""));
            }
        }));
        document.path("components").path("schemas").fields().forEachRemaining(component -> {
            if (!extended.contains(component.getKey())) {
                close(component.getValue());
            }
        });
        document.path("paths").forEach(ApiContractTest::close);
        return document;
    }

    private static void close(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")
                    && !object.has("unevaluatedProperties") && !object.has("allOf")) {
                object.put("additionalProperties", false);
            }
            object.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("allOf")) {
                    close(field.getValue());
                }
            });
        } else if (node.isArray()) {
            node.forEach(ApiContractTest::close);
        }
    }

    /** Any JSON at all: no reference, no properties, no items, no alternatives, not a text. */
    private static boolean untyped(JsonNode schema) {
        return Stream.of("$ref", "properties", "items", "anyOf", "allOf").noneMatch(schema::has)
                && !schema.path("type").asText().equals("string");
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
