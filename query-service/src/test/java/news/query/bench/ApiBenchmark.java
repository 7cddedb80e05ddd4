package news.query.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * Drives a running query-service with concurrent clients over a dashboard-like mix (filtered lists, the next
 * page, full-text queries, theme series, top countries, theme × country) and prints throughput and latency
 * percentiles, overall and per kind. Each client sends its next request as soon as the last one is answered.
 *
 * <p>Arguments: {@code [baseUrl (http://localhost:8083)] [clients (50)] [seconds (60)] [warm-up seconds (10)]
 * [cold]}. With {@code cold}, every request carries a unique extra parameter, so no answer comes from the
 * service's answer cache (every query runs in PostgreSQL).
 */
public final class ApiBenchmark {

    static final String[] THEMES = {"politics", "diplomacy", "security", "economy", "health", "crime-justice",
            "sport", "education", "culture", "science-technology", "transport", "disaster", "migration", "energy",
            "environment", "labour", "trade", "agriculture"};
    static final String[] COUNTRIES = {"US", "CN", "GB", "RU", "UA", "DE", "FR", "JP", "IN", "IL", "IR", "BR",
            "CA", "MX", "IT", "ES", "KR"};
    static final String[] WORDS = {"budget", "election", "senate", "court", "tax", "oil", "school", "police",
            "hospital", "trade", "china", "russia", "war", "peace talks", "\"health care\"", "strike", "storm",
            "museum", "olympics", "bank", "airline", "immigration", "farm", "nuclear", "clinton", "jobs",
            "congress -senate", "drug prices", "mayor", "bridge"};

    /** One kind of request: how it is built, and how often it is sent (weight). */
    record Kind(String name, int weight, Function<Random, String> path) {
    }

    private ApiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8083";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        boolean cold = args.length > 4 && args[4].equals("cold");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<Kind> kinds = List.of(
                new Kind("list theme", 25, r -> "/api/v1/articles?theme=" + pick(r, THEMES) + window(r, today)),
                new Kind("list themes any/all+country", 15, r -> "/api/v1/articles?theme=" + pick(r, THEMES) + ","
                        + pick(r, THEMES) + "&themeMatch=" + (r.nextBoolean() ? "any" : "all") + "&country="
                        + pick(r, COUNTRIES)),
                new Kind("list source+language", 5, r -> "/api/v1/articles?source=" + enc(pick(r, ReadModelLoader.SOURCES))
                        + "&language=en"),
                new Kind("list page 2", 5, r -> "NEXT /api/v1/articles?country=" + pick(r, COUNTRIES)),
                new Kind("full text (relevance)", 15, r -> "/api/v1/articles?q=" + enc(pick(r, WORDS))
                        + window(r, today)),
                new Kind("full text + theme, newest", 10, r -> "/api/v1/articles?q=" + enc(pick(r, WORDS))
                        + "&sort=published&theme=" + pick(r, THEMES)),
                new Kind("stats themes", 12, r -> "/api/v1/stats/themes?interval=" + (r.nextInt(4) == 0 ? "week" : "day")
                        + (r.nextInt(3) == 0 ? "&theme=" + pick(r, THEMES) : "") + window(r, today)),
                new Kind("stats tone", 2, r -> "/api/v1/stats/tone" + (r.nextInt(3) == 0 ? "?theme=" + pick(r, THEMES)
                        + window(r, today) : window(r, today).replaceFirst("&", "?"))),
                new Kind("stats countries", 8, r -> "/api/v1/stats/countries?theme=" + pick(r, THEMES)
                        + window(r, today)),
                new Kind("stats theme x country", 5, r -> "/api/v1/stats/theme-countries" + window(r, today)
                        .replaceFirst("&", "?")),
                // the dashboard's stories panel (V9 story rows)
                new Kind("stories", 1, r -> "/api/v1/stories"),
                new Kind("stories by theme", 1, r -> "/api/v1/stories?theme=" + pick(r, THEMES)),
                new Kind("stories by country", 1, r -> "/api/v1/stories?country=" + pick(r, COUNTRIES)),
                new Kind("stories page 2", 1, r -> "NEXT /api/v1/stories?limit=20"
                        + (r.nextBoolean() ? "&theme=" + pick(r, THEMES) : "")));
        int totalWeight = kinds.stream().mapToInt(Kind::weight).sum();

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, List<long[]>> samples = new ConcurrentHashMap<>();
        LongAdder errors = new LongAdder();
        AtomicLong firstError = new AtomicLong();
        long start = System.nanoTime();
        long measureFrom = start + Duration.ofSeconds(warmup).toNanos();
        long end = measureFrom + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        System.out.printf("%d clients, %d s warm-up, %d s measured, against %s%s%n", clients, warmup, seconds, base,
                cold ? " (cold: no answer cache hits)" : "");
        for (int c = 0; c < clients; c++) {
            Random random = new Random(1000 + c);
            Thread thread = new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        Kind kind = choose(kinds, totalWeight, random);
                        String path = kind.path().apply(random);
                        if (cold) {
                            path = path + (path.contains("?") ? "&" : "?") + "nocache=" + random.nextLong();
                        }
                        long t0 = System.nanoTime();
                        int status = send(http, base, path);
                        long t1 = System.nanoTime();
                        if (status != 200) {
                            errors.increment();
                            if (firstError.compareAndSet(0, 1)) {
                                System.out.println("first error: " + status + " " + path);
                            }
                        }
                        if (t0 >= measureFrom && t1 <= end) {
                            samples.computeIfAbsent(kind.name(), k -> java.util.Collections.synchronizedList(
                                    new ArrayList<>())).add(new long[] {t1 - t0});
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "client-" + c);
            thread.start();
        }
        done.await();

        long[] all = samples.values().stream().flatMap(List::stream).mapToLong(s -> s[0]).sorted().toArray();
        System.out.printf("%n%-30s %8s %9s %8s %8s %8s %8s%n", "kind", "requests", "req/s", "p50 ms", "p90 ms",
                "p99 ms", "max ms");
        Map<String, List<long[]>> sorted = new TreeMap<>(samples);
        sorted.forEach((name, list) -> {
            long[] values = list.stream().mapToLong(s -> s[0]).sorted().toArray();
            print(name, values, seconds);
        });
        print("ALL", all, seconds);
        System.out.printf("errors (non-200): %d%n", errors.sum());
    }

    private static void print(String name, long[] sortedNanos, int seconds) {
        System.out.printf("%-30s %8d %9.1f %8.1f %8.1f %8.1f %8.1f%n", name, sortedNanos.length,
                sortedNanos.length / (double) seconds, ms(sortedNanos, 0.50), ms(sortedNanos, 0.90),
                ms(sortedNanos, 0.99), sortedNanos.length == 0 ? 0 : sortedNanos[sortedNanos.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    /** Sends a GET; a path starting with {@code NEXT } is a list whose next page is then fetched (timed as one). */
    private static int send(HttpClient http, String base, String path) {
        try {
            boolean next = path.startsWith("NEXT ");
            String first = next ? path.substring(5) : path;
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + first))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (!next || response.statusCode() != 200) {
                return response.statusCode();
            }
            int at = response.body().indexOf("\"nextCursor\":\"");
            if (at < 0) {
                return 200;
            }
            String cursor = response.body().substring(at + 14, response.body().indexOf('"', at + 14));
            return http.send(HttpRequest.newBuilder(URI.create(base + first + "&cursor=" + cursor))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static Kind choose(List<Kind> kinds, int totalWeight, Random random) {
        int pick = random.nextInt(totalWeight);
        for (Kind kind : kinds) {
            pick -= kind.weight();
            if (pick < 0) {
                return kind;
            }
        }
        return kinds.get(kinds.size() - 1);
    }

    /** A dashboard window: the last 7, 30 or 90 days (whole days, so repeated polls share answers), or none. */
    private static String window(Random random, LocalDate today) {
        int days = new int[] {0, 7, 30, 90}[random.nextInt(4)];
        return days == 0 ? "" : "&from=" + today.minusDays(days) + "&to=" + today.plusDays(1);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
