package org.mscpathway.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

        List<Notification> ofCase = notifications.forUser("coordinator2", Notifications.MAX_PAGE, null).stream()
                .filter(notification -> notification.caseId().equals(caseId))
                .toList();

        assertThat(ofCase).extracting(Notification::eventId, Notification::type, Notification::step,
                        Notification::outcome, Notification::read)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(closed, "CaseClosed", null, "REJECTED", false),
                        org.assertj.core.groups.Tuple.tuple(decided, "PlanDecided", "PLAN_APPROVAL", "REJECT", false));
        assertThat(ofCase.get(0).createdAt()).isAfterOrEqualTo(ofCase.get(1).createdAt());
        assertThat(notifications.forUser("coordinator", Notifications.MAX_PAGE, null)).noneMatch(n -> n.caseId().equals(caseId));
    }

    @Test
    void markReadMarksOnlyTheUsersOwnNotification() {
        UUID eventId = overdueNoticeOfNewCase("coordinator");
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

    @Test
    void markAllReadMarksEveryUnreadOfTheUserAndNoOneElses() {
        UUID caseId = newCaseOpenedBy("coordinator2");
        UUID first = publish("TaskOverdue", caseId, "PLAN_APPROVAL", null);
        UUID second = publish("TaskOverdue", caseId, "PLAN_APPROVAL", null);
        awaitRecipientsOf(first);
        awaitRecipientsOf(second);

        int marked = notifications.markAllRead("coordinator2");

        assertThat(marked).isGreaterThanOrEqualTo(2);
        assertThat(readOf("coordinator2", first)).isTrue();
        assertThat(readOf("coordinator2", second)).isTrue();
        assertThat(notifications.unreadCount("coordinator2", 10)).isZero();
        assertThat(readOf("physician", first)).isFalse();
        assertThat(notifications.markAllRead("coordinator2")).isZero();
    }

    @Test
    void pagesFollowOnWithoutGapOrOverlapAndAnotherUsersIdGivesNothing() {
        UUID caseId = newCaseOpenedBy("coordinator2");
        for (int i = 0; i < 5; i++) {
            publish("TaskOverdue", caseId, "PLAN_APPROVAL", null);
        }
        awaitEarlierEventsProcessed(caseId);
        List<Notification> whole = notifications.forUser("coordinator2", Notifications.MAX_PAGE, null);

        List<Notification> first = notifications.forUser("coordinator2", 2, null);
        List<Notification> second = notifications.forUser("coordinator2", 2, first.get(1).id());
        List<Notification> third = notifications.forUser("coordinator2", 2, second.get(1).id());

        assertThat(first).containsExactlyElementsOf(whole.subList(0, 2));
        assertThat(second).containsExactlyElementsOf(whole.subList(2, 4));
        assertThat(third).containsExactlyElementsOf(whole.subList(4, 6));
        long physiciansOwn = idOf("physician", whole.get(0).eventId());
        assertThat(notifications.forUser("coordinator2", 2, physiciansOwn)).isEmpty();
        assertThatThrownBy(() -> notifications.forUser("coordinator2", 0, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> notifications.forUser("coordinator2", Notifications.MAX_PAGE + 1, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unreadCountAndFindSeeOnlyTheUsersOwn() {
        UUID eventId = overdueNoticeOfNewCase("coordinator");
        long own = idOf("coordinator", eventId);
        long unread = notifications.unreadCount("coordinator", 1000);
        assertThat(notifications.unreadCount("coordinator", 1)).as("counted up to the cap").isEqualTo(1);

        notifications.markRead("coordinator", own);

        assertThat(notifications.unreadCount("coordinator", 1000)).isEqualTo(unread - 1);
        assertThat(notifications.find("coordinator", own)).hasValueSatisfying(n -> assertThat(n.read()).isTrue());
        assertThat(notifications.find("physician", own)).isEmpty();
    }

    /** A new case of the coordinator whose plan approval is overdue, once everyone has been told: the event's id. */
    private UUID overdueNoticeOfNewCase(String coordinator) {
        UUID eventId = publish("TaskOverdue", newCaseOpenedBy(coordinator), "PLAN_APPROVAL", null);
        awaitRecipientsOf(eventId);
        return eventId;
    }

    private long idOf(String username, UUID eventId) {
        return notificationOf(username, eventId).id();
    }

    private boolean readOf(String username, UUID eventId) {
        return notificationOf(username, eventId).read();
    }

    private Notification notificationOf(String username, UUID eventId) {
        return notifications.forUser(username, Notifications.MAX_PAGE, null).stream()
                .filter(notification -> notification.eventId().equals(eventId))
                .findFirst()
                .orElseThrow();
    }
}
