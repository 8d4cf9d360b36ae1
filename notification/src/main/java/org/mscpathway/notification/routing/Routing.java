package org.mscpathway.notification.routing;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.mscpathway.notification.event.CaseEvent;
import org.mscpathway.notification.event.CaseEventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Decides who is told of a case event: the routes of its type, resolved through the {@link RecipientDirectory}. */
public class Routing {

    private static final Logger log = LoggerFactory.getLogger(Routing.class);
    private static final String PHYSICIAN = "PHYSICIAN";

    /**
     * Physicians hear what needs a physician (a plan to approve, an ineligibility to confirm); the coordinator hears
     * what needs them or ends their work (missing data, the decision, the closing); an overdue task escalates to both.
     */
    static final Map<CaseEventType, List<Route>> DEFAULT_ROUTES = Map.of(
            CaseEventType.PlanProposed, List.of(Route.roles(PHYSICIAN)),
            CaseEventType.AssessmentCompleted, List.of(
                    Route.roles(PHYSICIAN).forOutcome("INELIGIBLE"),
                    Route.coordinatorOnly().forOutcome("INCOMPLETE")),
            CaseEventType.PlanDecided, List.of(Route.coordinatorOnly()),
            CaseEventType.CaseClosed, List.of(Route.coordinatorOnly()),
            CaseEventType.TaskOverdue, List.of(new Route(Set.of(), Set.of(PHYSICIAN), true)));

    private final Map<CaseEventType, List<Route>> routes;
    private final RecipientDirectory directory;

    /** @param configured routes per type; a type configured here replaces its default, the others keep theirs */
    Routing(Map<CaseEventType, List<Route>> configured, RecipientDirectory directory) {
        Map<CaseEventType, List<Route>> merged = new EnumMap<>(CaseEventType.class);
        merged.putAll(DEFAULT_ROUTES);
        merged.putAll(configured);
        this.routes = Map.copyOf(merged);
        this.directory = directory;
    }

    /** @return each user to tell, once, even when several routes name them */
    public Collection<Recipient> recipientsOf(CaseEvent event) {
        Map<String, Recipient> byUsername = new LinkedHashMap<>();
        routesOf(event.type())
                .filter(route -> route.appliesTo(event.outcome()))
                .flatMap(route -> audienceOf(route, event))
                .forEach(recipient -> byUsername.putIfAbsent(recipient.username(), recipient));
        return List.copyOf(byUsername.values());
    }

    List<Route> routesFor(CaseEventType type) {
        return routes.getOrDefault(type, List.of());
    }

    private Stream<Route> routesOf(String type) {
        return Stream.of(CaseEventType.values())
                .filter(known -> known.name().equals(type))
                .findFirst()
                .map(known -> routesFor(known).stream())
                .orElseGet(Stream::empty);
    }

    private Stream<Recipient> audienceOf(Route route, CaseEvent event) {
        Stream<Recipient> byRole = route.roles().stream()
                .flatMap(role -> directory.withRole(role, event.caseId()).stream());
        if (!route.coordinator()) {
            return byRole;
        }
        Optional<Recipient> coordinator = directory.coordinatorOf(event.caseId());
        if (coordinator.isEmpty()) {
            log.warn("Case {} of event {} has no coordinator to tell: the case directory does not know it or its"
                    + " opener no longer works in its care team", event.caseId(), event.eventId());
        }
        return Stream.concat(byRole, coordinator.stream());
    }
}
