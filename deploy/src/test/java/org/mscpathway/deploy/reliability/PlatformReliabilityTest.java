package org.mscpathway.deploy.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Several platform instances on one PostgreSQL and one Kafka broker, driven over the REST API while parts of the
 * deployment fail. Each test prints its figures. The instance kill comes last: it leaves one API instance.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformReliabilityTest {

    /** Notification rows each event type gives with one coordinator and one physician (notification README). */
    private static final Map<String, Integer> RECIPIENTS = Map.of(
            "PlanProposed", 1, "PlanDecided", 1, "CaseClosed", 1, "TaskOverdue", 2);

    private static ReliabilityCluster cluster;
    private static PathwayDriver driver;
    private static Ledger ledger;

    @BeforeAll
    static void startCluster() {
        Path deploy = Path.of(System.getProperty("msc.deploy.dir", "."));
        cluster = new ReliabilityCluster(deploy.resolve("target/reliability"),
                Path.of(System.getProperty("msc.platform.jar", "../web-api/target/msc-pathway.jar")));
        try {
            cluster.start();
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
        driver = new PathwayDriver(cluster.apiInstances());
        ledger = new Ledger(cluster);
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void twoHundredCasesThroughTwoInstancesAreEachDecidedOnceWithEveryEventPublishedOnce() {
        Instant start = Instant.now();
        List<UUID> cases = Load.start(driver, 8, 200).await();
        Duration took = Duration.between(start, Instant.now());

        assertThat(cases).hasSize(200);
        Books books = balance("two instances, 200 cases", cases);
        assertThat(books.duplicatesOnTopic()).as("events published more than once").isZero();
        System.out.printf("[reliability 1] 200 cases to approval in %d s (%.1f cases/s), requests %s, failed %d%n",
                took.toSeconds(), 200.0 / Math.max(1, took.toMillis()) * 1000, driver.requestsPerInstance(),
                driver.failedAttempts());
    }

    @Test
    @Order(2)
    void brokerStoppedForAMinuteDelaysEventsAndLosesNone() {
        Load load = loadUnderWayBefore("the broker");

        cluster.stopKafka();
        int approvedAtStop = load.approvedSoFar();
        Instant outage = Instant.now();
        int probes = 0;
        int notReady = 0;
        while (Duration.between(outage, Instant.now()).compareTo(Duration.ofSeconds(60)) < 0) {
            for (PlatformProcess instance : cluster.apiInstances()) {
                probes++;
                notReady += instance.readiness() == 200 ? 0 : 1;
            }
            Reliability.pause(Duration.ofSeconds(1));
        }
        int approvedDuringOutage = load.approvedSoFar() - approvedAtStop;
        long heldInOutbox = ledger.unpublished();
        cluster.startKafka();
        Instant back = Instant.now();
        Reliability.pause(Duration.ofSeconds(10));
        List<UUID> cases = load.finish();
        Reliability.await("the outbox drains", Duration.ofMinutes(2), () -> ledger.unpublished() == 0);
        Duration drained = Duration.between(back, Instant.now());

        System.out.printf("[reliability 2] broker down 60 s: %d cases approved during the outage, %d events held in "
                        + "the outbox, drained %d s after the broker returned; readiness non-200 %d of %d probes%n",
                approvedDuringOutage, heldInOutbox, drained.toSeconds(), notReady, probes);
        assertThat(notReady).as("readiness answers while Kafka is down").isZero();
        assertThat(approvedDuringOutage).as("cases approved while Kafka was down").isPositive();
        assertThat(heldInOutbox).as("events waiting in the outbox during the outage").isPositive();
        balance("broker outage", cases);
    }

    @Test
    @Order(3)
    void postgresRestartedUnderLoadIsSurvivedWithoutRestartingThePlatform() {
        Load load = loadUnderWayBefore("PostgreSQL");
        long failedBefore = driver.failedAttempts();

        Instant down = Instant.now();
        cluster.stopPostgres();
        Reliability.pause(Duration.ofSeconds(10));
        cluster.startPostgres();
        int approvedAtRestart = load.approvedSoFar();
        Duration recovered = Reliability.await("every API instance is ready again", Duration.ofMinutes(2),
                () -> cluster.apiInstances().stream().allMatch(instance -> instance.readiness() == 200));
        Reliability.await("cases are approved again", Duration.ofMinutes(2),
                () -> load.approvedSoFar() > approvedAtRestart + 4);
        Duration backToWork = Duration.between(down, Instant.now());
        List<UUID> cases = load.finish();

        System.out.printf("[reliability 3] PostgreSQL down 10 s: instances ready %d s after it returned, cases moving "
                        + "again %d s after it stopped, %d failed requests retried, instances alive %s%n",
                recovered.toSeconds(), backToWork.toSeconds(), driver.failedAttempts() - failedBefore,
                cluster.apiInstances().stream().map(PlatformProcess::alive).toList());
        assertThat(cluster.apiInstances()).allMatch(PlatformProcess::alive);
        balance("PostgreSQL restart", cases);
    }

    @Test
    @Order(4)
    void instanceKilledUnderLoadLosesNothingAndItsCasesAndTimersContinueOnTheOther() {
        PlatformProcess victim = cluster.apiInstances().get(0);
        PathwayDriver victimOnly = new PathwayDriver(List.of(victim));
        List<UUID> waiting = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            waiting.add(victimOnly.open(900_000 + i));
        }
        Load load = Load.start(driver, 4, Integer.MAX_VALUE);
        Reliability.pause(Duration.ofSeconds(12));

        victim.kill();
        int approvedAtKill = load.approvedSoFar();
        Reliability.pause(Duration.ofSeconds(20));
        int approvedAfterKill = load.approvedSoFar() - approvedAtKill;
        // The waiting cases' SLA timers (20 s) fire on the survivor's job executor.
        Duration timers = Reliability.await("TaskOverdue for every waiting case", Duration.ofMinutes(2),
                () -> ledger.outboxEvents(waiting).getOrDefault("TaskOverdue", List.of()).size() >= waiting.size());
        for (UUID id : waiting) {
            driver.advanceToDecision(id);
        }
        List<UUID> cases = new ArrayList<>(load.finish());
        cases.addAll(waiting);

        System.out.printf("[reliability 4] %s killed (SIGKILL): %d cases approved in the 20 s after, its %d waiting "
                        + "cases escalated by the survivor within %d s and completed there; %d failed requests%n",
                victim.name(), approvedAfterKill, waiting.size(), timers.toSeconds(), driver.failedAttempts());
        assertThat(approvedAfterKill).isPositive();
        balance("instance killed", cases);
    }

    /**
     * The books after a run: every case decided once and ended, no open task, no incident; every event of the cases
     * on the topic; the in-app notifications exactly those the routes ask for.
     */
    private Books balance(String run, List<UUID> cases) {
        Reliability.await("the outbox drains", Duration.ofMinutes(2), () -> ledger.unpublished() == 0);
        assertThat(ledger.casesNotDecidedExactlyOnce(cases)).as("cases not decided exactly once").isEmpty();
        Map<String, List<UUID>> events = ledger.outboxEvents(cases);
        assertThat(events.getOrDefault("CaseClosed", List.of())).as("CaseClosed events").hasSize(cases.size());
        assertThat(events.getOrDefault("PlanDecided", List.of())).as("PlanDecided events").hasSize(cases.size());
        assertThat(ledger.openTasks(cases)).as("open user tasks of ended cases").isZero();
        assertThat(ledger.unfinishedProcesses(cases)).as("process instances not ended").isZero();
        assertThat(ledger.incidents()).as("Camunda incidents").isZero();

        List<UUID> all = events.values().stream().flatMap(List::stream).toList();
        Map<UUID, Integer> onTopic = ledger.publishedEvents();
        assertThat(all).as("events of the cases missing on " + Ledger.TOPIC).allMatch(onTopic::containsKey);
        long duplicates = all.stream().filter(id -> onTopic.get(id) > 1).count();

        List<UUID> routed = events.entrySet().stream().filter(e -> RECIPIENTS.containsKey(e.getKey()))
                .flatMap(e -> e.getValue().stream()).toList();
        int expected = events.entrySet().stream().filter(e -> RECIPIENTS.containsKey(e.getKey()))
                .mapToInt(e -> e.getValue().size() * RECIPIENTS.get(e.getKey())).sum();
        AtomicInteger delivered = new AtomicInteger();
        Reliability.await("every notification is delivered", Duration.ofMinutes(2), () -> {
            delivered.set(ledger.notificationsPerEvent(routed).values().stream().mapToInt(Long::intValue).sum());
            return delivered.get() >= expected;
        });
        Map<UUID, Long> perEvent = ledger.notificationsPerEvent(routed);
        Set<String> types = events.keySet();
        System.out.printf("[books: %s] %d cases, %d events %s, on topic: all, %d published twice; "
                        + "notifications %d of %d expected%n", run, cases.size(), all.size(), types, duplicates,
                delivered.get(), expected);
        assertThat(perEvent.values().stream().mapToLong(Long::longValue).sum()).as("notification rows")
                .isEqualTo(expected);
        return new Books(all.size(), duplicates);
    }

    /** Four drivers walking cases, ten seconds in, with some cases approved before {@code what} stops. */
    private Load loadUnderWayBefore(String what) {
        Load load = Load.start(driver, 4, Integer.MAX_VALUE);
        Reliability.pause(Duration.ofSeconds(10));
        assertThat(load.approvedSoFar()).as("cases approved before " + what + " stops").isPositive();
        return load;
    }

    private record Books(int events, long duplicatesOnTopic) {
    }
}
