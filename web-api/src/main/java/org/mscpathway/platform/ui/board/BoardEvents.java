package org.mscpathway.platform.ui.board;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.mscpathway.workflow.pathway.CareTeams;
import org.mscpathway.workflow.pathway.ScreeningCases;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open board pages, each an event stream. When a case changes anywhere in the cluster, every page of a user in
 * the case's care team is told {@code case-changed} (with the event type only: no case data travels on the stream)
 * and reloads its columns; the other teams' pages hear nothing of it.
 */
@Component
class BoardEvents implements DisposableBean {

    static final String CASE_CHANGED = "case-changed";
    /** A browser reconnects by itself when a stream ends; a bounded stream lets the server reclaim stale ones. */
    private static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

    private final Map<SseEmitter, CareTeams> emitters = new ConcurrentHashMap<>();
    private final ScreeningCases cases;

    BoardEvents(ScreeningCases cases) {
        this.cases = cases;
    }

    SseEmitter subscribe(CareTeams teams) {
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        emitters.put(emitter, teams);
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

    /**
     * Tells the open boards of the case's team that it changed; {@code type} is the case event's type, e.g.
     * CaseClosed. A case whose team is unknown (no case id, or not in this database) is told to nobody.
     */
    void caseChanged(String type, Optional<UUID> caseId) {
        Optional<String> team = caseId.flatMap(cases::teamOf);
        if (team.isEmpty()) {
            return;
        }
        emitters.forEach((emitter, teams) -> {
            if (!teams.includes(team.get())) {
                return;
            }
            try {
                emitter.send(SseEmitter.event().name(CASE_CHANGED).data(type));
            } catch (IOException | IllegalStateException gone) {
                emitters.remove(emitter);
            }
        });
    }

    int subscribers() {
        return emitters.size();
    }

    @Override
    public void destroy() {
        emitters.keySet().forEach(SseEmitter::complete);
        emitters.clear();
    }
}
