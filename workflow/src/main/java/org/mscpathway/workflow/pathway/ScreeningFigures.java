package org.mscpathway.workflow.pathway;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mscpathway.screening.assessment.RuleGroup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic lead's numbers, read from the pathway's tables (read-only) for the cases opened in a period: how many
 * reached each step, how they ended, and which rule groups excluded the ineligible ones. A case reached a step if it
 * waits there now or the pathway published an event at that step (completed, decided, proposed, overdue). The
 * workflow owns every table read here; the dashboard asks this class rather than the tables.
 */
@Repository
public class ScreeningFigures {

    private final JdbcClient jdbc;

    ScreeningFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param key a step, status or rule group name; {@code cases} how many cases count under it */
    public record Count(String key, long cases) {
    }

    /** Every list holds every key in the pathway's order, zero where no case counts. */
    public record Figures(LocalDate from, LocalDate to, long opened, List<Count> reached, List<Count> outcomes,
                   List<Count> exclusions) {
    }

    @Transactional(readOnly = true)
    public Figures of(LocalDate from, LocalDate to, ZoneId zone) {
        Map<String, Object> period = Map.of("from", Timestamp.from(from.atStartOfDay(zone).toInstant()),
                "to", Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()));
        long opened = jdbc.sql("SELECT count(*) FROM msc.screening_case WHERE opened_at >= :from AND opened_at < :to")
                .params(period).query(Long.class).single();
        Map<String, Long> reached = counts("""
                SELECT s.step, count(DISTINCT c.id)
                  FROM msc.screening_case c
                  JOIN (SELECT case_id, payload->>'step' AS step FROM msc.outbox_event
                         WHERE type IN ('CaseOpened', 'StepCompleted', 'PlanProposed', 'PlanDecided', 'TaskOverdue')
                        UNION
                        SELECT id, current_step FROM msc.screening_case) s ON s.case_id = c.id
                 WHERE c.opened_at >= :from AND c.opened_at < :to AND s.step IS NOT NULL
                 GROUP BY s.step""", period);
        Map<String, Long> outcomes = counts("""
                SELECT status, count(*) FROM msc.screening_case
                 WHERE opened_at >= :from AND opened_at < :to GROUP BY status""", period);
        Map<String, Long> exclusions = counts("""
                SELECT f->>'group', count(DISTINCT c.id)
                  FROM msc.screening_case c
                  JOIN LATERAL (SELECT body FROM msc.case_assessment a WHERE a.case_id = c.id
                                 ORDER BY a.id DESC LIMIT 1) latest ON true
                 CROSS JOIN LATERAL jsonb_array_elements(latest.body->'findings') f
                 WHERE c.status = 'INELIGIBLE' AND f->>'severity' = 'ABSOLUTE'
                   AND c.opened_at >= :from AND c.opened_at < :to
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
