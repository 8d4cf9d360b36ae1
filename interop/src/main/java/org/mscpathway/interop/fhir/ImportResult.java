package org.mscpathway.interop.fhir;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The patient record built from a Bundle (the design's record JSON, for the evaluator's own reader to validate),
 * everything that could not be mapped with the reason, and where each record item came from
 * ({@code observations[2]} → {@code Observation/hb-1}) so that a field the reader refuses can be traced back to
 * the FHIR resource.
 */
public record ImportResult(ObjectNode record, List<Unmapped> unmapped, Map<String, String> sources) {

    public ImportResult {
        Objects.requireNonNull(record, "record");
        record = record.deepCopy();
        unmapped = List.copyOf(unmapped);
        sources = Map.copyOf(sources);
    }

    @Override
    public ObjectNode record() {
        return record.deepCopy();
    }

    /**
     * The FHIR resource a record path was mapped from: the longest mapped prefix of {@code path}, e.g.
     * {@code observations[2].unit} → {@code Observation/hb-1}.
     */
    public Optional<String> sourceOf(String path) {
        String candidate = path;
        while (!candidate.isEmpty()) {
            String source = sources.get(candidate);
            if (source != null) {
                return Optional.of(source);
            }
            int cut = Math.max(candidate.lastIndexOf('.'), candidate.lastIndexOf('['));
            candidate = cut < 0 ? "" : candidate.substring(0, cut);
        }
        return Optional.empty();
    }

    /** {@code [{"resource", "element", "reason"}]}. */
    public ArrayNode unmappedJson() {
        ArrayNode json = JsonNodeFactory.instance.arrayNode();
        for (Unmapped item : unmapped) {
            json.addObject().put("resource", item.resource()).put("element", item.element()).put("reason", item.reason());
        }
        return json;
    }

    /** Never prints the record: it holds patient data. */
    @Override
    public String toString() {
        return "ImportResult[" + sources.size() + " mapped items, " + unmapped.size() + " unmapped]";
    }
}
