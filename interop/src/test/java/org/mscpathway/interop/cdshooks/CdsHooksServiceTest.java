package org.mscpathway.interop.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mscpathway.interop.fhir.BundleImport;

/** Requests shaped like the CDS Hooks 2.0 specification's patient-view and order-select examples. */
class CdsHooksServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);
    private static final URI OPEN_CASE = URI.create("https://msc.example.org/cases/new");

    /** The evaluator's stand-in: remembers the record and answers what the test says. */
    private static final class Evaluator implements EligibilityEvaluator {
        final List<JsonNode> records = new ArrayList<>();
        Eligibility answer = new Eligibility("ELIGIBLE", "2026.2", List.of(), List.of());
        RuntimeException refusal;

        @Override
        public Eligibility evaluate(JsonNode record) {
            records.add(record);
            if (refusal != null) {
                throw refusal;
            }
            return answer;
        }
    }

    private final Evaluator evaluator = new Evaluator();
    private HttpServer ehr;
    private final List<String> ehrRequests = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopEhr() {
        if (ehr != null) {
            ehr.stop(0);
        }
    }

    private CdsHooksService service(List<URI> allowedFhirServers) {
        return new CdsHooksService(new BundleImport(CLOCK), evaluator, new HttpFhirServer(Duration.ofSeconds(5)),
                new CdsSettings(OPEN_CASE, "knee-osteoarthritis", allowedFhirServers));
    }

    /** A FHIR server answering each path (query included) with a body; anything else 404. */
    private URI startEhr(Map<String, String> answers) throws IOException {
        ehr = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ehr.createContext("/fhir/", exchange -> {
            String path = exchange.getRequestURI().toString().substring("/fhir/".length());
            ehrRequests.add(exchange.getRequestHeaders().getFirst("Authorization") + " " + path);
            String body = answers.get(path);
            byte[] bytes = (body == null ? "{}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        ehr.start();
        return URI.create("http://127.0.0.1:" + ehr.getAddress().getPort() + "/fhir");
    }

    private static final String PATIENT = """
            {"resourceType": "Patient", "id": "1288992", "gender": "female", "birthDate": "1970-03-02",
             "identifier": [{"system": "urn:mrn", "value": "MRN-7"}]}""";

    private static String searchset(String... resources) {
        StringBuilder json = new StringBuilder("{\"resourceType\": \"Bundle\", \"type\": \"searchset\", \"entry\": [");
        for (int i = 0; i < resources.length; i++) {
            json.append(i == 0 ? "" : ",").append("{\"resource\": ").append(resources[i])
                    .append(", \"search\": {\"mode\": \"match\"}}");
        }
        return json.append("]}").toString();
    }

    private static final String BREAST_CANCER = """
            {"resourceType": "Condition", "id": "c1", "subject": {"reference": "Patient/1288992"},
             "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
             "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C50.911"}]}}""";

    private static JsonNode patientView(String prefetch, URI fhirServer) throws IOException {
        return JSON.readTree("""
                {"hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
                 %s
                 "hook": "patient-view",
                 "fhirAuthorization": {"access_token": "some-opaque-fhir-access-token", "token_type": "Bearer",
                                       "expires_in": 300, "scope": "user/Patient.read user/Observation.read",
                                       "subject": "cds-service4"},
                 "context": {"userId": "Practitioner/example", "patientId": "1288992", "encounterId": "89284"},
                 "prefetch": %s}""".formatted(fhirServer == null ? "" : "\"fhirServer\": \"" + fhirServer + "\",",
                prefetch));
    }

    private static String fullPrefetch(String conditions) {
        String empty = searchset();
        return """
                {"patient": %s, "conditions": %s, "medicationStatements": %s, "medicationRequests": %s,
                 "immunizations": %s, "allergies": %s, "laboratory": %s, "vitalSigns": %s,
                 "pregnancyAndBreastfeeding": %s, "imagingReports": %s}"""
                .formatted(PATIENT, conditions, empty, empty, empty, empty, empty, empty, empty, empty);
    }

    @Test
    void discoveryListsTheServiceForPatientViewAndOrderSelectWithItsPrefetchTemplates() {
        JsonNode discovery = service(List.of()).discovery();

        assertThat(discovery.path("services")).extracting(service -> service.path("hook").asText() + " "
                + service.path("id").asText())
                .containsExactly("patient-view msc-eligibility", "order-select msc-eligibility-order-select");
        JsonNode prefetch = discovery.path("services").get(0).path("prefetch");
        assertThat(prefetch.path("patient").asText()).isEqualTo("Patient/{{context.patientId}}");
        assertThat(prefetch.path("conditions").asText()).isEqualTo("Condition?patient={{context.patientId}}");
        assertThat(prefetch.size()).isEqualTo(10);
    }

    @Test
    void findingsBecomeCriticalWarningAndInfoCardsWithRationaleSourceAndALinkToOpenACase() throws IOException {
        evaluator.answer = new Eligibility("INELIGIBLE", "2026.2", List.of(
                new Eligibility.RuleFinding("AGE-ELDERLY", "1", "AGE", "PRECAUTION", "75 years of age or older",
                        "Older patients get a reduced dose.", "Clinic guidance §三.3", List.of("age: 76")),
                new Eligibility.RuleFinding("MAL-ACTIVE", "1", "MALIGNANCY", "ABSOLUTE", "Active or recurrent malignancy",
                        "MSCs may promote tumour growth.", "Clinic guidance §二.2", List.of("condition C50.911: active")),
                new Eligibility.RuleFinding("INF-CRP", "1", "INFECTION", "RELATIVE", "Raised C-reactive protein",
                        "Inflammation may hide an infection.", "Clinic guidance §二.4", List.of("LOINC 1988-5: 14"))),
                List.of(new Eligibility.MissingItem("LOINC 5196-1", "HBsAg result within 90 days")));

        CdsResponse response = service(List.of()).respond(patientView(fullPrefetch(searchset(BREAST_CANCER)), null));

        JsonNode cards = response.json().path("cards");
        assertThat(cards).extracting(card -> card.path("indicator").asText() + " " + card.path("summary").asText())
                .containsExactly("critical MSC therapy contraindicated: Active or recurrent malignancy",
                        "warning MSC therapy needs physician review: Raised C-reactive protein",
                        "info MSC therapy precaution: 75 years of age or older",
                        "info MSC screening: 1 data item(s) missing");
        JsonNode critical = cards.get(0);
        assertThat(critical.path("detail").asText()).contains("MSCs may promote tumour growth.")
                .contains("condition C50.911: active").contains("Rule MAL-ACTIVE version 1");
        assertThat(critical.path("source").path("label").asText()).isEqualTo("MSC Pathway screening: Clinic guidance §二.2");
        assertThat(critical.path("links").get(0).path("url").asText()).isEqualTo(OPEN_CASE.toString());
        assertThat(critical.path("overrideReasons")).isNotEmpty();
        assertThat(cards.get(3).path("detail").asText()).contains("HBsAg result within 90 days");
        assertThat(response.cards()).extracting(CdsResponse.IssuedCard::topic)
                .containsExactly("MAL-ACTIVE", "INF-CRP", "AGE-ELDERLY", "missing-data");
        assertThat(evaluator.records.get(0).path("medicalHistory").path("conditions").get(0).path("icd10").asText())
                .isEqualTo("C50.911");
        assertThat(evaluator.records.get(0).path("patient").path("birthDate").asText()).isEqualTo("1970-03-02");
    }

    @Test
    void whatThePrefetchLacksIsReadFromTheFhirServerWithTheAccessToken() throws IOException {
        URI server = startEhr(Map.of("Condition?patient=1288992", searchset(BREAST_CANCER)));

        service(List.of(server)).respond(patientView("{\"patient\": " + PATIENT + ", \"laboratory\": null}", server));

        assertThat(ehrRequests).contains("Bearer some-opaque-fhir-access-token Condition?patient=1288992",
                "Bearer some-opaque-fhir-access-token Observation?patient=1288992&category=laboratory&_sort=-date&_count=200");
        assertThat(ehrRequests).noneMatch(request -> request.contains("Patient/1288992"));
        assertThat(evaluator.records.get(0).path("medicalHistory").path("conditions").get(0).path("icd10").asText())
                .isEqualTo("C50.911");
    }

    @Test
    void aFhirServerTheSiteDoesNotAllowIsNotCalledAndTheCardsSayWhatWasNotRead() throws IOException {
        URI server = startEhr(Map.of());

        CdsResponse response = service(List.of(URI.create("https://ehr.example.org/fhir")))
                .respond(patientView("{\"patient\": " + PATIENT + "}", server));

        assertThat(ehrRequests).isEmpty();
        JsonNode notRead = response.json().path("cards").get(0);
        assertThat(notRead.path("summary").asText()).isEqualTo("MSC screening: 9 EHR item(s) could not be read");
        assertThat(notRead.path("detail").asText())
                .contains("prefetch conditions: not sent, and the fhirServer is not one this site allows");
    }

    @Test
    void aDraftOrderInOrderSelectIsScreenedAsIfItWereActive() throws IOException {
        JsonNode request = JSON.readTree("""
                {"hook": "order-select", "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
                 "context": {"userId": "Practitioner/123", "patientId": "1288992", "encounterId": "89284",
                   "selections": ["MedicationRequest/smart-MedicationRequest-103"],
                   "draftOrders": {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": {
                     "resourceType": "MedicationRequest", "id": "smart-MedicationRequest-103", "status": "draft",
                     "intent": "order", "subject": {"reference": "Patient/1288992"},
                     "medicationCodeableConcept": {"text": "Amoxicillin 500 mg",
                       "coding": [{"system": "http://www.whocc.no/atc", "code": "J01CA04"}]}}}]}},
                 "prefetch": %s}""".formatted(fullPrefetch(searchset())));

        service(List.of()).respond(request);

        assertThat(evaluator.records.get(0).path("medicalHistory").path("medications")).hasSize(1)
                .first().satisfies(medication -> {
                    assertThat(medication.path("atc").asText()).isEqualTo("J01CA04");
                    assertThat(medication.path("status").asText()).isEqualTo("active");
                });
    }

    @Test
    void aRecordTheEvaluatorRefusesGivesAWarningNamingTheFhirResource() throws IOException {
        evaluator.refusal = new UnreadableRecordException(List.of(Map.entry("medicalHistory.conditions[0].icd10",
                "must be an ICD-10-CM code")));

        CdsResponse response = service(List.of()).respond(patientView(fullPrefetch(searchset(BREAST_CANCER)), null));

        JsonNode card = response.json().path("cards").get(0);
        assertThat(card.path("indicator").asText()).isEqualTo("warning");
        assertThat(card.path("detail").asText())
                .contains("Condition/c1 (medicalHistory.conditions\\[0\\].icd10): must be an ICD-10-CM code");
    }

    @Test
    void nothingFoundGivesOneInfoCard() throws IOException {
        CdsResponse response = service(List.of()).respond(patientView(fullPrefetch(searchset()), null));

        assertThat(response.json().path("cards")).extracting(card -> card.path("indicator").asText() + " "
                + card.path("summary").asText())
                .containsExactly("info MSC therapy: no contraindication found (ELIGIBLE)");
    }

    @Test
    void aRequestWithoutAPatientIsRefusedNamingTheField() throws IOException {
        JsonNode request = JSON.readTree("""
                {"hook": "patient-view", "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
                 "context": {"userId": "Practitioner/example"}}""");

        assertThatThrownBy(() -> service(List.of()).respond(request))
                .isInstanceOfSatisfying(InvalidCdsRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("context.patientId"));
    }

    @Test
    void anotherHookIsRefused() throws IOException {
        JsonNode request = JSON.readTree("""
                {"hook": "order-sign", "hookInstance": "x", "context": {"patientId": "1288992"}}""");

        assertThatThrownBy(() -> service(List.of()).respond(request))
                .isInstanceOfSatisfying(InvalidCdsRequestException.class, e -> assertThat(e.field()).isEqualTo("hook"));
    }
}
