package news.devinfra;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A standalone Apache Kafka broker (KRaft, combined broker and controller) in its own process, started from the
 * kafka_2.13 jars on this JVM's class path, keeping its logs in a data directory so topics and offsets survive
 * a restart. Used by {@code ./run.sh}, where the broker outlives no one but must keep its data.
 */
public final class KafkaBrokerProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private KafkaBrokerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Formats the storage on first use, then starts the broker and waits until it answers.
     *
     * @param dataDirectory where config, logs and the broker's output go
     * @param port          client port; the controller listens on {@code port + 1}
     */
    public static KafkaBrokerProcess start(Path dataDirectory, int port, Duration timeout)
            throws IOException, InterruptedException {
        Path logDirs = dataDirectory.resolve("logs");
        Files.createDirectories(logDirs);
        Path config = dataDirectory.resolve("server.properties");
        writeConfig(config, logDirs, port);
        Path output = dataDirectory.resolve("broker.out");
        if (!Files.exists(logDirs.resolve("meta.properties"))) {
            Process format = java("kafka.tools.StorageTool", "format", "--standalone", "--ignore-formatted",
                    "-t", Uuid.randomUuid().toString(), "-c", config.toString())
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!format.waitFor(2, TimeUnit.MINUTES) || format.exitValue() != 0) {
                throw new IOException("formatting Kafka storage failed, see " + output);
            }
        }
        Process broker = java("kafka.Kafka", config.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
        KafkaBrokerProcess started = new KafkaBrokerProcess(broker, port);
        try {
            started.awaitReady(timeout, output);
        } catch (IOException | InterruptedException | RuntimeException e) {
            started.close();
            throw e;
        }
        return started;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    private void awaitReady(Duration timeout, Path output) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("Kafka broker exited with " + process.exitValue() + ", see " + output);
            }
            if (accepts(port) && answersMetadata()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IOException("Kafka broker not ready after " + timeout + ", see " + output);
    }

    private boolean answersMetadata() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        try (Admin admin = Admin.create(props)) {
            return !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void writeConfig(Path config, Path logDirs, int port) {
        List<String> lines = List.of(
                "process.roles=broker,controller",
                "node.id=1",
                "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + (port + 1),
                "advertised.listeners=PLAINTEXT://localhost:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "controller.quorum.bootstrap.servers=localhost:" + (port + 1),
                "log.dirs=" + logDirs.toAbsolutePath(),
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0");
        try {
            Files.write(config, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * slf4j-simple's level, passed on to the broker when set. The broker logs through SLF4J to its output file, with
     * whichever binding its starter's class path has (slf4j-simple for {@code ./run.sh} and the end-to-end tests):
     * without one, a broker that exits at start says nothing of why.
     */
    private static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private static ProcessBuilder java(String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xms128m");
        command.add("-Xmx512m");
        String level = System.getProperty(LOG_LEVEL);
        if (level != null) {
            command.add("-D" + LOG_LEVEL + "=" + level); // the broker logs as much as its starter does
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(new File("."));
    }

    /** Stops the broker cleanly (SIGTERM), forcibly after 30 seconds. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
