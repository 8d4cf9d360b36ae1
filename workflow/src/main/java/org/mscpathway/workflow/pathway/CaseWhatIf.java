package org.mscpathway.workflow.pathway;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.mscpathway.screening.Screening;
import org.mscpathway.screening.assessment.Assessment;
import org.mscpathway.screening.assessment.EvaluationMode;
import org.mscpathway.screening.assessment.Finding;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-evaluates every open case and every case closed in the last 12 months under a proposed ruleset and under the
 * version of the case's latest assessment, with the same record, mode and day, so that any difference is the
 * ruleset's alone. An open case is evaluated as of today (its next evaluation will be); a closed one as of the day
 * of its latest assessment (its results were young enough then). Cases never assessed have nothing to compare.
 * Reads only: nothing is stored, nothing is published.
 */
@Service
public class CaseWhatIf {

    /** Governance asked for the closed cases of the last year: long enough to see a change's effect on a cohort. */
    static final Period CLOSED_WITHIN = Period.ofMonths(12);

    private final CaseStore cases;
    private final AssessmentLog assessments;
    private final CaseRecords records;
    private final Rulesets rulesets;
    private final Clock clock;

    CaseWhatIf(CaseStore cases, AssessmentLog assessments, CaseRecords records, Rulesets rulesets, Clock clock) {
        this.cases = cases;
        this.assessments = assessments;
        this.records = records;
        this.rulesets = rulesets;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public WhatIfReport compare(Screening proposed) {
        LocalDate today = LocalDate.now(clock);
        Instant since = today.minus(CLOSED_WITHIN).atStartOfDay(clock.getZone()).toInstant();
        var latest = assessments.latestHeaders(since);
        List<WhatIfChange> changes = new ArrayList<>();
        int evaluated = 0;
        for (StoredCase stored : cases.openOrClosedSince(since)) {
            AssessmentLog.Header header = latest.get(stored.id());
            if (header == null) {
                continue;
            }
            evaluated++;
            LocalDate day = stored.isOpen() ? today : LocalDate.ofInstant(header.assessedAt(), clock.getZone());
            EvaluationMode mode = EvaluationMode.valueOf(header.mode());
            Screening before = rulesets.forCase(header.rulesetVersion());
            Assessment from = before.evaluate(records.of(stored, before, day), mode);
            Assessment to = proposed.evaluate(records.of(stored, proposed, day), mode);
            WhatIfChange change = change(stored, before.rulesetVersion(), from, to);
            if (change.outcomeChanges() || !change.rulesAppeared().isEmpty()
                    || !change.rulesDisappeared().isEmpty()) {
                changes.add(change);
            }
        }
        return new WhatIfReport(proposed.rulesetVersion(), evaluated, changes);
    }

    private static WhatIfChange change(StoredCase stored, String fromVersion, Assessment from, Assessment to) {
        Set<String> before = ruleIds(from);
        Set<String> after = ruleIds(to);
        return new WhatIfChange(stored.id(), stored.team(), stored.mrn(),
                stored.status(), stored.currentStep(), fromVersion, from.outcome().name(), to.outcome().name(),
                after.stream().filter(id -> !before.contains(id)).toList(),
                before.stream().filter(id -> !after.contains(id)).toList());
    }

    private static Set<String> ruleIds(Assessment assessment) {
        return assessment.findings().stream().map(Finding::ruleId).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * @param casesEvaluated how many cases were re-evaluated (open, or closed within 12 months, and assessed)
     * @param changes        the cases whose outcome or fired rules would change, oldest case first
     */
    public record WhatIfReport(String proposedVersion, int casesEvaluated, List<WhatIfChange> changes) {

        public WhatIfReport {
            changes = List.copyOf(changes);
        }

        public long outcomeChanges() {
            return changes.stream().filter(WhatIfChange::outcomeChanges).count();
        }
    }
}
