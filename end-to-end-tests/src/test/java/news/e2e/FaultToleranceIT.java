package news.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.devinfra.KafkaBrokerProcess;
import news.devinfra.KafkaTestClient;
import news.devinfra.Postgres;
import news.events.ArticleIds;
import news.events.EventJson;
import news.events.IngestedArticle;
import news.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The pipeline keeps every accepted article through crashes and restarts: a standalone Kafka broker and a
 * PostgreSQL server (each restartable on its port and data directory) and the three packaged services as separate
 * processes; while 5,000 articles stream into ingest-service, each service in turn is killed with SIGKILL and
 * started again, then the broker is restarted, then PostgreSQL. Afterwards the read model and the query API hold
 * every article exactly once, analysed; a poison record written between two good ones lands in the dead-letter
 * topic while its neighbours are stored. Prints a timeline of the faults and how long recovery took.
 *
 * <p>System properties {@code faults.articles} (5000) and {@code faults.rate} (articles per second, 55) scale it;
 * {@code faults.kafka-down} (seconds, 0) keeps the broker down longer than a restart takes.
 */
class FaultToleranceIT {

    private static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private static final int ARTICLES = Integer.getInteger("faults.articles", 5000);
    private static final int RATE = Integer.getInteger("faults.rate", 55);
    private static final String API_KEY = "fault-test-" + UUID.randomUUID();
    private static final Duration READY = Duration.ofMinutes(3);
    /** How long the broker stays down before it is started again ({@code faults.kafka-down}, seconds). */
    private static final Duration KAFKA_DOWN = Duration.ofSeconds(Integer.getInteger("faults.kafka-down", 0));

    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final long t0 = System.nanoTime();
    private final List<String> timeline = new CopyOnWriteArrayList<>();
    private final List<Recovery> recoveries = new CopyOnWriteArrayList<>();

    private Path kafkaDir;
    private Path postgresDir;
    private int kafkaPort;
    private int postgresPort;
    private volatile KafkaBrokerProcess kafka;
    private volatile Postgres postgres;
    private ServiceProcess ingest;
    private ServiceProcess analysis;
    private ServiceProcess query;
    private ArticleFeeder feeder;
    private ScheduledExecutorService monitor;

    /** A fault and what followed: when the process was back, when everything accepted before it was stored. */
    private static final class Recovery {
        final String fault;
        final long at;
        final Set<String> acceptedBefore;
        volatile long back;
        volatile long caughtUp;

        Recovery(String fault, long at, Set<String> acceptedBefore) {
            this.fault = fault;
            this.at = at;
            this.acceptedBefore = acceptedBefore;
        }
    }

    @FunctionalInterface
    private interface FaultAction {
        void run() throws Exception;
    }

