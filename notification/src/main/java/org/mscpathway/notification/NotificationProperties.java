package org.mscpathway.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The switch of the notification module ({@code msc.notification.enabled}). Each part reads its own settings under
 * the same prefix (the consumer's {@code IntakeProperties}, the email channel's {@code EmailProperties}, the routes'
 * {@code RoutingProperties}), so that no part depends on this package, which imports them all.
 *
 * @param enabled runs the case-event consumer and the email sender in this instance; the in-app notification API
 *                ({@code Notifications}) is there either way
 */
@ConfigurationProperties("msc.notification")
public record NotificationProperties(@DefaultValue("true") boolean enabled) {
}
