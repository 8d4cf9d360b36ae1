package org.mscpathway.platform.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.mscpathway.notification.inbox.Notifications;
import org.mscpathway.platform.security.Actor;
import org.mscpathway.platform.security.CurrentActor;
import org.mscpathway.workflow.pathway.CasePage;
import org.mscpathway.workflow.pathway.Role;
import org.mscpathway.workflow.pathway.ScreeningCases;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in user (with the bell's unread count) into the model of every UI page and of the {@link UiPage}s
 * elsewhere, and the page's own address, to which the header's language selector comes back.
 */
@ControllerAdvice(basePackages = "org.mscpathway.platform.ui", annotations = UiPage.class)
record UiModel(CurrentActor currentActor, Notifications notifications, ScreeningCases cases) {

    @ModelAttribute("me")
    SignedIn me() {
        return currentActor.find()
                .map(actor -> new SignedIn(actor, notifications.unreadCount(actor.username(), SignedIn.BELL_COUNTS_TO),
                        reviewsWaiting(actor)))
                .orElse(null);
    }

    /** One capped page of the physician's worklist (its index serves it), so the count costs the same at any size. */
    private long reviewsWaiting(Actor actor) {
        if (!actor.has(Role.PHYSICIAN)) {
            return 0;
        }
        return cases.worklist(actor.username(), Set.of(Role.PHYSICIAN), actor.teams(),
                CasePage.Request.first(SignedIn.BELL_COUNTS_TO)).cases().size();
    }

    @ModelAttribute("here")
    String here(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
