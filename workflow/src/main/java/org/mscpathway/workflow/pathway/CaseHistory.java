package org.mscpathway.workflow.pathway;

import java.time.Instant;
import java.util.List;
import org.mscpathway.workflow.outbox.CaseEvent;

/**
 * What happened to a case, from the pathway's own records, oldest first: its events, who entered which data step,
 * and what each assessment concluded. The case page tells its clinical history from these (and from the case's
 * decisions and plan versions).
 */
public record CaseHistory(List<CaseEvent> events, List<Entered> entered, List<AssessmentDigest> assessments) {

    public CaseHistory {
        events = List.copyOf(events);
        entered = List.copyOf(entered);
        assessments = List.copyOf(assessments);
    }

    /** A data step saved: {@code step} is where the case waited (MISSING_DATA for data supplied on request). */
    public record Entered(Step step, String enteredBy, Instant enteredAt) {
    }
}
