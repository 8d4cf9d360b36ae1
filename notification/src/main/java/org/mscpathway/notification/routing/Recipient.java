package org.mscpathway.notification.routing;

import java.util.Objects;

/**
 * A platform user to tell about a case event.
 *
 * @param username the user's sign-in name: their in-app notifications are stored under it
 * @param email    where to send email, or {@code null}: then the user is told in-app only
 * @param language the language the user chose for the platform ({@code zh-CN}: emails in Simplified Chinese), or
 *                 {@code null}: English
 */
public record Recipient(String username, String email, String language) {

    public Recipient {
        Objects.requireNonNull(username, "username");
        if (username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
        email = email == null || email.isBlank() ? null : email.strip();
        language = language == null || language.isBlank() ? null : language.strip();
    }

    /** A user who chose no language: emails in English. */
    public Recipient(String username, String email) {
        this(username, email, null);
    }

    public static Recipient inAppOnly(String username) {
        return new Recipient(username, null);
    }
}
