package org.mscpathway.platform.system;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * What the OpenAPI document says beyond what springdoc reads from the controllers: the published schemas as
 * components, the typed bodies of the endpoints that read JSON themselves (so that every bad field is named at
 * once, not only the first), each operation's real success status with its headers, and every refusal it answers
 * with its problem shape. {@code ApiContractTest} checks real answers against the result.
 */
@Component
record ApiContract(PublishedSchemas schemas) implements OpenApiCustomizer {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final String JSON = "application/json";
    private static final String FHIR_JSON = "application/fhir+json";

    /** Answered by every operation: sign-in, role, throttle, database and the unexpected. */
    private static final Map<Integer, String> ALWAYS = Map.of(
            401, "Not signed in, or the credentials were refused.",
            403, "The signed-in account's roles do not allow this (recorded in the audit trail).",
            429, "Too many failed sign-ins from this client or for this account: see Retry-After.",
            500, "Unexpected: the answer carries a reference to quote to the operators.",
            503, "The database did not answer: try again after Retry-After seconds.");
    private static final Map<Integer, String> WITH_BODY = Map.of(
            413, "The body is larger than the platform accepts (1 MB by default).",
            415, "The body is not JSON (a form-encoded or text body, say).");

    /** What each refusal means, where an operation answers it. */
    private static final Map<Integer, String> REFUSALS = Map.of(
            400, "Invalid body or parameter: every bad field is named in errors; nothing was saved.",
            404, "No such resource (an unknown case, version or notification).",
            409, "Out of turn: a step the case does not wait at, a closed case, a stale If-Match, or a state that does "
                    + "not allow it.");

    private static final List<Documented> OPERATIONS = List.of(
            new Documented("post", "/api/v1/evaluations").body("PatientRecord").fhirBody()
                    .answer(200, "EvaluationAnswer").refusals(400),
            new Documented("get", "/api/v1/rules").answer(200, "Rules"),
            new Documented("get", "/api/v1/indications").answer(200, "Indications"),
            new Documented("get", "/api/v1/terminology").refusals(400),
            new Documented("get", "/api/v1/schemas/patient-record.json")
                    .answer(200, "JsonSchemaDocument", SchemaController.SCHEMA_JSON),
            new Documented("post", "/api/v1/cases").body("CaseOpening").fhirBody()
                    .answer(201, "CaseOrFhirImport").header("Location", "The new case: /api/v1/cases/{id}")
                    .refusals(400),
            new Documented("get", "/api/v1/cases").refusals(400)
                    .header("Link", "A page (limit or after given) that has a successor links it: "
                            + "</api/v1/cases?…&limit=…&after=…>; rel=\"next\""),
            new Documented("get", "/api/v1/cases/{id}").etag().refusals(404),
            new Documented("put", "/api/v1/cases/{id}/medical-history").body("MedicalHistory").etag()
                    .refusals(400, 404, 409),
            new Documented("put", "/api/v1/cases/{id}/physical-exam").body("PhysicalExam").etag()
                    .refusals(400, 404, 409),
            new Documented("put", "/api/v1/cases/{id}/investigations").body("InvestigationsSubmission").etag()
                    .refusals(400, 404, 409),
            new Documented("post", "/api/v1/cases/{id}/decision").body("DecisionCommand").etag()
                    .refusals(400, 404, 409),
            new Documented("post", "/api/v1/cases/{id}/withdraw").etag().refusals(404, 409),
            new Documented("post", "/api/v1/cases/{id}/rescreen").answer(200, "RescreenAnswer").refusals(404, 409),
            new Documented("get", "/api/v1/cases/{id}/timeline").refusals(404),
            new Documented("get", "/api/v1/cases/{id}/access-log").refusals(404),
            new Documented("post", "/api/v1/cases/{id}/fhir-import").answer(200, "FhirImport").fhirBody()
                    .refusals(400, 404, 409),
            new Documented("get", "/api/v1/cases/{id}/fhir-import").answer(200, "FhirImport").refusals(404),
            new Documented("get", "/api/v1/cases/{id}/careplan").answer(200, "FhirCarePlan", FHIR_JSON)
                    .refusals(404, 409),
            new Documented("get", "/api/v1/tasks").refusals(400)
                    .header("Link", "A page (limit or after given) that has a successor links it: "
                            + "</api/v1/tasks?limit=…&after=…>; rel=\"next\""),
            new Documented("get", "/api/v1/notifications").refusals(400)
                    .header("Link", "A full page links the next: </api/v1/notifications?limit=…&before=…>; rel=\"next\""),
            new Documented("post", "/api/v1/notifications/{id}/read").answer(204, null).refusals(400, 404),
            new Documented("get", "/api/v1/rulesets"),
            new Documented("get", "/api/v1/rulesets/{version}").answer(200, "CatalogueDocument").refusals(404),
            new Documented("post", "/api/v1/rulesets").body("RulesetDraftRequest").answer(201, null)
                    .header("Location", "The new version: /api/v1/rulesets/{version}").refusals(400, 404, 409),
            new Documented("get", "/api/v1/rulesets/{version}/what-if").refusals(404),
            new Documented("post", "/api/v1/rulesets/{version}/approve").refusals(404, 409),
            new Documented("post", "/api/v1/rulesets/{version}/activate").refusals(404, 409),
            new Documented("get", "/api/v1/rulesets/{version}/export").texts("text/markdown", "text/html")
                    .refusals(400, 404),
            new Documented("post", "/api/v1/rulesets/validate").body("CatalogueDocument").refusals(400),
            new Documented("get", "/api/v1/users"),
            new Documented("put", "/api/v1/users/{username}").body("AccountChange").answer(201, null)
                    .header("Location", "The new account: /api/v1/users/{username}")
                    .also(200, "The account was updated.").refusals(400));

