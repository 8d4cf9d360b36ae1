package org.mscpathway.platform.ui.cases;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.mscpathway.platform.cases.CaseTimeline;
import org.mscpathway.platform.ui.Labels;
import org.mscpathway.workflow.pathway.CareTeams;
import org.mscpathway.workflow.pathway.CaseView;
import org.springframework.stereotype.Component;

/** A case's history as the case page shows it: the API's timeline, newest first, in words. */
@Component
class Timeline {

    private final CaseTimeline timeline;
    private final Labels labels;

    Timeline(CaseTimeline timeline, Labels labels) {
        this.timeline = timeline;
        this.labels = labels;
    }

    /** Newest first (entries of one instant in the API's order), for a case the user has been shown. */
    List<Entry> of(CaseView shown) {
        return timeline.of(shown.id(), CareTeams.of(shown.team())).stream()
                .sorted(Comparator.comparing(CaseTimeline.Entry::at).reversed())
                .map(this::labelled).toList();
    }

    private Entry labelled(CaseTimeline.Entry e) {
        if (CaseTimeline.Entry.EVENT.equals(e.kind())) {
            String what = words(e.type()) + (e.step() == null ? "" : ": " + step(e.step()));
            return new Entry(e.at(), e.kind(), e.actorRole(), what, e.outcome());
        }
        return new Entry(e.at(), e.kind(), e.user() + " (" + String.join(", ", e.roles()) + ")", e.action(),
                e.outcome());
    }

    private String step(String step) {
        try {
            return labels.step(step).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notAStep) {
            return step;
        }
    }

    /** CaseOpened → "Case opened". */
    private static String words(String type) {
        String spaced = type.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** {@code kind} is {@code event} (a pathway fact) or {@code action} (a user's attempt and how it ended). */
    record Entry(Instant at, String kind, String who, String what, String result) {
    }
}
