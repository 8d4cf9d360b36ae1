package org.mscpathway.deploy.cluster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real Kafka broker (KRaft, one node) from Kafka's own Maven artifacts, for the local cluster and the reliability
 * tests. Its data directory survives a stop: a restarted node serves the same topics and offsets.
 *
 * <p>{@code java -cp ... org.mscpathway.deploy.cluster.KafkaNode DIRECTORY PORT CONTROLLER_PORT} runs one in the
 * foreground until the process is told to stop (SIGTERM shuts it down cleanly).
 */
public final class KafkaNode implements AutoCloseable {

    private final Path directory;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    public KafkaNode(Path directory, int port, int controllerPort) {
        this.directory = directory.toAbsolutePath();
        this.port = port;
        this.controllerPort = controllerPort;
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 3) {
            System.err.println("usage: KafkaNode DIRECTORY PORT CONTROLLER_PORT");
            System.exit(2);
        }
        KafkaNode node = new KafkaNode(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            node.close();
            stopped.countDown();
        }, "kafka-node-shutdown"));
        node.start();
        System.out.println("Kafka (KRaft) serves " + node.bootstrapServers() + ", data in " + node.directory);
        stopped.await();
    }

    /** Formats the log directory the first time, then starts the node; returns once it has started. */
    public synchronized KafkaNode start() {
        Path logs = directory.resolve("logs");
        Properties settings = settings(logs);
        if (!Files.exists(logs.resolve("meta.properties"))) {
            format(settings);
        }
        server = new KafkaRaftServer(new KafkaConfig(settings), Time.SYSTEM);
        server.startup();
        return this;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Shuts the node down cleanly; {@link #start()} starts it again on the same data. */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    private Properties settings(Path logs) {
        Properties template = new Properties();
        try (InputStream in = KafkaNode.class.getResourceAsStream("kafka-node.properties")) {
            template.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("kafka-node.properties is missing from the class path", e);
        }
        Properties settings = new Properties();
        template.stringPropertyNames().forEach(key -> settings.put(key, template.getProperty(key)
                .replace("${port}", String.valueOf(port))
                .replace("${controllerPort}", String.valueOf(controllerPort))
                .replace("${logDirs}", logs.toString())));
        return settings;
    }

    private void format(Properties settings) {
        try {
            Files.createDirectories(directory);
            Path config = directory.resolve("server.properties");
            try (var out = Files.newBufferedWriter(config)) {
                settings.store(out, "the local Kafka node's settings (kafka-node.properties)");
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            int status = StorageTool.execute(new String[] {"format", "-c", config.toString(),
                    "-t", Uuid.randomUuid().toString()}, new PrintStream(output, true, StandardCharsets.UTF_8));
            if (status != 0) {
                throw new IllegalStateException("kafka-storage format failed in " + directory + ": "
                        + output.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare " + directory, e);
        }
    }
}
