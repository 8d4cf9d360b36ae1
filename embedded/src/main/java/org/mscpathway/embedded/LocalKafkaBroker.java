package org.mscpathway.embedded;

import static org.mscpathway.embedded.LoopbackPorts.LOOPBACK;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka broker in KRaft mode (combined broker and controller) from Kafka's own artifacts,
 * listening on loopback only. Its log directory is formatted once and kept across restarts: a restarted broker
 * serves the same topics and offsets. The embedded default runs it inside the platform; the local cluster and the
 * reliability tests run it as a process of its own:
 *
 * <p>{@code java -cp ... org.mscpathway.embedded.LocalKafkaBroker DIRECTORY PORT CONTROLLER_PORT} runs one in the
 * foreground until the process is told to stop (SIGTERM shuts it down cleanly).
 */
public final class LocalKafkaBroker implements AutoCloseable {

    /** The log cleaner's key map (Kafka's {@code log.cleaner.dedupe.buffer.size}). */
    static final int DEDUPE_BUFFER_BYTES = 16 * 1024 * 1024;

    private final Path directory;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;
    private boolean created;

    /** Chooses the ports (0: any free one) without starting anything, so that clients can be pointed here now. */
    public LocalKafkaBroker(Path directory, int port, int controllerPort) {
        this.directory = directory.toAbsolutePath().normalize();
        this.port = LoopbackPorts.chosen(port);
        this.controllerPort = LoopbackPorts.chosen(controllerPort);
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 3) {
            System.err.println("usage: LocalKafkaBroker DIRECTORY PORT CONTROLLER_PORT");
            System.exit(2);
        }
        LocalKafkaBroker broker = new LocalKafkaBroker(Path.of(args[0]), Integer.parseInt(args[1]),
                Integer.parseInt(args[2]));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            stopped.countDown();
        }, "kafka-broker-shutdown"));
        broker.start();
        // deploy/local-cluster and bench/run-platform wait for this line.
        System.out.println("Kafka (KRaft) serves " + broker.bootstrapServers() + ", data in " + broker.directory);
        stopped.await();
    }

    /** Formats the storage on first use, then starts the broker; returns once it serves clients. */
    public synchronized LocalKafkaBroker start() {
        Path logs = directory.resolve("logs");
        created = !Files.exists(logs.resolve("meta.properties"));
        Properties settings = settings(logs, port, controllerPort);
        Path configFile = writeConfig(directory, settings);
        if (created) {
            format(configFile);
        }
        server = new KafkaRaftServer(new KafkaConfig(settings), Time.SYSTEM);
        server.startup();
        return this;
    }

    private static Properties settings(Path logs, int brokerPort, int controllerPort) {
        Properties settings = new Properties();
        settings.put("process.roles", "broker,controller");
        settings.put("node.id", "1");
        settings.put("controller.quorum.voters", "1@" + LOOPBACK + ":" + controllerPort);
        settings.put("listeners",
                "PLAINTEXT://" + LOOPBACK + ":" + brokerPort + ",CONTROLLER://" + LOOPBACK + ":" + controllerPort);
        settings.put("advertised.listeners", "PLAINTEXT://" + LOOPBACK + ":" + brokerPort);
        settings.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        settings.put("controller.listener.names", "CONTROLLER");
        settings.put("inter.broker.listener.name", "PLAINTEXT");
        settings.put("log.dirs", logs.toString());
        // One node: internal topics cannot have more replicas than that, and need few partitions. The platform
        // declares its own topics with their partition counts.
        settings.put("offsets.topic.replication.factor", "1");
        settings.put("offsets.topic.num.partitions", "1");
        settings.put("transaction.state.log.replication.factor", "1");
        settings.put("transaction.state.log.min.isr", "1");
        settings.put("transaction.state.log.num.partitions", "1");
        settings.put("share.coordinator.state.topic.replication.factor", "1");
        settings.put("group.initial.rebalance.delay.ms", "0");
        // The log cleaner's key map, allocated whole at start: Kafka's default (128 MiB) was half the embedded
        // default's heap. 16 MiB holds some 700,000 keys per pass; only Kafka's own internal topics are compacted.
        settings.put("log.cleaner.dedupe.buffer.size", String.valueOf(DEDUPE_BUFFER_BYTES));
        return settings;
    }

    /** Written on every start so that the folder documents the broker's settings. */
    private static Path writeConfig(Path directory, Properties settings) {
        Path file = directory.resolve("server.properties");
        try {
            Files.createDirectories(directory);
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                settings.store(out, "Written by MSC Pathway's LocalKafkaBroker at every start; edits are lost");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    private static void format(Path configFile) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        String[] arguments = {"format", "--config", configFile.toString(), "--cluster-id", Uuid.randomUuid().toString(),
                "--ignore-formatted"};
        int status = StorageTool.execute(arguments, new PrintStream(output, true, StandardCharsets.UTF_8));
        if (status != 0) {
            throw new IllegalStateException(
                    "could not format the Kafka storage: " + output.toString(StandardCharsets.UTF_8));
        }
    }

    public String bootstrapServers() {
        return LOOPBACK + ":" + port;
    }

    int port() {
        return port;
    }

    synchronized String describe() {
        return "Kafka " + AppInfoParser.getVersion() + " (KRaft) on " + bootstrapServers() + " (data in " + directory
                + (created ? ", created now" : ", kept from the last run") + ")";
    }

    /** Shuts the broker down cleanly; {@link #start()} starts it again on the same data. */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }
}
