package org.mscpathway.platform.ui.notifications;

import org.mscpathway.notification.inbox.Notifications;
import org.mscpathway.platform.security.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/** The bell's page: the signed-in user's notifications, newest first; opening one marks it read. */
@Controller
class NotificationPageController {

    private final Notifications notifications;

    NotificationPageController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String mine(Actor actor, Model model) {
        model.addAttribute("notifications", notifications.forUser(actor.username()));
        return "notifications/notifications";
    }

    /** Marks one of mine read and opens its case. */
    @PostMapping("/notifications/{id}/read")
    String open(@PathVariable long id, Actor actor) {
        var notification = notifications.forUser(actor.username()).stream().filter(n -> n.id() == id).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        notifications.markRead(actor.username(), id);
        return notification.caseId() == null ? "redirect:/notifications" : "redirect:/cases/" + notification.caseId();
    }
}
