package org.mscpathway.platform.cases;

import java.util.List;
import java.util.UUID;
import org.mscpathway.platform.audit.PatientDataReads;
import org.mscpathway.platform.security.Actor;
import org.mscpathway.workflow.pathway.ScreeningCases;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/cases/{id}/timeline}: who did what to the case (the audit trail, refused attempts included)
 * interleaved with what the pathway did (its events), oldest first.
 */
@RestController
record TimelineController(ScreeningCases cases, CaseTimeline timeline, PatientDataReads reads) {

    /** Who read the case's patient data, when and through what; for physicians. */
    @GetMapping("/api/v1/cases/{id}/access-log")
    List<PatientDataReads.Access> accessLog(@PathVariable UUID id, Actor actor) {
        cases.events(id, actor.teams());  // 404 for an unknown case, or one of another care team
        return reads.of(id);
    }

    @GetMapping("/api/v1/cases/{id}/timeline")
    List<CaseTimeline.Entry> timeline(@PathVariable UUID id, Actor actor) {
        return timeline.of(id, actor.teams());
    }
}
