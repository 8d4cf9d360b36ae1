package org.mscpathway.platform.rulesets;

import java.time.Duration;
import org.mscpathway.workflow.pathway.CaseStatus;
import org.mscpathway.workflow.pathway.CaseSummary;
import org.mscpathway.workflow.ruleset.RulesetGovernance;
import org.springframework.stereotype.Component;

/**
 * Which version is active, as the board asks it once per card ({@code @activeRuleset.isOlder(card)}): read from
 * the database at most every few seconds, so a board of hundreds of cards costs one query, and an activation on
 * any instance shows within that time.
 */
@Component("activeRuleset")
public class ActiveRuleset {

    private static final Duration FRESH_FOR = Duration.ofSeconds(3);

    private final RulesetGovernance governance;
    private volatile Read last;

    ActiveRuleset(RulesetGovernance governance) {
        this.governance = governance;
    }

    /** An open case screened under a version other than the active one. */
    public boolean isOlder(CaseSummary card) {
        return card.status() == CaseStatus.OPEN && !card.rulesetVersion().equals(version());
    }

    public String version() {
        Read read = last;
        long now = System.nanoTime();
        if (read == null || now - read.at() > FRESH_FOR.toNanos()) {
            read = new Read(governance.active().rulesetVersion(), now);
            last = read;
        }
        return read.version();
    }

    private record Read(String version, long at) {
    }
}
