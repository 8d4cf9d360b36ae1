package org.mscpathway.interop.cdshooks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One item of a CDS Hooks feedback request: what the clinician did with a card (accepted or overridden, with the
 * override reason) and when.
 */
public record CardFeedback(UUID card, String outcome, String overrideReasonCode, String overrideReasonDisplay,
                           String userComment, Instant outcomeTimestamp) {

    public CardFeedback {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(outcomeTimestamp, "outcomeTimestamp");
    }

    /** Reads {@code {"feedback": [{"card", "outcome", "overrideReason", "outcomeTimestamp"}]}}. */
    public static List<CardFeedback> read(JsonNode body) {
        JsonNode items = body == null ? null : body.path("feedback");
        if (items == null || !items.isArray() || items.isEmpty()) {
            throw new InvalidCdsRequestException("feedback", "must be a non-empty array");
        }
        List<CardFeedback> feedback = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String path = "feedback[" + i + "]";
            UUID card = uuid(item.path("card"), path + ".card");
            String outcome = item.path("outcome").asText("");
            if (!outcome.equals("accepted") && !outcome.equals("overridden")) {
                throw new InvalidCdsRequestException(path + ".outcome", "must be accepted or overridden");
            }
            JsonNode reason = item.path("overrideReason");
            feedback.add(new CardFeedback(card, outcome, text(reason.path("reason").path("code")),
                    text(reason.path("reason").path("display")), text(reason.path("userComment")),
                    instant(item.path("outcomeTimestamp"), path + ".outcomeTimestamp")));
        }
        return feedback;
    }

    private static UUID uuid(JsonNode node, String path) {
        try {
            return UUID.fromString(node.asText(""));
        } catch (IllegalArgumentException e) {
            throw new InvalidCdsRequestException(path, "must be the uuid of a card this service returned");
        }
    }

    private static Instant instant(JsonNode node, String path) {
        try {
            return java.time.OffsetDateTime.parse(node.asText("")).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidCdsRequestException(path, "must be a date-time with its offset (ISO 8601)");
        }
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }
}
