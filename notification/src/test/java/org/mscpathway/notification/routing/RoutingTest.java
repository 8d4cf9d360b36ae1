package org.mscpathway.notification.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscpathway.notification.event.CaseEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Routes as configured in {@code msc.notification.routes.*}, over a small in-memory directory. */
class RoutingTest {

    static final UUID CASE = UUID.randomUUID();
    static final Recipient PHYSICIAN = new Recipient("physician", "physician@clinic.test");
    static final Recipient CHIEF = new Recipient("chief", "chief@clinic.test");
    static final Recipient COORDINATOR = new Recipient("coordinator", null);

    /** The chief is both physician and admin; the case was opened by the coordinator; no other case is known. */
    static final RecipientDirectory DIRECTORY = new RecipientDirectory() {
        @Override
        public List<Recipient> withRole(String role, UUID caseId) {
            if (!caseId.equals(CASE)) {
                return List.of();
            }
            return switch (role) {
                case "PHYSICIAN" -> List.of(PHYSICIAN, CHIEF);
                case "ADMIN" -> List.of(CHIEF);
                default -> List.of();
            };
        }

        @Override
        public Optional<Recipient> coordinatorOf(UUID caseId) {
            return caseId.equals(CASE) ? Optional.of(COORDINATOR) : Optional.empty();
        }
    };

    @Test
    void configuredTypeReplacesItsDefaultRoutesAndTheOtherTypesKeepTheirs() {
        Routing routing = routing(Map.of(
                "msc.notification.routes.PlanDecided[0].outcomes", "REJECT",
                "msc.notification.routes.PlanDecided[0].roles", "ADMIN",
                "msc.notification.routes.PlanDecided[0].coordinator", "true"));

        assertThat(routing.recipientsOf(event("PlanDecided", "REJECT"))).containsExactly(CHIEF, COORDINATOR);
        assertThat(routing.recipientsOf(event("PlanDecided", "APPROVE"))).isEmpty();
        assertThat(routing.recipientsOf(event("CaseClosed", "APPROVED"))).containsExactly(COORDINATOR);
    }

    @Test
    void aRouteWithoutAudienceSilencesItsType() {
        Routing routing = routing(Map.of("msc.notification.routes.plan-proposed[0].coordinator", "false"));

        assertThat(routing.recipientsOf(event("PlanProposed", "1"))).isEmpty();
    }

    @Test
    void someoneNamedByTwoRoutesIsToldOnce() {
        Routing routing = routing(Map.of(
                "msc.notification.routes.TaskOverdue[0].roles", "PHYSICIAN,ADMIN",
                "msc.notification.routes.TaskOverdue[0].coordinator", "true"));

        assertThat(routing.recipientsOf(event("TaskOverdue", null)))
                .containsExactlyInAnyOrder(PHYSICIAN, CHIEF, COORDINATOR);
    }

    @Test
    void caseThatIsNotKnownReachesNobodyForItsCareTeamIsUnknown() {
        Routing routing = routing(Map.of());

        CaseEvent unknownCase = new CaseEvent(UUID.randomUUID(), "TaskOverdue", Instant.now(), UUID.randomUUID(),
                "PLAN_APPROVAL", null);

        assertThat(routing.recipientsOf(unknownCase)).isEmpty();
    }

    private static Routing routing(Map<String, String> properties) {
        RoutingProperties bound = new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("msc.notification", RoutingProperties.class);
        return new Routing(bound.routes(), DIRECTORY);
    }

    private static CaseEvent event(String type, String outcome) {
        return new CaseEvent(UUID.randomUUID(), type, Instant.now(), CASE, "PLAN_APPROVAL", outcome);
    }
}
