package org.mscpathway.platform.ui.notifications;

import java.util.List;
import org.mscpathway.notification.inbox.Notification;
import org.mscpathway.notification.inbox.Notifications;
import org.mscpathway.platform.security.Actor;
import org.mscpathway.workflow.pathway.CaseSummary;
import org.mscpathway.workflow.pathway.ScreeningCases;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The bell's page: the signed-in user's notifications, newest first, 50 a page, each saying which patient (for users
 * of the case's care team: the events themselves carry no patient data) and what is needed ({@link Notices}); opening
 * one marks it read and goes to where the work is done.
 */
@Controller
record NotificationPageController(Notifications notifications, ScreeningCases cases, Notices notices) {

    private static final int PAGE = 50;

    @GetMapping("/notifications")
    String mine(@RequestParam(required = false) Long before, Actor actor, Model model) {
        List<Notification> page = notifications.forUser(actor.username(), PAGE, before);
        model.addAttribute("notices", notices.of(page, actor));
        model.addAttribute("older", page.size() == PAGE ? page.get(PAGE - 1).id() : null);
        return "notifications/notifications";
    }

    /**
     * Marks one of mine read and opens the page where its work is done now: a physician's review, the missing items,
     * else the case.
     */
    @PostMapping("/notifications/{id}/read")
    String open(@PathVariable long id, Actor actor) {
        Notification notification = notifications.find(actor.username(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        notifications.markRead(actor.username(), id);
        if (notification.caseId() == null) {
            return "redirect:/notifications";
        }
        CaseSummary card = cases.cards(List.of(notification.caseId()), actor.teams()).get(notification.caseId());
        return "redirect:" + Notices.whereTheWorkIs(notification.caseId(), card, actor);
    }

    @PostMapping("/notifications/read-all")
    String markAllRead(Actor actor, RedirectAttributes flash) {
        notifications.markAllRead(actor.username());
        flash.addFlashAttribute("notice", "All notifications are marked read.");
        return "redirect:/notifications";
    }
}
