package news.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * End-to-end load benchmark against the stack {@code ./run.sh} started: streams the shared corpora's pages (each
 * post under a new URL, so a new article) into ingest-service at a target rate for a set time, then prints the
 * sustained throughput, the ingest-to-stored latency percentiles (the read model's {@code stored_at} minus the
 * article's {@code ingestedAt}), and the CPU and memory of every process of the stack. A program, not a test.
 *
 * <p>Usage: {@code LoadBenchmark [rate-per-second] [seconds] [warm-up-seconds]} (default 200, 60, 30: the warm-up
 * posts at the same rate and is not measured), system properties {@code shared.dir},
 * {@code data.dir} (default .data) and {@code ingest.url} (default http://localhost:8081). Posts with the API key
 * of the environment variable {@code NEWS_API_KEY}, else the one {@code ./run.sh} keeps in {@code data.dir/api-key}.
 */
public final class LoadBenchmark {

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int warmUpSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        Path shared = Path.of(System.getProperty("shared.dir", "../shared"));
        Path data = Path.of(System.getProperty("data.dir", ".data"));
        String ingest = System.getProperty("ingest.url", "http://localhost:8081");
        Map<String, String> infra = readEnv(data.resolve("infra.env"));
        // the key ./run.sh generated (or NEWS_API_KEY): writes need it
        String apiKey = System.getenv("NEWS_API_KEY") != null ? System.getenv("NEWS_API_KEY")
                : Files.readString(data.resolve("api-key")).strip();
        List<String> pages = loadPages(shared);
        System.out.printf("%d pages loaded; target %d articles/s for %d s against %s%n", pages.size(), rate, seconds,
                ingest);

        // HTTP/1.1, as curl, feed fetchers and most clients post: Java's default HTTP/2 puts every request on one
        // connection, whose flow-control window (64 kB) the server reopens only as each page body is consumed, so
        // 64 pages in flight of ~170 kB queued on it (about 21 accepted/s against 28-30 over HTTP/1.1, same stack)
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        if (warmUpSeconds > 0) {
            // the services' JIT compilers work for thousands of pages after a start: not what is measured
            String warmUp = "w" + Long.toString(System.currentTimeMillis(), 36);
            Posted posted = stream(http, ingest, apiKey, pages, warmUp, rate, warmUpSeconds);
            awaitStored(infra, warmUp, posted.accepted(), Duration.ofSeconds(120));
            System.out.printf("warm-up: %d s at %d/s, %d accepted; measuring now%n", warmUpSeconds, rate,
                    posted.accepted());
        }
        String run = Long.toString(System.currentTimeMillis(), 36);
        Map<String, long[]> before = ProcessStats.sample(data);
        long started = System.nanoTime();
        Posted posted = stream(http, ingest, apiKey, pages, run, rate, seconds);
        double sendSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("posted %d in %.1f s: %d accepted (%.1f/s), failures %s (-1 = client backlog, 0 = I/O)%n",
                rate * seconds, sendSeconds, posted.accepted(), posted.accepted() / sendSeconds, posted.failures());

        List<Long> latencies = awaitStored(infra, run, posted.accepted(), Duration.ofSeconds(120));
        double allStoredSeconds = (System.nanoTime() - started) / 1e9;
        Map<String, long[]> after = ProcessStats.sample(data);
        Collections.sort(latencies);
        System.out.printf("stored %d of %d; sustained %.1f articles/s end to end (%.1f s until the last was stored)%n",
                latencies.size(), posted.accepted(), latencies.size() / allStoredSeconds, allStoredSeconds);
        if (!latencies.isEmpty()) {
            System.out.printf("ingest-to-stored latency ms: p50 %d  p95 %d  p99 %d  max %d%n", pct(latencies, 50),
                    pct(latencies, 95), pct(latencies, 99), latencies.get(latencies.size() - 1));
        }
        ProcessStats.print(before, after, allStoredSeconds);
    }

    /** What a run of posts gave: the articles accepted (202) and the failures by status (-1 backlog, 0 I/O). */
    private record Posted(int accepted, Map<Integer, Integer> failures) {
    }

    /** Posts {@code rate} pages a second for {@code seconds}, each under a new URL of run {@code run}. */
    private static Posted stream(HttpClient http, String ingest, String apiKey, List<String> pages, String run,
                                 int rate, int seconds) throws InterruptedException {
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        Map<Integer, Integer> failures = new ConcurrentHashMap<>();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        int total = rate * seconds;
        long periodNanos = 1_000_000_000L / rate;
        ticker.scheduleAtFixedRate(() -> {
            int n = sent.getAndIncrement();
            if (n >= total) {
                return;
            }
            if (!inFlight.tryAcquire()) {
                failures.merge(-1, 1, Integer::sum); // client-side: too many requests outstanding
                return;
            }
            String url = "https://bench.example/" + run + "/" + n;
            HttpRequest request = HttpRequest.newBuilder(URI.create(ingest + "/api/v1/articles?url=" + url))
                    .header("Content-Type", "text/html; charset=utf-8")
                    .header("X-API-Key", apiKey)
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(underOwnUrl(pages.get(n % pages.size()), url)))
                    .build();
            http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                if (error != null) {
                    failures.merge(0, 1, Integer::sum);
                } else if (response.statusCode() == 202) {
                    accepted.incrementAndGet();
                } else {
                    failures.merge(response.statusCode(), 1, Integer::sum);
                }
                inFlight.release(); // counted first: the run ends when every permit is back
            });
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        while (sent.get() < total) {
            Thread.sleep(200);
        }
        ticker.shutdownNow();
        inFlight.acquire(MAX_IN_FLIGHT);
        return new Posted(accepted.get(), failures);
    }

    private static final int MAX_IN_FLIGHT = 64;

    private static List<Long> awaitStored(Map<String, String> infra, String run, int expected, Duration timeout)
            throws Exception {
        Properties props = new Properties();
        props.put("user", infra.getOrDefault("QUARKUS_DATASOURCE_USERNAME", "postgres"));
        props.put("password", infra.getOrDefault("QUARKUS_DATASOURCE_PASSWORD", "postgres"));
        try (Connection db = DriverManager.getConnection(infra.get("QUARKUS_DATASOURCE_JDBC_URL"), props);
                PreparedStatement count = db.prepareStatement("SELECT count(*) FROM query.article WHERE url LIKE ?");
                PreparedStatement times = db.prepareStatement("SELECT (extract(epoch FROM stored_at - ingested_at)"
                        + " * 1000)::bigint FROM query.article WHERE url LIKE ?")) {
            String pattern = "https://bench.example/" + run + "/%";
            long deadline = System.nanoTime() + timeout.toNanos();
            int stored = 0;
            while (System.nanoTime() < deadline) {
                count.setString(1, pattern);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    stored = rs.getInt(1);
                }
                if (stored >= expected) {
                    break;
                }
                Thread.sleep(500);
            }
            List<Long> latencies = new ArrayList<>();
            times.setString(1, pattern);
            try (ResultSet rs = times.executeQuery()) {
                while (rs.next()) {
                    latencies.add(rs.getLong(1));
                }
            }
            return latencies;
        }
    }

    /**
     * The page as if published at {@code url}: its own canonical link comes first, so the article's id (the hash of
     * the canonical URL) is new for every post, and a page cycled again is a new article, not a duplicate.
     */
    static String underOwnUrl(String page, String url) {
        String link = "<link rel=\"canonical\" href=\"" + url + "\">";
        java.util.regex.Matcher head = HEAD.matcher(page);
        return head.find() ? page.substring(0, head.end()) + link + page.substring(head.end()) : link + page;
    }

    private static final java.util.regex.Pattern HEAD = java.util.regex.Pattern.compile("(?i)<head(\\s[^>]*)?>");

    private static long pct(List<Long> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static List<String> loadPages(Path shared) throws IOException {
        List<String> pages = new ArrayList<>();
        for (String corpus : List.of("article-extraction", "article-metadata")) {
            Path dir = shared.resolve("corpora").resolve(corpus).resolve("html");
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".html.gz")).sorted().toList()) {
                    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                        pages.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        if (pages.isEmpty()) {
            throw new IllegalStateException("no pages under " + shared + "/corpora; set -Dshared.dir");
        }
        return pages;
    }

    private static Map<String, String> readEnv(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IllegalStateException(file + " is missing: start the stack with ./run.sh first");
        }
        Map<String, String> env = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                env.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return env;
    }
}
