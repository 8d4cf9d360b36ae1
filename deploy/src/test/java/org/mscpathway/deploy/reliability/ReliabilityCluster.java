package org.mscpathway.deploy.reliability;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.mscpathway.deploy.cluster.PlatformAccounts;
import org.mscpathway.embedded.LocalKafkaBroker;

/**
 * The deployment the reliability tests break: a PostgreSQL server and a Kafka broker that belong to the test alone
 * (so stopping them disturbs nobody), two API instances and one notification-only instance of the platform jar,
 * configured as deploy/compose configures them. Everything listens on loopback; everything stops in {@link #close}.
 */
final class ReliabilityCluster implements AutoCloseable {

    static final String COORDINATOR = "rel-coordinator";
    static final String PHYSICIAN = "rel-physician";
    static final String ADMIN = "rel-admin";
    static final String PASSWORD = "reliability-" + Long.toHexString(System.nanoTime());

    private final Path directory;
    private final Path jar;
    private final int postgresPort = freePort();
    private final int kafkaPort = freePort();
    private final int kafkaControllerPort = freePort();
    private final List<PlatformProcess> instances = new ArrayList<>();
    private EmbeddedPostgres postgres;
    private Process kafka;

    ReliabilityCluster(Path directory, Path jar) {
        this.directory = directory;
        this.jar = jar;
    }

    /** Starts everything; the first instance alone, as it creates the schemas. */
    ReliabilityCluster start() {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./mvnw -q install -DskipTests first");
        }
        Reliability.deleteRecursively(directory);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Run a copy: a rebuild of the platform while the test runs would replace classes under running instances.
        Path running = directory.resolve("msc-pathway.jar");
        try {
            Files.copy(jar, running);
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy " + jar, e);
        }
        startPostgres();
        startKafka();
        PlatformProcess first = startInstance("api-1", false).awaitReady(Duration.ofMinutes(3));
        PlatformProcess second = startInstance("api-2", false);
        PlatformProcess notification = startInstance("notification", true);
        second.awaitReady(Duration.ofMinutes(3));
        notification.awaitReady(Duration.ofMinutes(3));
        createAccounts(first);
        System.out.printf("[cluster] PostgreSQL 127.0.0.1:%d, Kafka %s, %s on %s, %s on %s, notification on %s%n",
                postgresPort, kafkaBootstrap(), first.name(), first.uri(""), second.name(), second.uri(""),
                notification.uri(""));
        return this;
    }

    List<PlatformProcess> apiInstances() {
        return instances.stream().filter(instance -> instance.name().startsWith("api")).toList();
    }

    String kafkaBootstrap() {
        return "127.0.0.1:" + kafkaPort;
    }

    Connection database() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "postgres", "");
    }

    private String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgresPort + "/postgres";
    }

    void startPostgres() {
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory.resolve("postgres"))
                    .setCleanDataDirectory(false)
                    .setPort(postgresPort)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("max_connections", "200")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the test's PostgreSQL", e);
        }
    }

    /** A fast shutdown (pg_ctl -m fast): every client connection is cut, as in a failover or a restart. */
    void stopPostgres() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop the test's PostgreSQL", e);
        }
    }

    void startKafka() {
        ProcessBuilder builder = new ProcessBuilder(PlatformProcess.javaExecutable(), "-Xmx384m",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                LocalKafkaBroker.class.getName(), directory.resolve("kafka").toString(), String.valueOf(kafkaPort),
                String.valueOf(kafkaControllerPort))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("kafka.log").toFile()));
        try {
            kafka = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the Kafka broker", e);
        }
        Reliability.await("Kafka answers on " + kafkaBootstrap(), Duration.ofSeconds(60), () -> {
            try (var socket = new java.net.Socket("127.0.0.1", kafkaPort)) {
                return kafka.isAlive();
            } catch (IOException e) {
                return false;
            }
        });
    }

    /** The broker process ends (SIGTERM, clean shutdown); its data stays for {@link #startKafka}. */
    void stopKafka() {
        kafka.destroy();
        try {
            if (!kafka.waitFor(60, TimeUnit.SECONDS)) {
                kafka.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private PlatformProcess startInstance(String name, boolean notification) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SPRING_PROFILES_ACTIVE", "production");
        environment.put("SPRING_DATASOURCE_URL", jdbcUrl());
        environment.put("SPRING_DATASOURCE_USERNAME", "postgres");
        environment.put("SPRING_DATASOURCE_PASSWORD", "");
        environment.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap());
        environment.put("MSC_NOTIFICATION_ENABLED", String.valueOf(notification));
        environment.put("MSC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        environment.put("MSC_BOOTSTRAP_ADMIN_PASSWORD", PASSWORD);
        environment.put("CAMUNDA_BPM_JOB_EXECUTION_ENABLED", String.valueOf(!notification));
        environment.put("MANAGEMENT_ENDPOINT_HEALTH_GROUP_READINESS_INCLUDE", "readinessState,db");
        // Short enough that SLA timers fire during the test; a killed instance's locked jobs are free again soon.
        environment.put("MSC_PATHWAY_SLA_DATASTEPS", "PT20S");
        environment.put("CAMUNDA_BPM_JOB_EXECUTION_LOCK_TIME_IN_MILLIS", "15000");
        environment.put("LOGGING_LEVEL_ORG_APACHE_KAFKA", "WARN");
        PlatformProcess instance = PlatformProcess.start(name, directory.resolve("msc-pathway.jar"), freePort(),
                environment, directory);
        instances.add(instance);
        return instance;
    }

    /** Through the first instance's account API, signed in as the administrator every instance bootstraps. */
    private void createAccounts(PlatformProcess instance) {
        try {
            PlatformAccounts.save(instance.uri(""), ADMIN, PASSWORD, COORDINATOR, "COORDINATOR", PASSWORD);
            PlatformAccounts.save(instance.uri(""), ADMIN, PASSWORD, PHYSICIAN, "PHYSICIAN", PASSWORD);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the test's accounts", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the test's accounts", e);
        }
    }

    @Override
    public void close() {
        for (PlatformProcess instance : instances) {
            instance.close();
        }
        if (kafka != null && kafka.isAlive()) {
            stopKafka();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException | RuntimeException e) {
                System.out.println("[cluster] PostgreSQL did not stop cleanly: " + e);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
