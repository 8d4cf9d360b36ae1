package org.mscpathway.workflow.pathway;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import org.mscpathway.workflow.outbox.OutboxRelay;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The pathway's own metrics (Prometheus names in brackets): how long cases wait at each step before it is completed
 * ({@code msc_pathway_step_seconds{step}}), how many cases close with each status
 * ({@code msc_pathway_cases_closed_total{status}}), how many open cases wait at each step
 * ({@code msc_pathway_cases_waiting{step}}) and how many events wait in the outbox ({@code msc_outbox_backlog}).
 * Counted when the transaction commits, so a refused command counts nothing.
 */
@Component
public class PathwayMetrics {

    private final MeterRegistry registry;

    PathwayMetrics(ObjectProvider<MeterRegistry> registry, JdbcClient jdbc, OutboxRelay relay) {
        this.registry = registry.getIfAvailable(SimpleMeterRegistry::new);
        for (Step step : Step.values()) {
            Gauge.builder("msc.pathway.cases.waiting", () -> waitingAt(jdbc, step))
                    .description("open cases waiting at the step").tag("step", step.name()).register(this.registry);
        }
        Gauge.builder("msc.outbox.backlog", relay::backlog)
                .description("case events not yet published to Kafka").register(this.registry);
    }

    void stepCompleted(Step step, Instant enteredAt, Instant now) {
        if (enteredAt == null) {
            return;
        }
        Duration waited = Duration.between(enteredAt, now);
        afterCommit(() -> Timer.builder("msc.pathway.step").description("time a case waited at a step")
                .tag("step", step.name()).register(registry).record(waited));
    }

    void caseClosed(CaseStatus status) {
        afterCommit(() -> registry.counter("msc.pathway.cases.closed", "status", status.name()).increment());
    }

    private static double waitingAt(JdbcClient jdbc, Step step) {
        return jdbc.sql("SELECT count(*) FROM msc.screening_case WHERE status = 'OPEN' AND current_step = :step")
                .param("step", step.name()).query(Long.class).single();
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
