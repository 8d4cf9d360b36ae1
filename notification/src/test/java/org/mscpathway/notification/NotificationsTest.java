package org.mscpathway.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscpathway.notification.inbox.Notification;
import org.mscpathway.notification.inbox.Notifications;
import org.springframework.beans.factory.annotation.Autowired;

/** The Java API behind {@code GET /api/v1/notifications} and {@code POST /api/v1/notifications/{id}/read}. */
class NotificationsTest extends NotificationIntegrationTest {

    @Autowired
    Notifications notifications;

    @Test
    void listsTheUsersOwnNotificationsNewestFirstInTheApiShape() {
        UUID caseId = newCaseOpenedBy("coordinator2");
        UUID decided = publish("PlanDecided", caseId, "PLAN_APPROVAL", "REJECT");
        UUID closed = publish("CaseClosed", caseId, null, "REJECTED");
        awaitRecipientsOf(closed);

        List<Notification> ofCase = notifications.forUser("coordinator2").stream()
                .filter(notification -> notification.caseId().equals(caseId))
                .toList();

        assertThat(ofCase).extracting(Notification::eventId, Notification::type, Notification::step,
                        Notification::read)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(closed, "CaseClosed", null, false),
                        org.assertj.core.groups.Tuple.tuple(decided, "PlanDecided", "PLAN_APPROVAL", false));
        assertThat(ofCase.get(0).createdAt()).isAfterOrEqualTo(ofCase.get(1).createdAt());
        assertThat(notifications.forUser("coordinator")).noneMatch(n -> n.caseId().equals(caseId));
    }

    @Test
    void markReadMarksOnlyTheUsersOwnNotification() {
        UUID caseId = newCaseOpenedBy("coordinator");
        UUID eventId = publish("TaskOverdue", caseId, "PLAN_APPROVAL", null);
        awaitRecipientsOf(eventId);
        long coordinatorsOwn = idOf("coordinator", eventId);
        long physiciansOwn = idOf("physician", eventId);

        boolean someoneElses = notifications.markRead("coordinator", physiciansOwn);
        boolean own = notifications.markRead("coordinator", coordinatorsOwn);

        assertThat(someoneElses).isFalse();
        assertThat(own).isTrue();
        assertThat(readOf("coordinator", eventId)).isTrue();
        assertThat(readOf("physician", eventId)).isFalse();
        assertThat(notifications.markRead("coordinator", Long.MAX_VALUE)).isFalse();
    }

    private long idOf(String username, UUID eventId) {
        return notificationOf(username, eventId).id();
    }

    private boolean readOf(String username, UUID eventId) {
        return notificationOf(username, eventId).read();
    }

    private Notification notificationOf(String username, UUID eventId) {
        return notifications.forUser(username).stream()
                .filter(notification -> notification.eventId().equals(eventId))
                .findFirst()
                .orElseThrow();
    }
}
