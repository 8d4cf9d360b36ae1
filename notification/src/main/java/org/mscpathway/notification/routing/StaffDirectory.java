package org.mscpathway.notification.routing;

import java.util.List;
import java.util.Optional;

/**
 * The platform's users, as the notification module needs them. The application that owns the user store (web-api,
 * over its user table) provides exactly one bean of this type wherever the consumer runs
 * ({@code msc.notification.enabled}, default true); without it the application does not start.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #withRole} returns every <em>enabled</em> user holding the role who works in the care team, once each,
 *       in any order; an empty list when there is none. Roles are the platform's: {@code COORDINATOR},
 *       {@code PHYSICIAN}, {@code ADMIN}; a care team is an opaque name ({@code main}, {@code ward-3}).</li>
 *   <li>{@link #byUsername} returns the user with that sign-in name if it exists and is enabled.</li>
 *   <li>{@link #worksIn} says whether that user works in the care team (an unknown user does not).</li>
 *   <li>A {@link Recipient} carries the user's email address when one is known, else {@code null} (in-app only).</li>
 *   <li>They are called on Kafka consumer threads, concurrently, once per routed event, before the transaction that
 *       stores the notifications: implementations are thread-safe and quick (a query on an indexed table is fine).
 *       </li>
 *   <li>A transient failure (the user store cannot be reached) is signalled by throwing, e.g. a
 *       {@code DataAccessException}: the event is retried with back-off and, if it keeps failing, dead-lettered.
 *       Never return an empty result for a failure: that would silently tell nobody.</li>
 * </ul>
 */
public interface StaffDirectory {

    List<Recipient> withRole(String role, String team);

    Optional<Recipient> byUsername(String username);

    boolean worksIn(String username, String team);
}
