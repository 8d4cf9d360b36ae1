package org.mscpathway.platform.notifications;

import java.util.List;
import org.mscpathway.notification.inbox.Notification;
import org.mscpathway.notification.inbox.Notifications;
import org.mscpathway.platform.security.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The signed-in user's in-app notifications, newest first; only one's own can be read or marked read. */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    List<Notification> mine(Actor actor) {
        return notifications.forUser(actor.username());
    }

    @PostMapping("/{id}/read")
    ResponseEntity<Void> markRead(@PathVariable long id, Actor actor) {
        if (!notifications.markRead(actor.username(), id)) {
            // someone else's notification is answered like a missing one: its existence is not disclosed
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no notification " + id + " of yours");
        }
        return ResponseEntity.noContent().build();
    }
}
