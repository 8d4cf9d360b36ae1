package org.mscpathway.notification.email;

/** A rendered email: built from a case event's ids and codes only. */
record CaseEmail(String subject, String body) {
}
