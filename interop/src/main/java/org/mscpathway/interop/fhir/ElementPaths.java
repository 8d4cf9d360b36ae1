package org.mscpathway.interop.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

/** Finds an element in a resource's JSON and names it by its path: {@code component[1].valueQuantity.value}. */
final class ElementPaths {

    private ElementPaths() {
    }

    /** The path of the first member (depth first, in document order) that {@code which} accepts. */
    static Optional<String> find(JsonNode node, BiPredicate<String, JsonNode> which) {
        return find(node, "", which);
    }

    private static Optional<String> find(JsonNode node, String path, BiPredicate<String, JsonNode> which) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> found = find(node.get(i), path + "[" + i + "]", which);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> members = node.fields(); members.hasNext(); ) {
                Map.Entry<String, JsonNode> member = members.next();
                String memberPath = path.isEmpty() ? member.getKey() : path + "." + member.getKey();
                if (which.test(member.getKey(), member.getValue())) {
                    return Optional.of(memberPath);
                }
                Optional<String> found = find(member.getValue(), memberPath, which);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