    @Test
    void everyAcceptedArticleIsStoredOnceAndAnalysedThroughKillsAndRestarts() throws Exception {
        startEverything();
        feeder = new ArticleFeeder(() -> ingest.baseUrl(), API_KEY, run, ARTICLES, RATE, 16);
        Set<String> expected = new HashSet<>(feeder.expectedIds());
        monitor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "recovery-monitor");
            thread.setDaemon(true);
            return thread;
        });
        monitor.scheduleWithFixedDelay(this::checkCatchUp, 500, 500, TimeUnit.MILLISECONDS);

        long feedStart = System.nanoTime();
        double feedSeconds = (double) ARTICLES / RATE;
        mark("feeding %d articles at %d/s (about %.0f s)", ARTICLES, RATE, feedSeconds);
        feeder.start();

        sleepUntil(feedStart, feedSeconds * 0.05);
        Poison poison = writePoisonBetweenTwoGoodRecords();
        expected.addAll(poison.neighbourIds());

        fault(feedStart, feedSeconds * 0.10, "kill -9 ingest-service", () -> {
            ingest.kill9();
            ingest.restart();
        }, () -> ingest.awaitReady(READY));
        fault(feedStart, feedSeconds * 0.25, "kill -9 analysis-service", () -> {
            analysis.kill9();
            analysis.restart();
        }, () -> analysis.awaitReady(READY));
        fault(feedStart, feedSeconds * 0.40, "kill -9 query-service", () -> {
            query.kill9();
            query.restart();
        }, () -> query.awaitReady(READY));
        fault(feedStart, feedSeconds * 0.55, "restart the Kafka broker", () -> {
            kafka.close();
            mark("Kafka broker stopped");
            Thread.sleep(KAFKA_DOWN.toMillis());
        }, () -> kafka = KafkaBrokerProcess.start(kafkaDir, kafkaPort, Duration.ofMinutes(2)));
        fault(feedStart, feedSeconds * 0.70, "restart PostgreSQL", () -> {
            postgres.close();
            mark("PostgreSQL stopped");
        }, () -> postgres = Postgres.start(postgresDir, postgresPort));

        assertTrue(feeder.await(Duration.ofMinutes(6)), "the feeder did not finish");
        mark("all %d articles accepted after %.1f s; answers %s; retried attempts %s", feeder.acceptedCount(),
                feeder.elapsed().toMillis() / 1000.0, feeder.outcomes(), feeder.retries());
        assertEquals(Set.of(), feeder.failures(), "posts refused or never accepted");
        assertEquals(ARTICLES, feeder.acceptedCount(), "every article was accepted");
        assertFalse(feeder.retries().containsKey("500"),
                "ingest-service answers 503 (try again) while Kafka or PostgreSQL is away, never 500: "
                        + feeder.retries());

        Map<String, Row> rows = awaitStored(expected, Duration.ofMinutes(3));
        mark("read model holds %d of %d articles", rows.keySet().stream().filter(expected::contains).count(),
                expected.size());
        if (!rows.keySet().containsAll(expected)) {
            printHealth();
        }

        assertReadModelHoldsExactly(expected, rows);
        assertQueryApiListsEachOnce(expected);
        assertThemeCountsMatchTheArticles();
        assertPoisonDeadLetteredAlone(poison);
        assertNothingValidDeadLettered();
        assertEveryServiceHealthy();
    }

    // ---- infrastructure and services

    private void startEverything() throws Exception {
        Path data = ROOT.resolve("end-to-end-tests/target/faults");
        deleteRecursively(data);
        kafkaDir = Files.createDirectories(data.resolve("kafka"));
        postgresDir = data.resolve("postgres");
        postgresPort = ServiceProcess.freePort();
        postgres = Postgres.start(postgresDir, postgresPort);
        kafka = startKafka();
        createTopics();
        mark("Kafka on %s, PostgreSQL on %s", kafka.bootstrapServers(), postgres.jdbcUrl());

        Map<String, String> env = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(),
                "QUARKUS_DATASOURCE_USERNAME", Postgres.USER,
                "QUARKUS_DATASOURCE_PASSWORD", Postgres.PASSWORD,
                "NEWS_SECURITY_API_KEYS", API_KEY);
        query = ServiceProcess.start(ROOT, "query-service", env, "faults-query-service");
        analysis = ServiceProcess.start(ROOT, "analysis-service", env, "faults-analysis-service");
        Map<String, String> ingestEnv = new HashMap<>(env);
        ingestEnv.put("NEWS_INGEST_QUERY_BASE_URL", query.baseUrl());
        ingest = ServiceProcess.start(ROOT, "ingest-service", ingestEnv, "faults-ingest-service");
        for (ServiceProcess service : List.of(query, analysis, ingest)) {
            service.awaitReady(READY);
        }
        mark("services ready: ingest %s, analysis %s, query %s", ingest.baseUrl(), analysis.baseUrl(),
                query.baseUrl());
    }

    /**
     * The broker on a pair of free ports, picked right before it starts. Once more on another pair when it exits at
     * start: the pair comes from the range that outgoing connections take their ports from too, so one of them may be
     * taken meanwhile (the broker's output, target/faults/kafka/broker.out, then says which port it could not bind).
     */
    private KafkaBrokerProcess startKafka() throws Exception {
        for (int attempt = 1; ; attempt++) {
            kafkaPort = freePortPair();
            try {
                return KafkaBrokerProcess.start(kafkaDir, kafkaPort, Duration.ofMinutes(2));
            } catch (IOException e) {
                if (attempt == 2) {
                    throw e;
                }
                System.err.println("Kafka did not start on ports " + kafkaPort + "-" + (kafkaPort + 1) + " ("
                        + e.getMessage() + "); once more on other ports");
                deleteRecursively(kafkaDir); // formatted for the controller's port: formatted anew for the next
                Files.createDirectories(kafkaDir);
            }
        }
    }

    private void createTopics() throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            admin.createTopics(Stream.of(Topics.ARTICLES_INGESTED, Topics.ARTICLES_ANALYZED,
                            Topics.dlq(Topics.ARTICLES_INGESTED), Topics.dlq(Topics.ARTICLES_ANALYZED))
                    .map(name -> new NewTopic(name, 3, (short) 1)).toList())
                    .all().get(60, TimeUnit.SECONDS);
        }
    }

    @AfterEach
    void stopEverything() {
        if (monitor != null) {
            monitor.shutdownNow();
        }
        if (feeder != null) {
            feeder.close();
        }
        printTimeline();
        for (ServiceProcess service : new ServiceProcess[] {ingest, analysis, query}) {
            if (service != null) {
                try {
                    service.close();
                } catch (Exception e) {
                    System.err.println("stopping " + service.name() + ": " + e);
                }
            }
        }
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("stopping PostgreSQL: " + e);
            }
        }
    }

    /** A port p with p + 1 free as well (the broker's controller listens there). */
    private static int freePortPair() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = ServiceProcess.freePort();
            if (port < 65535) {
                try (java.net.ServerSocket next = new java.net.ServerSocket(port + 1)) {
                    return port;
                } catch (IOException taken) {
                    // try another
                }
            }
        }
        throw new IOException("no two adjacent free ports");
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    // ---- faults and the timeline

    private void fault(long feedStart, double atSeconds, String name, FaultAction fault, FaultAction recover)
            throws Exception {
        sleepUntil(feedStart, atSeconds);
        Recovery recovery = new Recovery(name, System.nanoTime(), feeder.acceptedIds());
        recoveries.add(recovery);
        mark("%s (%d articles accepted so far)", name, recovery.acceptedBefore.size());
        fault.run();
        recover.run();
        recovery.back = System.nanoTime();
        mark("%s: back after %.1f s", name, seconds(recovery.back - recovery.at));
    }

    private static void sleepUntil(long start, double seconds) throws InterruptedException {
        long wait = start + (long) (seconds * 1e9) - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    private void mark(String format, Object... args) {
        String line = String.format("t+%6.1fs  %s", seconds(System.nanoTime() - t0), String.format(format, args));
        timeline.add(line);
        System.out.println("[faults] " + line);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private void printTimeline() {
        StringBuilder out = new StringBuilder("\n==== FaultToleranceIT timeline ====\n");
        timeline.forEach(line -> out.append(line).append('\n'));
        out.append("---- recovery: fault -> process back -> everything accepted before the fault stored\n");
        for (Recovery r : recoveries) {
            out.append(String.format("%-28s back after %6s   all %5d earlier articles stored after %s%n", r.fault,
                    r.back == 0 ? "never" : String.format("%.1f s", seconds(r.back - r.at)), r.acceptedBefore.size(),
                    r.caughtUp == 0 ? "never" : String.format("%.1f s", seconds(r.caughtUp - r.at))));
        }
        System.out.println(out);
    }

    /** Called by the monitor: notes when everything accepted before each fault is in the read model. */
    private void checkCatchUp() {
        List<Recovery> pending = recoveries.stream().filter(r -> r.caughtUp == 0).toList();
        if (pending.isEmpty()) {
            return;
        }
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT count(*) FROM query.article WHERE id = ANY(?)")) {
            for (Recovery r : pending) {
                statement.setArray(1, connection.createArrayOf("varchar", r.acceptedBefore.toArray()));
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == r.acceptedBefore.size()) {
                        r.caughtUp = System.nanoTime();
                    }
                }
            }
        } catch (SQLException e) {
            // PostgreSQL restarting, or the schema not migrated yet: try again later
        }
    }

    private Connection connect() throws SQLException {
        Properties props = new Properties();
        props.put("user", Postgres.USER);
        props.put("password", Postgres.PASSWORD);
        props.put("connectTimeout", "3");
        props.put("socketTimeout", "30");
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + postgresPort + "/" + Postgres.DATABASE,
                props);
    }

    // ---- the poison record

    private record Poison(String key, String value, IngestedArticle before, IngestedArticle after) {
        Set<String> neighbourIds() {
            return Set.of(before.id(), after.id());
        }
    }

    /** Writes a good article, a record that is not JSON, and another good article, in this order, to one partition. */
    private Poison writePoisonBetweenTwoGoodRecords() throws Exception {
        Poison poison = new Poison("poison-" + run, "{\"schemaVersion\": 1, \"id\": \"broken-" + run + "\", \"body\": ",
                neighbour("before"), neighbour("after"));
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            for (ProducerRecord<String, String> record : List.of(
                    new ProducerRecord<>(Topics.ARTICLES_INGESTED, 0, poison.before().id(), json(poison.before())),
                    new ProducerRecord<>(Topics.ARTICLES_INGESTED, 0, poison.key(), poison.value()),
                    new ProducerRecord<>(Topics.ARTICLES_INGESTED, 0, poison.after().id(), json(poison.after())))) {
                producer.send(record).get(30, TimeUnit.SECONDS);
            }
        }
        mark("wrote a poison record between two good ones to %s partition 0", Topics.ARTICLES_INGESTED);
        return poison;
    }

    private IngestedArticle neighbour(String which) {
        String url = "https://faults.example/" + run + "/neighbour-" + which;
        String title = "Grain harvest " + which + " the broken record";
        String body = "Farmers in Ukraine and Romania brought in a record wheat harvest, and exporters expect "
                + "shipments through Black Sea ports to rise (" + which + ", " + run + ").";
        return new IngestedArticle(IngestedArticle.SCHEMA_VERSION, ArticleIds.forUrl(url), url, url, "Fault Wire",
                title, List.of(), OffsetDateTime.of(2026, 10, 1, 12, 0, 0, 0, ZoneOffset.UTC), "en", body,
                ArticleIds.contentHash(title, body), Instant.now());
    }

    private static String json(IngestedArticle article) {
        return new String(EventJson.write(article), StandardCharsets.UTF_8);
    }

    // ---- checks

    private record Row(int analysisVersion, String themesStatus) {
    }

    private Map<String, Row> readRows() throws SQLException {
        Map<String, Row> rows = new HashMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT id, analysis_version, themes_status FROM query.article")) {
            while (rs.next()) {
                rows.put(rs.getString(1), new Row(rs.getInt(2), rs.getString(3)));
            }
        }
        return rows;
    }

    private Map<String, Row> awaitStored(Set<String> expected, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Row> rows = Map.of();
        long lastReport = 0;
        while (System.nanoTime() < deadline) {
            try {
                rows = readRows();
                if (rows.keySet().containsAll(expected)) {
                    return rows;
                }
            } catch (SQLException e) {
                // not reachable yet
            }
            if (System.nanoTime() - lastReport > TimeUnit.SECONDS.toNanos(15)) {
                lastReport = System.nanoTime();
                mark("waiting: read model holds %d rows of %d expected", rows.size(), expected.size());
            }
            Thread.sleep(500);
        }
        return rows;
    }

    private static void assertReadModelHoldsExactly(Set<String> expected, Map<String, Row> rows) {
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(rows.keySet());
        Set<String> extra = new HashSet<>(rows.keySet());
        extra.removeAll(expected);
        assertEquals(0, missing.size(), missing.size() + " accepted articles are missing from the read model, e.g. "
                + sample(missing));
        assertEquals(0, extra.size(), extra.size() + " rows nobody posted, e.g. " + sample(extra));
        List<String> unanalysed = rows.entrySet().stream()
                .filter(e -> e.getValue().analysisVersion() < 1 || e.getValue().themesStatus() == null)
                .map(Map.Entry::getKey).toList();
        assertEquals(List.of(), unanalysed, "rows without an analysis");
    }

    /** Pages through {@code GET /api/v1/articles} newest first: every article once, none twice. */
    private void assertQueryApiListsEachOnce(Set<String> expected) {
        List<String> listed = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().baseUri(query.baseUrl()).queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/articles").then().statusCode(200).extract().jsonPath();
            List<String> ids = page.getList("items.id");
            List<Object> themes = page.getList("items.themes");
            assertTrue(themes.stream().allMatch(t -> t instanceof List), "every listed article has its themes");
            listed.addAll(ids);
            cursor = page.getString("nextCursor");
            assertTrue(++pages <= expected.size() / 200 + 5, "the cursor does not end");
        } while (cursor != null);
        Map<String, Long> counts = listed.stream().collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        List<String> twice = counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        assertEquals(List.of(), twice, "articles listed more than once");
        assertEquals(expected, counts.keySet(), "the query API lists exactly the accepted articles");
        mark("query API lists %d articles on %d pages, each once", listed.size(), pages);

        for (String id : listed.subList(0, Math.min(20, listed.size()))) {
            JsonPath article = given().baseUri(query.baseUrl()).get("/api/v1/articles/" + id).then().statusCode(200)
                    .extract().jsonPath();
            assertTrue(article.getInt("analysisVersion") >= 1, id + " is analysed");
            assertNotNull(article.getString("themesStatus"), id + " has a themes status");
        }
    }

    /** The per-theme counts the writer keeps equal the articles carrying each theme: no replay counted twice. */
    private void assertThemeCountsMatchTheArticles() throws SQLException {
        Map<String, Long> actual = new TreeMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT t, count(*) FROM query.article, unnest(theme_ids) AS t GROUP BY t")) {
            while (rs.next()) {
                actual.put(rs.getString(1), rs.getLong(2));
            }
        }
        assertTrue(actual.size() >= 3, "the articles carry several themes: " + actual);
        List<Map<String, Object>> served = given().baseUri(query.baseUrl()).get("/api/v1/themes").then()
                .statusCode(200).extract().jsonPath().getList("");
        Map<String, Long> counted = new TreeMap<>();
        for (Map<String, Object> theme : served) {
            long articles = ((Number) theme.get("articles")).longValue();
            if (articles != 0) {
                counted.put((String) theme.get("theme"), articles);
            }
        }
        assertEquals(actual, counted, "GET /api/v1/themes counts each article once per theme");
        mark("theme counts: %s", counted);
    }

    private void assertPoisonDeadLetteredAlone(Poison poison) {
        KafkaTestClient client = new KafkaTestClient(kafka.bootstrapServers());
        String dlq = Topics.dlq(Topics.ARTICLES_INGESTED);
        List<ConsumerRecord<String, String>> records = client.readUntil(dlq, Duration.ofSeconds(30),
                read -> read.stream().anyMatch(r -> poison.key().equals(r.key())));
        List<ConsumerRecord<String, String>> dead = records.stream().filter(r -> poison.key().equals(r.key()))
                .toList();
        assertFalse(dead.isEmpty(), "the poison record is in " + dlq);
        for (ConsumerRecord<String, String> record : dead) {
            assertEquals(poison.value(), record.value(), "the DLQ keeps the original value");
            String reason = KafkaTestClient.headers(record).get("dead-letter-reason");
            assertTrue(reason != null && !reason.isBlank(), "the DLQ record says why: " + KafkaTestClient.headers(record));
        }
        List<String> others = records.stream().map(ConsumerRecord::key).filter(k -> !poison.key().equals(k)).toList();
        assertEquals(List.of(), others, "only the poison record is dead-lettered from " + Topics.ARTICLES_INGESTED);
        mark("poison record in %s (%d copies, reason: %s); its neighbours stored", dlq, dead.size(),
                KafkaTestClient.headers(dead.get(0)).get("dead-letter-reason"));
    }

    private void assertNothingValidDeadLettered() {
        String dlq = Topics.dlq(Topics.ARTICLES_ANALYZED);
        List<ConsumerRecord<String, String>> records = new KafkaTestClient(kafka.bootstrapServers())
                .readFor(dlq, Duration.ofSeconds(5));
        assertEquals(List.of(), records.stream().map(r -> r.key() + ": "
                        + KafkaTestClient.headers(r).get("dead-letter-reason")).toList(),
                "no analysed article was dead-lettered by query-service");
    }

    /** For a failed run: what each service says about itself. */
    private void printHealth() {
        for (ServiceProcess service : List.of(ingest, analysis, query)) {
            try {
                var answer = given().baseUri(service.baseUrl()).get("/q/health");
                mark("%s /q/health %d: %s", service.name(), answer.statusCode(),
                        answer.asString().replaceAll("\\s+", " "));
            } catch (RuntimeException e) {
                mark("%s /q/health: %s", service.name(), e);
            }
        }
    }

    /**
     * After the faults every service reports itself live and ready within 30 s: no channel stayed failed, no pool
     * kept its dead connections.
     */
    private void assertEveryServiceHealthy() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (ServiceProcess service : List.of(ingest, analysis, query)) {
            for (String check : List.of("/q/health/live", "/q/health/ready")) {
                var answer = given().baseUri(service.baseUrl()).get(check);
                while (answer.statusCode() != 200 && System.nanoTime() < deadline) {
                    Thread.sleep(1000);
                    answer = given().baseUri(service.baseUrl()).get(check);
                }
                assertEquals(200, answer.statusCode(), service.name() + " " + check + ": " + answer.asString());
            }
        }
        mark("all three services live and ready");
    }

    private static String sample(Collection<String> ids) {
        return ids.stream().limit(5).toList().toString();
    }
}
