package news.devinfra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the pipeline's infrastructure for {@code ./run.sh}: a real PostgreSQL and a real Kafka broker, both keeping
 * their data under one directory, until this process is stopped. When both are ready it writes
 * {@code <data>/infra.env} with the settings the services read.
 *
 * <p>Usage: {@code DevInfraMain <data-directory> <kafka-port> <postgres-port>}
 */
public final class DevInfraMain {

    private DevInfraMain() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        if (args.length != 3) {
            System.err.println("usage: DevInfraMain <data-directory> <kafka-port> <postgres-port>");
            System.exit(2);
        }
        Path data = Path.of(args[0]).toAbsolutePath();
        int kafkaPort = Integer.parseInt(args[1]);
        int postgresPort = Integer.parseInt(args[2]);
        for (int port : List.of(kafkaPort, kafkaPort + 1, postgresPort)) {
            if (KafkaBrokerProcess.accepts(port)) {
                System.err.println("port " + port + " is already in use; set another with the environment variables"
                        + " described in README.md");
                System.exit(1);
            }
        }
        Files.createDirectories(data);
        Path envFile = data.resolve("infra.env");
        Files.deleteIfExists(envFile);

        Postgres postgres = Postgres.start(data.resolve("postgres"), postgresPort);
        KafkaBrokerProcess kafka;
        try {
            kafka = KafkaBrokerProcess.start(data.resolve("kafka"), kafkaPort, Duration.ofMinutes(2));
        } catch (IOException | RuntimeException e) {
            postgres.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("dev-infra: stopping Kafka and PostgreSQL");
            kafka.close();
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("dev-infra: stopping PostgreSQL failed: " + e.getMessage());
            }
            stopped.countDown();
        }, "dev-infra-shutdown"));

        Files.write(envFile, List.of(
                "KAFKA_BOOTSTRAP_SERVERS=" + kafka.bootstrapServers(),
                "QUARKUS_DATASOURCE_JDBC_URL=" + postgres.jdbcUrl(),
                "QUARKUS_DATASOURCE_USERNAME=" + Postgres.USER,
                "QUARKUS_DATASOURCE_PASSWORD=" + Postgres.PASSWORD));
        System.out.println("dev-infra: Kafka on " + kafka.bootstrapServers() + ", PostgreSQL on " + postgres.jdbcUrl());
        stopped.await();
    }
}
