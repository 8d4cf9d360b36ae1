package org.mscpathway.platform.rulesets;

import java.util.List;
import org.mscpathway.platform.security.Actor;
import org.mscpathway.screening.Screening;
import org.mscpathway.workflow.pathway.CaseWhatIf.WhatIfReport;
import org.mscpathway.workflow.pathway.CaseWhatIf;
import org.mscpathway.workflow.pathway.WhatIfChange;

/**
 * The what-if of a proposed version: the cases whose outcome or fired rules it would change. The MRN is kept only
 * for a user who also works on cases (coordinator or physician), and only for the cases of their care teams; an
 * administrator alone sees case ids.
 */
record WhatIfResponse(String proposedVersion, int casesEvaluated, long outcomeChanges, long tookMillis,
                      List<WhatIfChange> changes) {

    /** Runs the what-if of a proposed version and times it (the figure governance sees beside the table). */
    static WhatIfResponse run(CaseWhatIf whatIf, Screening proposed, Actor actor) {
        long started = System.nanoTime();
        WhatIfReport report = whatIf.compare(proposed);
        return of(report, (System.nanoTime() - started) / 1_000_000, actor);
    }

    static WhatIfResponse of(WhatIfReport report, long tookMillis, Actor actor) {
        boolean patientData = mayReadPatientData(actor);
        return new WhatIfResponse(report.proposedVersion(), report.casesEvaluated(), report.outcomeChanges(),
                tookMillis, report.changes().stream()
                .map(change -> patientData && actor.teams().includes(change.team()) ? change
                        : change.withoutPatientData()).toList());
    }

    static boolean mayReadPatientData(Actor actor) {
        return actor.mayReadPatientData();
    }
}
