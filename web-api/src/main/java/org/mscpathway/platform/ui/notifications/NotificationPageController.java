package org.mscpathway.platform.ui.notifications;

import java.util.List;
import org.mscpathway.notification.inbox.Notification;
import org.mscpathway.notification.inbox.Notifications;
import org.mscpathway.platform.security.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The bell's page: the signed-in user's notifications, newest first, 50 a page; opening one marks it read. */
@Controller
class NotificationPageController {

    private static final int PAGE = 50;

    private final Notifications notifications;

    NotificationPageController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String mine(@RequestParam(required = false) Long before, Actor actor, Model model) {
        List<Notification> page = notifications.forUser(actor.username(), PAGE, before);
        model.addAttribute("notifications", page);
        model.addAttribute("older", page.size() == PAGE ? page.get(PAGE - 1).id() : null);
        return "notifications/notifications";
    }

    /** Marks one of mine read and opens its case. */
    @PostMapping("/notifications/{id}/read")
    String open(@PathVariable long id, Actor actor) {
        Notification notification = notifications.find(actor.username(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        notifications.markRead(actor.username(), id);
        return notification.caseId() == null ? "redirect:/notifications" : "redirect:/cases/" + notification.caseId();
    }
}
