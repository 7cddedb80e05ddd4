package news.query.rest;

import static io.restassured.RestAssured.given;
import static news.query.TestArticles.article;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import news.devinfra.RealInfraResource;
import news.query.TestArticles;
import org.junit.jupiter.api.Test;

/** The live stream: filtered events as articles are stored, keep-alive comments, resume from Last-Event-ID. */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class StreamTest {

    private static final String SRC = "Stream Herald";
    private final TestArticles articles = new TestArticles();
    private final HttpClient http = HttpClient.newHttpClient();

    @TestHTTPResource("/api/v1/stream")
    URI stream;

    /** One open stream: its lines as they arrive. */
    private final class Connection implements AutoCloseable {
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        final CompletableFuture<HttpResponse<Stream<String>>> response;

        Connection(String query, String lastEventId) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stream + "?" + query))
                    .header("Accept", "text/event-stream");
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            response = http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
            response.thenAccept(r -> CompletableFuture.runAsync(() -> r.body().forEach(lines::add)));
        }

        String next(Duration timeout) throws InterruptedException {
            return lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** The next article event: {id, data}. */
        String[] nextArticle(Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            String id = null;
            while (System.nanoTime() < deadline) {
                String line = next(Duration.ofMillis(200));
                if (line == null) {
                    continue;
                }
                if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("data:") && id != null) {
                    return new String[] {id, line.substring(5).strip()};
                }
            }
            return null;
        }

        @Override
        public void close() {
            response.thenAccept(r -> r.body().close());
            response.cancel(true);
        }
    }

    @Test
    void pushesMatchingArticlesKeepsAliveAndResumesFromLastEventId() throws Exception {
        String firstId;
        try (Connection sport = new Connection("theme=sport&source=" + SRC.replace(" ", "+"), null)) {
            assertEquals(200, sport.response.get(10, TimeUnit.SECONDS).statusCode());
            articles.publish(article("sse-weather", SRC, "en", "Rain", "rain all week in Oslo",
                    "2024-07-01T00:00:00Z", List.of("disaster:rain"), List.of("NO:Oslo")));
            articles.publish(article("sse-match", SRC, "en", "Final", "the cup final in Oslo",
                    "2024-07-01T01:00:00Z", List.of("sport:cup final"), List.of("NO:Oslo")));
            String[] event = sport.nextArticle(Duration.ofSeconds(30));
            assertNotNull(event, "an article event");
            assertTrue(event[1].contains("\"id\":\"sse-match\""), event[1]);
            assertTrue(event[1].contains("\"theme\":\"sport\""), event[1]);
            firstId = event[0];

            // idle: keep-alive comments (every second in tests)
            List<String> idle = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (System.nanoTime() < deadline && idle.stream().noneMatch(l -> l.startsWith(":"))) {
                String line = sport.next(Duration.ofMillis(500));
                if (line != null) {
                    idle.add(line);
                }
            }
            assertTrue(idle.stream().anyMatch(l -> l.startsWith(":")), "a keep-alive comment: " + idle);
            assertTrue(idle.stream().noneMatch(l -> l.contains("sse-weather")), "filtered out: " + idle);
        }

        // stored while nobody listened; a resume gets it, and only it
        articles.publish(article("sse-missed", SRC, "en", "Derby", "the derby in Bergen",
                "2024-07-02T00:00:00Z", List.of("sport:derby"), List.of("NO:Bergen")));
        TestArticles.awaitStored("sse-missed");
        try (Connection resumed = new Connection("theme=sport&source=" + SRC.replace(" ", "+"), firstId)) {
            String[] event = resumed.nextArticle(Duration.ofSeconds(30));
            assertNotNull(event, "the missed article");
            assertTrue(event[1].contains("\"id\":\"sse-missed\""), event[1]);
            assertTrue(Long.parseLong(event[0]) > Long.parseLong(firstId));
        }
    }

    @Test
    void badFiltersAreProblemsBeforeTheStreamOpens() {
        given().queryParam("theme", "astrology").accept("text/event-stream").get("/api/v1/stream").then()
                .statusCode(400).contentType("application/problem+json").body("field", equalTo("theme"));
        given().header("Last-Event-ID", "abc").accept("text/event-stream").get("/api/v1/stream").then()
                .statusCode(400).body("field", equalTo("Last-Event-ID"));
    }
}
