package org.mscpathway.interop.cdshooks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The CDS Hooks response ({@code {"cards": [...]}}) and what each card was about, so the application can record
 * the cards it issued and read later feedback against them. Holds no patient data beyond the cards' text.
 */
public record CdsResponse(ObjectNode json, List<IssuedCard> cards) {

    public CdsResponse {
        Objects.requireNonNull(json, "json");
        cards = List.copyOf(cards);
    }

    /** @param topic the rule id, or {@code missing-data}, {@code not-read}, {@code unreadable}, {@code eligible} */
    public record IssuedCard(UUID uuid, String topic, String indicator) {
    }
}
