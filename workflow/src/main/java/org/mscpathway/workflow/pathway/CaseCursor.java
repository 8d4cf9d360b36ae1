package org.mscpathway.workflow.pathway;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a page of a case list ends: the last card's {@code (opened_at, id)}, the lists' order. The next page starts
 * after it, so a page costs the same however deep it is and a case opened meanwhile does not shift the pages. It
 * travels as an opaque token ({@link #token()}): clients pass back what they were given.
 */
public record CaseCursor(Instant openedAt, UUID id) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    public CaseCursor {
        java.util.Objects.requireNonNull(openedAt, "openedAt");
        java.util.Objects.requireNonNull(id, "id");
    }

    static CaseCursor after(CaseSummary last) {
        return new CaseCursor(last.openedAt(), last.id());
    }

    public String token() {
        return ENCODER.encodeToString((openedAt + "_" + id).getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Reads a token this platform gave; anything else is a field error on {@code field}.
     *
     * @return null for an absent or blank token (the first page)
     */
    public static CaseCursor parse(String field, String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.US_ASCII);
            int cut = text.indexOf('_');
            return new CaseCursor(Instant.parse(text.substring(0, cut)), UUID.fromString(text.substring(cut + 1)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException | DateTimeParseException e) {
            throw new InvalidCaseDataException(field, "must be the cursor a previous page gave (its next link)");
        }
    }
}