    @Override
    public void customise(OpenAPI api) {
        Map<String, Schema> components = new TreeMap<>(api.getComponents().getSchemas() == null ? Map.of()
                : api.getComponents().getSchemas());
        NullableFields.tidy(components);
        schemas.components().forEach((name, schema) -> components.put(name, schema(schema)));
        components.put("CaseOrFhirImport", new JsonSchema()
                .description("The case opened from a record (application/json) or the FHIR import waiting for "
                        + "confirmation (application/fhir+json)")
                .anyOf(List.of(ref("CaseResponse"), ref("FhirImport"))));
        components.put("JsonSchemaDocument", new JsonSchema().types(Set.of("object")).required(List.of("$schema"))
                .description("A JSON Schema, draft 2020-12"));
        api.getComponents().setSchemas(new LinkedHashMap<>(components));
        for (Documented documented : OPERATIONS) {
            PathItem path = api.getPaths() == null ? null : api.getPaths().get(documented.path());
            Operation operation = path == null ? null : path.readOperationsMap().get(
                    PathItem.HttpMethod.valueOf(documented.method().toUpperCase(java.util.Locale.ROOT)));
            if (operation == null) {
                throw new IllegalStateException("the API has no operation " + documented.method().toUpperCase(
                        java.util.Locale.ROOT) + " " + documented.path() + " to document");
            }
            documented.applyTo(operation);
        }
    }

    private static Schema<?> schema(Object json) {
        return Json31.mapper().convertValue(json, Schema.class);
    }

    static Schema<?> ref(String component) {
        return new JsonSchema().$ref("#/components/schemas/" + component);
    }

