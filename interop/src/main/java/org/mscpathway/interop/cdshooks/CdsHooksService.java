package org.mscpathway.interop.cdshooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.mscpathway.interop.fhir.BundleImport;
import org.mscpathway.interop.fhir.ImportResult;
import org.mscpathway.interop.fhir.InvalidFhirException;

/**
 * The CDS Hooks 2.0 service "MSC therapy eligibility": its discovery entries, and the answer to a patient-view or
 * order-select request. The request's prefetch is used as it is; a prefetch key that is absent or null is read
 * from the request's {@code fhirServer} with its access token, when that server is one the site allows. The data
 * go through the FHIR import into a patient record, the evaluator screens it, and the findings become cards.
 * Thread-safe.
 */
public final class CdsHooksService {

    /** The service's id; {@link #ORDER_SELECT_ID} is the same service listed for the order-select hook. */
    public static final String SERVICE_ID = "msc-eligibility";
    public static final String ORDER_SELECT_ID = "msc-eligibility-order-select";
    private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");
    private static final String DESCRIPTION = "Screens the patient's EHR data against the MSC therapy contraindication "
            + "catalogue: critical cards for absolute contraindications, warnings for risks a physician must accept, "
            + "information for precautions and missing data.";

    private final BundleImport bundleImport;
    private final EligibilityEvaluator evaluator;
    private final FhirServer fhirServer;
    private final CdsSettings settings;

    public CdsHooksService(BundleImport bundleImport, EligibilityEvaluator evaluator, FhirServer fhirServer,
            CdsSettings settings) {
        this.bundleImport = Objects.requireNonNull(bundleImport, "bundleImport");
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
        this.fhirServer = Objects.requireNonNull(fhirServer, "fhirServer");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** {@code GET /cds-services}. */
    public ObjectNode discovery() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        ArrayNode services = json.putArray("services");
        service(services.addObject(), "patient-view", SERVICE_ID);
        service(services.addObject(), "order-select", ORDER_SELECT_ID);
        return json;
    }

    /** Whether {@code id} names this service (for either hook). */
    public static boolean isService(String id) {
        return SERVICE_ID.equals(id) || ORDER_SELECT_ID.equals(id);
    }

    /**
     * Answers a hook request with cards.
     *
     * @throws InvalidCdsRequestException when the request does not follow the specification (the field is named)
     */
    public CdsResponse respond(JsonNode request) {
        String hook = text(request, "hook", "hook");
        if (!hook.equals("patient-view") && !hook.equals("order-select")) {
            throw new InvalidCdsRequestException("hook", "this service answers patient-view and order-select");
        }
        text(request, "hookInstance", "hookInstance");
        JsonNode context = request.path("context");
        String patientId = text(context, "patientId", "context.patientId");
        if (!FHIR_ID.matcher(patientId).matches()) {
            throw new InvalidCdsRequestException("context.patientId", "must be a FHIR id");
        }
        List<JsonNode> resources = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        gather(request, patientId, resources, unread);
        boolean orderSelect = hook.equals("order-select");
        if (orderSelect) {
            JsonNode draftOrders = context.path("draftOrders");
            if (!draftOrders.isObject()) {
                throw new InvalidCdsRequestException("context.draftOrders", "order-select needs the draft orders Bundle");
            }
            flatten(draftOrders, resources);
        }
        JsonNode bundle = bundle(resources);
        ImportResult imported;
        try {
            imported = orderSelect ? bundleImport.readWithDraftOrdersActive(bundle, settings.indication())
                    : bundleImport.read(bundle, settings.indication());
        } catch (InvalidFhirException e) {
            throw new InvalidCdsRequestException("prefetch", "not valid FHIR R4: " + e.getMessage());
        }
        return cards(imported, unread);
    }

    private CdsResponse cards(ImportResult imported, List<String> unread) {
        Eligibility eligibility;
        try {
            eligibility = evaluator.evaluate(imported.record());
        } catch (UnreadableRecordException e) {
            Cards cards = new Cards(settings.openCaseUrl(), "");
            cards.unreadable(e.problems().stream().map(problem -> imported.sourceOf(problem.getKey())
                    .map(source -> source + " (" + problem.getKey() + ")").orElse(problem.getKey())
                    + ": " + problem.getValue()).toList());
            return response(cards);
        }
        Cards cards = new Cards(settings.openCaseUrl(), eligibility.rulesetVersion());
        eligibility.findings().stream()
                .sorted((a, b) -> Integer.compare(rank(a.severity()), rank(b.severity())))
                .forEach(cards::finding);
        if (!eligibility.missing().isEmpty()) {
            cards.missing(eligibility.missing());
        }
        if (!imported.unmapped().isEmpty() || !unread.isEmpty()) {
            cards.notRead(imported.unmapped(), unread);
        }
        if (eligibility.findings().isEmpty() && eligibility.missing().isEmpty()) {
            cards.eligible(eligibility.outcome());
        }
        return response(cards);
    }

