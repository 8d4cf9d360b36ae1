package org.mscpathway.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * C client threads taking case numbers from one counter until N cases are done: every client is busy until the
 * last case is handed out, so the wall time is that of N cases at concurrency C.
 */
public final class Clients {

    /** One complete case; {@code caseNumber} is unique within the run. */
    @FunctionalInterface
    public interface CaseRun {
        void run(int caseNumber) throws Exception;
    }

    private final int count;

    public Clients(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("clients must be at least 1 (got " + count + ")");
        }
        this.count = count;
    }

    public int count() {
        return count;
    }

    /** Runs cases {@code first} to {@code first + cases - 1}; returns the wall time in nanoseconds. */
    public long run(int first, int cases, CaseRun caseRun) {
        AtomicInteger next = new AtomicInteger(first);
        int end = first + cases;
        ExecutorService pool = Executors.newFixedThreadPool(count);
        long start = System.nanoTime();
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < count; c++) {
                clients.add(pool.submit(() -> {
                    for (int n = next.getAndIncrement(); n < end; n = next.getAndIncrement()) {
                        caseRun.run(n);
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
            return System.nanoTime() - start;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a client failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Cases per second of {@code cases} done in {@code nanos}. */
    public static double perSecond(int cases, long nanos) {
        return cases / (nanos / 1e9);
    }
}
