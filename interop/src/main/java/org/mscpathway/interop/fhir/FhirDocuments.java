package org.mscpathway.interop.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.IParserErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Resource;

/**
 * Reads FHIR R4 JSON strictly. A Bundle is read entry by entry, so a problem names the resource it is in
 * ({@code Observation/obs-7}, or {@code Bundle.entry[3]} when the resource has no id) and the element; unknown
 * elements, wrong JSON types and invalid values are refused rather than skipped. The patient's values are never
 * repeated in a message. Thread-safe (HAPI's context is, and a parser is made per document).
 */
public final class FhirDocuments {

    /** HAPI's R4 context: expensive to build, thread-safe once built. */
    public static final FhirContext R4 = FhirContext.forR4Cached();

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private FhirDocuments() {
    }

    /** Parses JSON text; a syntax error names the line and column, never the text around it. */
    public static JsonNode json(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidFhirException("Bundle", "(document)", "no document");
        }
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new InvalidFhirException("Bundle", "(document)", "not valid JSON" + where);
        }
    }

    /** A Bundle entry: its {@code fullUrl} (null when absent) and its resource. */
    public record Entry(String fullUrl, Resource resource) {
    }

    /** The entries of a Bundle, in order, each resource read strictly. */
    public static List<Entry> bundleEntries(JsonNode bundle) {
        if (bundle == null || !bundle.isObject()) {
            throw new InvalidFhirException("Bundle", "(document)", "must be a JSON object");
        }
        if (!"Bundle".equals(bundle.path("resourceType").asText(null))) {
            throw new InvalidFhirException(bundle.path("resourceType").isTextual() ? bundle.path("resourceType").asText()
                    : "(document)", "resourceType", "must be Bundle");
        }
        JsonNode entries = bundle.path("entry");
        if (!entries.isMissingNode() && !entries.isArray()) {
            throw new InvalidFhirException("Bundle", "entry", "must be an array");
        }
        List<Entry> read = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String label = "Bundle.entry[" + i + "]";
            JsonNode resource = entries.get(i).path("resource");
            if (!resource.isObject()) {
                throw new InvalidFhirException(label, "resource", "each entry must hold a resource");
            }
            JsonNode fullUrl = entries.get(i).path("fullUrl");
            read.add(new Entry(fullUrl.isTextual() ? fullUrl.asText() : null, resource(resource, label)));
        }
        return read;
    }

    /** One resource, read strictly; {@code fallbackLabel} names it in errors when it has no id. */
    public static Resource resource(JsonNode node, String fallbackLabel) {
        String type = node.path("resourceType").asText("");
        String label = type.isEmpty() ? fallbackLabel
                : node.path("id").isTextual() ? type + "/" + node.path("id").asText() : fallbackLabel + " (" + type + ")";
        if (type.isEmpty()) {
            throw new InvalidFhirException(label, "resourceType", "required");
        }
        IParser parser = R4.newJsonParser().setParserErrorHandler(new Strict(label, node, !"Patient".equals(type)));
        try {
            IBaseResource parsed = parser.parseResource(node.toString());
            if (!(parsed instanceof Resource resource)) {
                throw new InvalidFhirException(label, "resourceType", "not an R4 resource");
            }
            return resource;
        } catch (DataFormatException e) {
            throw new InvalidFhirException(label, isUnknownType(e) ? "resourceType" : "(resource)",
                    type.equals("Patient") ? "not a valid FHIR R4 Patient" : withoutCode(e.getMessage()));
        }
    }

    private static boolean isUnknownType(DataFormatException e) {
        return String.valueOf(e.getMessage()).contains("Unknown resource name");
    }

    /** HAPI's messages start with their own error code ("HAPI-1684: ..."), which means nothing to a reader here. */
    static String withoutCode(String message) {
        return message == null ? "not valid FHIR R4" : message.replaceFirst("^HAPI-\\d+:\\s*", "");
    }

    /**
     * Turns each of HAPI's lenient warnings into an error that names the element by its full path in the resource
     * ({@code component[1].valueQuantity.value}); HAPI itself knows only the element and its parent's name.
     */
    private record Strict(String resource, JsonNode json, boolean mayQuoteValues) implements IParserErrorHandler {

        private InvalidFhirException refuse(IParseLocation at, String element, BiPredicate<String, JsonNode> which,
                String problem) {
            String parent = at == null || at.getParentElementName() == null ? "" : at.getParentElementName();
            String path = ElementPaths.find(json, which)
                    .orElse(element == null ? parent : parent.isEmpty() ? element : parent + "." + element);
            return new InvalidFhirException(resource, path.isEmpty() ? "(resource)" : path, problem);
        }

        private InvalidFhirException refuse(IParseLocation at, String element, String problem) {
            return refuse(at, element, (key, node) -> key.equals(element), problem);
        }

        @Override
        public void containedResourceWithNoId(IParseLocation at) {
            throw refuse(at, "contained", "a contained resource needs an id");
        }

        @Override
        public void incorrectJsonType(IParseLocation at, String element, BaseJsonLikeValue.ValueType expected,
                BaseJsonLikeValue.ScalarType expectedScalar, BaseJsonLikeValue.ValueType found,
                BaseJsonLikeValue.ScalarType foundScalar) {
            throw refuse(at, element, "must be a JSON " + describe(expected, expectedScalar)
                    + " (got " + describe(found, foundScalar) + ")");
        }

        @Override
        public void invalidValue(IParseLocation at, String value, String error) {
            String element = at == null ? null : at.getParentElementName();
            throw refuse(at, null, (key, node) -> key.equals(element) && node.isValueNode() && node.asText().equals(value),
                    mayQuoteValues && error != null ? "invalid value: " + withoutCode(error)
                            : "invalid value for this element");
        }

        @Override
        public void missingRequiredElement(IParseLocation at, String element) {
            throw refuse(at, element, "required");
        }

        @Override
        public void unexpectedRepeatingElement(IParseLocation at, String element) {
            throw refuse(at, element, "must not repeat (it is a single value in R4)");
        }

        @Override
        public void unknownAttribute(IParseLocation at, String attribute) {
            throw refuse(at, attribute, "unknown attribute");
        }

        @Override
        public void unknownElement(IParseLocation at, String element) {
            throw refuse(at, element, "unknown element in FHIR R4");
        }

        @Override
        public void unknownReference(IParseLocation at, String reference) {
            throw refuse(at, "reference", "refers to nothing in this document");
        }

        @Override
        public void invalidInternalReference(IParseLocation at, String reference) {
            throw refuse(at, "reference", "invalid internal reference");
        }

        @Override
        public void extensionContainsValueAndNestedExtensions(IParseLocation at) {
            throw refuse(at, "extension", "an extension has either a value or nested extensions, not both");
        }

        private static String describe(BaseJsonLikeValue.ValueType type, BaseJsonLikeValue.ScalarType scalar) {
            if (type == BaseJsonLikeValue.ValueType.SCALAR && scalar != null) {
                return scalar.name().toLowerCase(Locale.ROOT);
            }
            return type == null ? "nothing" : type.name().toLowerCase(Locale.ROOT);
        }
    }
}
