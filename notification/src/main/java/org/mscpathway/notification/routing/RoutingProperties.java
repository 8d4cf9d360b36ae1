package org.mscpathway.notification.routing;

import java.util.List;
import java.util.Map;
import org.mscpathway.notification.event.CaseEventType;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param routes who is told of each event type ({@code msc.notification.routes.<Type>[n]}); a type listed here
 *               replaces its default routes
 */
@ConfigurationProperties("msc.notification")
public record RoutingProperties(Map<CaseEventType, List<Route>> routes) {

    public RoutingProperties {
        routes = routes == null ? Map.of() : Map.copyOf(routes);
    }
}
