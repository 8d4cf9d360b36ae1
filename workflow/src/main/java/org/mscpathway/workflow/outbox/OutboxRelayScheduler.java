package org.mscpathway.workflow.outbox;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs relay rounds on one background thread, back to back while there is a backlog, else every poll interval, and
 * at once when a transaction in this JVM has committed outbox rows ({@link RelayWakeUp}). All rounds run on the one
 * thread, so a wake-up never publishes beside a polled round.
 */
class OutboxRelayScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelayScheduler.class);

    private final OutboxRelay relay;
    private final Duration pollInterval;
    private final RelayWakeUp wakeUps;
    private final AtomicBoolean wakeUpQueued = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;

    OutboxRelayScheduler(OutboxRelay relay, Duration pollInterval, RelayWakeUp wakeUps) {
        this.relay = relay;
        this.pollInterval = pollInterval;
        this.wakeUps = wakeUps;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::drain, pollInterval.toMillis(), pollInterval.toMillis(),
                TimeUnit.MILLISECONDS);
        wakeUps.listen(this::wake);
    }

    /** A round as soon as the relay thread is free; wake-ups that arrive before it starts share it. */
    void wake() {
        ScheduledExecutorService running = executor;
        if (running != null && wakeUpQueued.compareAndSet(false, true)) {
            try {
                running.execute(() -> {
                    wakeUpQueued.set(false);
                    drain();
                });
            } catch (RejectedExecutionException stopping) {
                wakeUpQueued.set(false);
            }
        }
    }

    private void drain() {
        try {
            while (relay.relay() > 0 && !Thread.currentThread().isInterrupted()) {
                // keep going while events wait
            }
        } catch (RuntimeException e) {
            // e.g. the database is restarting; the next round tries again
            log.warn("Outbox relay round failed: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        wakeUps.stopListening();
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
