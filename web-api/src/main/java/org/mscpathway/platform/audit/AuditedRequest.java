package org.mscpathway.platform.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an HTTP request attempted, as the audit trail names it: the method and the path with ids replaced by
 * {@code {id}} (never the query or the body), and the case it concerns, if any.
 */
record AuditedRequest(String action, UUID caseId) {

    private static final Pattern UUID_SEGMENT =
            Pattern.compile("(?<=/)[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?=/|$)");
    private static final Pattern CASE_PATH = Pattern.compile("^/api/v\\d+/cases/([0-9a-fA-F-]{36})(/.*)?$");

    static AuditedRequest of(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String action = request.getMethod() + " " + UUID_SEGMENT.matcher(path).replaceAll("{id}");
        if (action.length() > AuditTrail.MAX_ACTION_LENGTH) {
            action = action.substring(0, AuditTrail.MAX_ACTION_LENGTH);
        }
        return new AuditedRequest(action, caseId(path));
    }

    private static UUID caseId(String path) {
        Matcher matcher = CASE_PATH.matcher(path);
        if (!matcher.matches()) {
            return null;
        }
        try {
            return UUID.fromString(matcher.group(1));
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /** A case opened by this request is named by the Location header of its 201 answer. */
    AuditedRequest withCreatedCase(String location) {
        if (caseId != null || location == null) {
            return this;
        }
        Matcher matcher = UUID_SEGMENT.matcher(location);
        String last = null;
        while (matcher.find()) {
            last = matcher.group();
        }
        return last == null ? this : new AuditedRequest(action, UUID.fromString(last));
    }
}