    /** One operation as documented here; springdoc's reading of it is the starting point. */
    private record Documented(String method, String path, String body, boolean fhir, Integer success,
                              String answer, List<String> answerTypes, Map<String, String> headers,
                              Map<Integer, String> alternatives, Set<Integer> refusals) {

        Documented(String method, String path) {
            this(method, path, null, false, null, null, List.of(JSON), Map.of(), Map.of(), Set.of());
        }

        Documented body(String component) {
            return new Documented(method, path, component, fhir, success, answer, answerTypes, headers, alternatives,
                    refusals);
        }

        Documented fhirBody() {
            return new Documented(method, path, body, true, success, answer, answerTypes, headers, alternatives,
                    refusals);
        }

        /** The success status and, when springdoc cannot see it (a JSON tree), the schema of its body. */
        Documented answer(int status, String component) {
            return answer(status, component, JSON);
        }

        Documented answer(int status, String component, String mediaType) {
            return new Documented(method, path, body, fhir, status, component, List.of(mediaType), headers,
                    alternatives, refusals);
        }

        /** A text answer in one of these media types, chosen by the request. */
        Documented texts(String... mediaTypes) {
            return new Documented(method, path, body, fhir, 200, null, List.of(mediaTypes), headers, alternatives,
                    refusals);
        }

        /** A second success status with the same body, without the first one's headers. */
        Documented also(int status, String description) {
            Map<Integer, String> more = new TreeMap<>(alternatives);
            more.put(status, description);
            return new Documented(method, path, body, fhir, success, answer, answerTypes, headers, more, refusals);
        }

        Documented header(String name, String description) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, description);
            return new Documented(method, path, body, fhir, success, answer, answerTypes, more, alternatives, refusals);
        }

        Documented etag() {
            return header("ETag", "The case's version, to send back in If-Match: \"<version>\"");
        }

        Documented refusals(Integer... statuses) {
            return new Documented(method, path, body, fhir, success, answer, answerTypes, headers, alternatives,
                    Set.of(statuses));
        }

        void applyTo(Operation operation) {
            if (body != null || fhir) {
                operation.setRequestBody(requestBody(operation.getRequestBody()));
            }
            ApiResponses responses = new ApiResponses();
            ApiResponse ok = successOf(operation.getResponses());
            int status = success == null ? 200 : success;
            if (answer != null) {
                ok.setContent(new Content().addMediaType(answerTypes.get(0), new MediaType().schema(ref(answer))));
            } else if (!answerTypes.contains(JSON)) {
                Content texts = new Content();
                answerTypes.forEach(type -> texts.addMediaType(type,
                        new MediaType().schema(new JsonSchema().types(Set.of("string")))));
                ok.setContent(texts);
            } else if (status == 204) {
                ok.setContent(null);
            }
            ok.setDescription(ok.getDescription() == null || ok.getDescription().isBlank() || status != 200
                    ? description(status) : ok.getDescription());
            headers.forEach((name, description) -> ok.addHeaderObject(name, new Header().description(description)
                    .schema(new JsonSchema().types(Set.of("string")))));
            responses.addApiResponse(Integer.toString(status), ok);
            alternatives.forEach((alternative, description) -> responses.addApiResponse(
                    Integer.toString(alternative), new ApiResponse().description(description)
                            .content(ok.getContent())));
            Map<Integer, String> problems = new TreeMap<>(ALWAYS);
            if (body != null || fhir) {
                problems.putAll(WITH_BODY);
            }
            refusals.forEach(refusal -> problems.put(refusal, REFUSALS.get(refusal)));
            problems.forEach((code, description) -> responses.addApiResponse(Integer.toString(code),
                    new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                            new MediaType().schema(ref("Problem"))))));
            operation.setResponses(responses);
        }

        private RequestBody requestBody(RequestBody read) {
            Content content = new Content();
            if (body != null) {
                content.addMediaType(JSON, new MediaType().schema(ref(body)));
            }
            if (fhir) {
                content.addMediaType(FHIR_JSON, new MediaType().schema(ref("FhirBundle")));
            }
            RequestBody typed = read == null ? new RequestBody() : read;
            return typed.content(content).required(true);
        }

        private static ApiResponse successOf(ApiResponses read) {
            ApiResponse ok = read == null ? null : read.get("200");
            return ok == null ? new ApiResponse() : ok;
        }

        private static String description(int status) {
            return switch (status) {
                case 201 -> "Created";
                case 204 -> "Done; no body";
                default -> "OK";
            };
        }
    }
}
