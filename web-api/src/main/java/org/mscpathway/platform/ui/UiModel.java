package org.mscpathway.platform.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.mscpathway.notification.inbox.Notifications;
import org.mscpathway.platform.security.CurrentActor;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in user (with the bell's unread count) into the model of every UI page, and the page's own address,
 * to which the header's language selector comes back.
 */
@ControllerAdvice(basePackages = "org.mscpathway.platform.ui")
class UiModel {

    private final CurrentActor currentActor;
    private final Notifications notifications;

    UiModel(CurrentActor currentActor, Notifications notifications) {
        this.currentActor = currentActor;
        this.notifications = notifications;
    }

    @ModelAttribute("me")
    SignedIn me() {
        return currentActor.find()
                .map(actor -> new SignedIn(actor, notifications.unreadCount(actor.username(), SignedIn.BELL_COUNTS_TO)))
                .orElse(null);
    }

    @ModelAttribute("here")
    String here(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
