package org.mscpathway.deploy.reliability;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** Clients that keep taking new cases to approval until told to stop; every case they opened is remembered. */
final class Load {

    private static final AtomicInteger PATIENTS = new AtomicInteger();

    private final PathwayDriver driver;
    private final ExecutorService clients;
    private final List<Future<?>> running = new CopyOnWriteArrayList<>();
    private final List<UUID> opened = new CopyOnWriteArrayList<>();
    private final List<UUID> approved = new CopyOnWriteArrayList<>();
    private final AtomicBoolean stopping = new AtomicBoolean();

    private Load(PathwayDriver driver, int clients) {
        this.driver = driver;
        // Daemon threads: a test that fails half-way never keeps the test JVM alive.
        this.clients = Executors.newFixedThreadPool(clients, task -> {
            Thread thread = new Thread(task, "load-client");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** {@code clients} threads, each running cases one after another until {@link #finish} or {@code limit}. */
    static Load start(PathwayDriver driver, int clients, int limit) {
        Load load = new Load(driver, clients);
        AtomicInteger started = new AtomicInteger();
        for (int i = 0; i < clients; i++) {
            load.running.add(load.clients.submit(() -> {
                while (!load.stopping.get() && started.incrementAndGet() <= limit) {
                    UUID id = driver.open(PATIENTS.incrementAndGet());
                    load.opened.add(id);
                    driver.advanceToDecision(id);
                    load.approved.add(id);
                }
                return null;
            }));
        }
        return load;
    }

    /** Cases approved so far; fails at once when a client has failed, rather than waiting for progress. */
    int approvedSoFar() {
        for (Future<?> client : running) {
            if (client.isDone() && !client.isCancelled()) {
                try {
                    client.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new AssertionError("a client failed: " + e.getCause().getMessage(), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        return approved.size();
    }

    /** Lets every client finish its current case, then answers all cases opened; a client's failure fails here. */
    List<UUID> finish() {
        stopping.set(true);
        return await();
    }

    /** Waits for the limit to be reached. */
    List<UUID> await() {
        try {
            for (Future<?> client : running) {
                client.get(10, TimeUnit.MINUTES);
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError("a client failed: " + e.getCause().getMessage(), e.getCause());
        } catch (Exception e) {
            throw new AssertionError("the load did not finish", e);
        } finally {
            clients.shutdownNow();
        }
        return List.copyOf(opened);
    }
}