    private static CdsResponse response(Cards cards) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.set("cards", cards.json());
        return new CdsResponse(json, cards.issued());
    }

    /** Prefetched resources, and those fetched for the keys the EHR left out; what could not be had is listed. */
    private void gather(JsonNode request, String patientId, List<JsonNode> resources, List<String> unread) {
        JsonNode prefetch = request.path("prefetch");
        URI server = fhirServer(request);
        String token = request.path("fhirAuthorization").path("access_token").asText(null);
        for (Map.Entry<String, String> template : PrefetchTemplates.TEMPLATES.entrySet()) {
            JsonNode given = prefetch.path(template.getKey());
            if (given.isObject()) {
                flatten(given, resources);
                continue;
            }
            String query = PrefetchTemplates.resolve(template.getValue(), patientId);
            if (server == null) {
                unread.add("prefetch " + template.getKey() + ": not sent, and no fhirServer to read it from");
            } else if (!settings.mayFetchFrom(server)) {
                unread.add("prefetch " + template.getKey() + ": not sent, and the fhirServer is not one this site "
                        + "allows the service to read");
            } else {
                try {
                    // the templates hold no character a URL forbids but the token search's '|'
                    URI url = URI.create(CdsSettings.withSlash(server.toString()) + query.replace("|", "%7C"));
                    flatten(fhirServer.read(url, token), resources);
                } catch (FhirServer.FhirServerException e) {
                    unread.add("prefetch " + template.getKey() + ": " + e.getMessage());
                }
            }
        }
    }

    private static URI fhirServer(JsonNode request) {
        JsonNode node = request.path("fhirServer");
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        try {
            URI uri = new URI(node.asText());
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
                throw new InvalidCdsRequestException("fhirServer", "must be an http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidCdsRequestException("fhirServer", "must be an http(s) URL");
        }
    }

    /** A Bundle's resources (search outcomes left out), or the resource itself. */
    private static void flatten(JsonNode resource, List<JsonNode> into) {
        if (!"Bundle".equals(resource.path("resourceType").asText())) {
            into.add(resource);
            return;
        }
        for (JsonNode entry : resource.path("entry")) {
            if (!"outcome".equals(entry.path("search").path("mode").asText()) && entry.path("resource").isObject()) {
                into.add(entry.path("resource"));
            }
        }
    }

    /** One collection Bundle, each resource once (prefetch queries overlap). */
    private static JsonNode bundle(List<JsonNode> resources) {
        Map<String, JsonNode> unique = new LinkedHashMap<>();
        for (JsonNode resource : resources) {
            String key = resource.path("id").isTextual()
                    ? resource.path("resourceType").asText() + "/" + resource.path("id").asText()
                    : "#" + unique.size();
            unique.putIfAbsent(key, resource);
        }
        ObjectNode bundle = JsonNodeFactory.instance.objectNode().put("resourceType", "Bundle").put("type", "collection");
        ArrayNode entries = bundle.putArray("entry");
        unique.values().forEach(resource -> entries.addObject().set("resource", resource));
        return bundle;
    }

    private void service(ObjectNode json, String hook, String id) {
        json.put("hook", hook);
        json.put("id", id);
        json.put("title", "MSC therapy eligibility");
        json.put("description", DESCRIPTION);
        ObjectNode prefetch = json.putObject("prefetch");
        PrefetchTemplates.TEMPLATES.forEach(prefetch::put);
        json.put("usageRequirements", "Authenticate with a bearer token for a platform account with the "
                + "COORDINATOR or PHYSICIAN role. Screens for indication '" + settings.indication() + "'.");
    }

    private static int rank(String severity) {
        return switch (severity) {
            case "ABSOLUTE" -> 0;
            case "RELATIVE" -> 1;
            default -> 2;
        };
    }

    /** @param path the field's name in the request, for the error ({@code context.patientId}) */
    private static String text(JsonNode node, String field, String path) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new InvalidCdsRequestException(path, "required");
        }
        return value.asText();
    }
}
