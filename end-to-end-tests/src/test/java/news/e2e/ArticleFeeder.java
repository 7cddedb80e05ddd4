package news.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import news.events.ArticleIds;

/**
 * Posts {@code count} distinct short articles to ingest-service at a steady rate, as a well-behaved client does:
 * every article is posted until ingest-service accepts it (202), retrying after 5xx answers, refused connections,
 * resets and timeouts. A post whose answer was lost may have been taken; posting it again is safe because the id
 * is a hash of the URL, and ingest-service answers {@code duplicate} for text it already published.
 */
final class ArticleFeeder implements AutoCloseable {

    private static final List<String> COUNTRIES = List.of("Japan", "Brazil", "Kenya", "Germany", "India", "Canada",
            "Australia", "Mexico", "Nigeria", "France", "Indonesia", "Egypt", "Chile", "Vietnam", "Poland");

    private static final List<String> THEMES = List.of(
            "Exporters in %s warned that new tariffs on steel and aluminium imports would hit shipments, as trade "
                    + "ministers prepared talks on customs duties and a free trade agreement.",
            "Flooding along the coast of %s pushed officials to speed up climate adaptation, restoring wetlands and "
                    + "cutting carbon emissions from power plants.",
            "The navy of %s held joint military exercises near disputed waters, and defence officials said troops "
                    + "would stay on alert after a missile test.",
            "The foreign minister of %s met her counterpart for talks on a bilateral treaty, and both embassies "
                    + "called the diplomatic summit constructive.",
            "The national team of %s won the football cup final after extra time, and the coach praised the "
                    + "striker who scored twice in front of a full stadium.",
            "Hospitals in %s reported a rise in measles cases, and the health ministry began a vaccination "
                    + "campaign for children in rural clinics.",
            "The central bank of %s raised interest rates to fight inflation, and investors expected slower "
                    + "economic growth and weaker consumer spending next quarter.",
            "Parliament in %s passed an election reform after a long debate, and opposition parties said they "
                    + "would challenge the vote in the constitutional court.");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<String> ingestUrl;
    private final String apiKey;
    private final String run;
    private final int count;
    private final long periodNanos;
    private final int concurrency;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final ExecutorService workers;
    private final AtomicInteger next = new AtomicInteger();
    private final Map<String, String> accepted = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> retries = new ConcurrentHashMap<>();
    private final Set<String> failures = ConcurrentHashMap.newKeySet();
    private volatile long startNanos;
    private final java.util.concurrent.atomic.AtomicLong finishedNanos = new java.util.concurrent.atomic.AtomicLong();

    /**
     * @param ingestUrl base URL of ingest-service (asked again for every post)
     * @param run       makes this run's URLs distinct from any other run's
     * @param rate      articles per second
     */
    ArticleFeeder(Supplier<String> ingestUrl, String apiKey, String run, int count, int rate, int concurrency) {
        this.ingestUrl = ingestUrl;
        this.apiKey = apiKey;
        this.run = run;
        this.count = count;
        this.periodNanos = 1_000_000_000L / rate;
        this.workers = Executors.newFixedThreadPool(concurrency, r -> {
            Thread thread = new Thread(r, "feeder");
            thread.setDaemon(true);
            return thread;
        });
        this.concurrency = concurrency;
    }

    static String url(String run, int n) {
        return "https://faults.example/" + run + "/article-" + n;
    }

    /** The ids of every article this feeder posts. */
    Set<String> expectedIds() {
        Set<String> ids = new java.util.HashSet<>();
        for (int n = 0; n < count; n++) {
            ids.add(ArticleIds.forUrl(url(run, n)));
        }
        return ids;
    }

    static String text(String run, int n) {
        String country = COUNTRIES.get(n % COUNTRIES.size());
        String other = COUNTRIES.get((n / COUNTRIES.size() + 3 * n + 1) % COUNTRIES.size());
        String first = THEMES.get(n % THEMES.size()).formatted(country);
        String second = THEMES.get((n / THEMES.size() + n + 3) % THEMES.size()).formatted(other);
        return "Dispatch " + n + " from " + country + "\n\n" + first + " " + second
                + "\n\nFiled under reference " + run + "-" + n + ".";
    }

    void start() {
        startNanos = System.nanoTime();
        for (int i = 0; i < concurrency; i++) {
            workers.execute(this::work);
        }
        workers.shutdown();
    }

    /** Waits until every article was accepted or given up. */
    boolean await(Duration timeout) throws InterruptedException {
        return workers.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** How long posting took from the first article to the last acceptance. */
    Duration elapsed() {
        long finished = finishedNanos.get();
        return Duration.ofNanos((finished == 0 ? System.nanoTime() : finished) - startNanos);
    }

    /** The ids accepted so far (a snapshot). */
    Set<String> acceptedIds() {
        return Set.copyOf(accepted.keySet());
    }

    int acceptedCount() {
        return accepted.size();
    }

    Set<String> failures() {
        return failures;
    }

    /** Answers by status ({@code published}, {@code duplicate}, ...). */
    Map<String, AtomicInteger> outcomes() {
        return outcomes;
    }

    /** Retried attempts by reason (an HTTP status or an exception class). */
    Map<String, AtomicInteger> retries() {
        return retries;
    }

    private void work() {
        int n;
        while ((n = next.getAndIncrement()) < count) {
            long due = startNanos + n * periodNanos;
            long wait = due - System.nanoTime();
            try {
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                post(n);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        finishedNanos.accumulateAndGet(System.nanoTime(), Math::max);
    }

    private void post(int n) throws InterruptedException {
        String url = url(run, n);
        String body;
        try {
            body = JSON.writeValueAsString(Map.of(
                    "url", url,
                    "text", text(run, n),
                    "source", "Fault Wire",
                    "publishedAt", OffsetDateTime.of(2026, 11, 1, 0, 0, 0, 0, ZoneOffset.UTC).plusSeconds(37L * n)
                            .toString()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        long backoff = 100;
        while (System.nanoTime() < giveUp) {
            String reason;
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                URI.create(ingestUrl.get() + "/api/v1/articles"))
                        .header("Content-Type", "application/json")
                        .header("X-API-Key", apiKey)
                        .timeout(Duration.ofSeconds(20))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 202) {
                    JsonNode answer = JSON.readTree(response.body());
                    String id = answer.path("id").asText();
                    if (!id.equals(ArticleIds.forUrl(url))) {
                        failures.add(url + ": accepted under id " + id);
                    }
                    accepted.put(id, answer.path("status").asText());
                    outcomes.computeIfAbsent(answer.path("status").asText(), k -> new AtomicInteger())
                            .incrementAndGet();
                    return;
                }
                if (response.statusCode() < 500) {
                    failures.add(url + ": " + response.statusCode() + " " + response.body());
                    return;
                }
                reason = Integer.toString(response.statusCode());
            } catch (IOException e) {
                reason = e.getClass().getSimpleName();
            }
            retries.computeIfAbsent(reason, k -> new AtomicInteger()).incrementAndGet();
            Thread.sleep(backoff);
            backoff = Math.min(1000, backoff * 2);
        }
        failures.add(url + ": not accepted within 4 minutes");
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
