package org.mscpathway.platform.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mscpathway.notification.inbox.Notification;
import org.mscpathway.notification.inbox.Notifications;
import org.mscpathway.platform.problem.FieldProblem;
import org.mscpathway.platform.security.Actor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The signed-in user's in-app notifications, newest first, a page at a time ({@code limit}, default 100; a full
 * page links the next with {@code Link: <…?before=id>; rel="next"}); only one's own can be read or marked read.
 */
@RestController
@RequestMapping("/api/v1/notifications")
record NotificationController(Notifications notifications) {

    static final int DEFAULT_PAGE = 100;

    @GetMapping
    ResponseEntity<List<Listed>> mine(@RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Long before, Actor actor) {
        int size = limit == null ? DEFAULT_PAGE : limit;
        if (size < 1 || size > Notifications.MAX_PAGE) {
            throw new InvalidNotificationQueryException(
                    new FieldProblem("limit", "must be between 1 and " + Notifications.MAX_PAGE));
        }
        List<Notification> page = notifications.forUser(actor.username(), size, before);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (page.size() == size) {
            String next = UriComponentsBuilder.fromPath("/api/v1/notifications").queryParam("limit", size)
                    .queryParam("before", page.get(page.size() - 1).id()).toUriString();
            answer.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return answer.body(page.stream().map(Listed::of).toList());
    }

    @PostMapping("/{id}/read")
    ResponseEntity<Void> markRead(@PathVariable long id, Actor actor) {
        if (!notifications.markRead(actor.username(), id)) {
            // someone else's notification is answered like a missing one: its existence is not disclosed
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no notification " + id + " of yours");
        }
        return ResponseEntity.noContent().build();
    }

    /** A notification in the API's documented shape (docs/api.md), which the bell's stored outcome is not part of. */
    record Listed(long id, UUID eventId, String type, UUID caseId, String step, Instant createdAt, boolean read) {

        static Listed of(Notification n) {
            return new Listed(n.id(), n.eventId(), n.type(), n.caseId(), n.step(), n.createdAt(), n.read());
        }
    }
}
