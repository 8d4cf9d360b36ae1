package org.mscpathway.platform.ui.dashboard;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mscpathway.screening.assessment.RuleGroup;
import org.mscpathway.workflow.pathway.CaseStatus;
import org.mscpathway.workflow.pathway.Step;
import org.mscpathway.workflow.pathway.CareTeams;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic lead's numbers, read from the pathway's tables (read-only) for the cases of their care teams opened in a
 * period: how many reached each step, how they ended, and which rule groups excluded the ineligible ones. A case
 * reached a step if it waits there now or the pathway published an event at that step (completed, decided,
 * proposed, overdue).
 */
@Repository
class ScreeningFigures {

    private final JdbcClient jdbc;

    ScreeningFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Count(String key, long cases) {
    }

    record Figures(LocalDate from, LocalDate to, long opened, List<Count> reached, List<Count> outcomes,
                   List<Count> exclusions) {
    }

    /** The figures of the care teams' cases only. */
    @Transactional(readOnly = true)
    Figures of(LocalDate from, LocalDate to, ZoneId zone, CareTeams teams) {
        Map<String, Object> period = Map.of("from", Timestamp.from(from.atStartOfDay(zone).toInstant()),
                "to", Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()),
                "teams", teams.names().toArray(String[]::new));
        long opened = jdbc.sql("""
                SELECT count(*) FROM msc.screening_case
                 WHERE opened_at >= :from AND opened_at < :to AND team = ANY(CAST(:teams AS text[]))""")
                .params(period).query(Long.class).single();
        // the period's cases first (by the opened_at index), then only their events: the cost follows the period,
        // not every event ever published; materialized, so PostgreSQL does not trade the index for a parallel scan
        Map<String, Long> reached = counts("""
                WITH period AS MATERIALIZED (
                    SELECT id, current_step FROM msc.screening_case
                     WHERE opened_at >= :from AND opened_at < :to AND team = ANY(CAST(:teams AS text[])))
                SELECT s.step, count(DISTINCT s.case_id)
                  FROM (SELECT o.case_id, o.payload->>'step' AS step
                          FROM period p JOIN msc.outbox_event o ON o.case_id = p.id
                         WHERE o.type IN ('CaseOpened', 'StepCompleted', 'PlanProposed', 'PlanDecided', 'TaskOverdue')
                        UNION
                        SELECT id, current_step FROM period) s
                 WHERE s.step IS NOT NULL
                 GROUP BY s.step""", period);
        Map<String, Long> outcomes = counts("""
                SELECT status, count(*) FROM msc.screening_case
                 WHERE opened_at >= :from AND opened_at < :to AND team = ANY(CAST(:teams AS text[]))
                 GROUP BY status""", period);
        Map<String, Long> exclusions = counts("""
                SELECT f->>'group', count(DISTINCT c.id)
                  FROM msc.screening_case c
                  JOIN LATERAL (SELECT body FROM msc.case_assessment a WHERE a.case_id = c.id
                                 ORDER BY a.id DESC LIMIT 1) latest ON true
                 CROSS JOIN LATERAL jsonb_array_elements(latest.body->'findings') f
                 WHERE c.status = 'INELIGIBLE' AND f->>'severity' = 'ABSOLUTE'
                   AND c.opened_at >= :from AND c.opened_at < :to AND c.team = ANY(CAST(:teams AS text[]))
                 GROUP BY f->>'group'""", period);
        return new Figures(from, to, opened, ordered(reached, Step.values()),
                ordered(outcomes, CaseStatus.values()), ordered(exclusions, RuleGroup.values()));
    }

    private Map<String, Long> counts(String sql, Map<String, Object> period) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql(sql).params(period).query(rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    /** Every key in the pathway's order, zero where no case counts. */
    private static List<Count> ordered(Map<String, Long> counts, Enum<?>[] keys) {
        List<Count> ordered = new ArrayList<>();
        for (Enum<?> key : keys) {
            ordered.add(new Count(key.name(), counts.getOrDefault(key.name(), 0L)));
        }
        return List.copyOf(ordered);
    }
}
