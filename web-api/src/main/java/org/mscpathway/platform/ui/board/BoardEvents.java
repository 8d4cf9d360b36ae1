package org.mscpathway.platform.ui.board;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open board pages, each an event stream. When a case changes anywhere in the cluster, every page is told
 * {@code case-changed} (with the event type only: no case data travels on the stream) and reloads its columns.
 */
@Component
class BoardEvents implements DisposableBean {

    static final String CASE_CHANGED = "case-changed";
    /** A browser reconnects by itself when a stream ends; a bounded stream lets the server reclaim stale ones. */
    private static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

    private final Set<SseEmitter> emitters = ConcurrentHashMap.newKeySet();

    SseEmitter subscribe() {
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        emitters.add(emitter);
        emitter.onCompletion(() -> emitters.remove(emitter));
        emitter.onTimeout(() -> emitters.remove(emitter));
        emitter.onError(error -> emitters.remove(emitter));
        try {
            // an opening comment makes the browser's EventSource report the stream open at once
            emitter.send(SseEmitter.event().comment("board"));
        } catch (IOException e) {
            emitters.remove(emitter);
        }
        return emitter;
    }

    /** Tells every open board that a case changed; {@code type} is the case event's type, e.g. CaseClosed. */
    void caseChanged(String type) {
        for (SseEmitter emitter : emitters) {
            try {
                emitter.send(SseEmitter.event().name(CASE_CHANGED).data(type));
            } catch (IOException | IllegalStateException gone) {
                emitters.remove(emitter);
            }
        }
    }

    int subscribers() {
        return emitters.size();
    }

    @Override
    public void destroy() {
        emitters.forEach(SseEmitter::complete);
        emitters.clear();
    }
}
