package org.mscpathway.workflow.pathway;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.mscpathway.screening.assessment.RuleGroup;
import org.mscpathway.workflow.outbox.CaseEventType;
import org.mscpathway.workflow.outbox.Outbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic lead's numbers, read from the pathway's tables (read-only) for the cases of their care teams opened in a
 * period: how many reached each step, how they ended, and which rule groups excluded the ineligible ones. A case
 * reached a step if it waits there now or the pathway published an event at that step (completed, decided,
 * proposed, overdue): the outbox says which. The dashboard asks this class rather than the pathway's tables.
 */
@Repository
public class ScreeningFigures {

    /** The events that say a case was at their step. */
    private static final Set<CaseEventType> REACHING = EnumSet.of(CaseEventType.CaseOpened,
            CaseEventType.StepCompleted, CaseEventType.PlanProposed, CaseEventType.PlanDecided,
            CaseEventType.TaskOverdue);

    private final JdbcClient jdbc;
    private final Outbox outbox;

    ScreeningFigures(JdbcClient jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    /** @param key a step, status or rule group name; {@code cases} how many cases count under it */
    public record Count(String key, long cases) {
    }

    /** Every list holds every key in the pathway's order, zero where no case counts. */
    public record Figures(LocalDate from, LocalDate to, long opened, List<Count> reached, List<Count> outcomes,
                   List<Count> exclusions) {
    }

    /** The figures of the care teams' cases only. */
    @Transactional(readOnly = true)
    public Figures of(LocalDate from, LocalDate to, ZoneId zone, CareTeams teams) {
        Map<String, Object> period = Map.of("from", Timestamp.from(from.atStartOfDay(zone).toInstant()),
                "to", Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()),
                "teams", teams.names().toArray(String[]::new));
        long opened = jdbc.sql("""
                SELECT count(*) FROM msc.screening_case
                 WHERE opened_at >= :from AND opened_at < :to AND team = ANY(CAST(:teams AS text[]))""")
                .params(period).query(Long.class).single();
        Map<String, Long> reached = reached(period);
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

    /** Per step, the cases that wait there now or have an event published at it. */
    private Map<String, Long> reached(Map<String, Object> period) {
        Map<UUID, String> waiting = new HashMap<>();
        jdbc.sql("""
                SELECT id, current_step FROM msc.screening_case
                 WHERE opened_at >= :from AND opened_at < :to AND team = ANY(CAST(:teams AS text[]))""")
                .params(period).query(rs -> {
                    waiting.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        Map<UUID, Set<String>> published = outbox.stepsPublished(waiting.keySet(), REACHING);
        Map<String, Long> reached = new HashMap<>();
        waiting.forEach((caseId, current) -> {
            Set<String> steps = new HashSet<>(published.getOrDefault(caseId, Set.of()));
            if (current != null) {
                steps.add(current);
            }
            steps.forEach(step -> reached.merge(step, 1L, Long::sum));
        });
        return reached;
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
