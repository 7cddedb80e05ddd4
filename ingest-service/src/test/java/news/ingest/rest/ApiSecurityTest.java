package news.ingest.rest;

import static io.restassured.RestAssured.given;
import static news.devinfra.RealInfraResource.API_KEY;
import static news.devinfra.RealInfraResource.API_KEY_HEADER;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import news.devinfra.KafkaTestClient;
import news.devinfra.RealInfraResource;
import news.devinfra.TestInfra;
import news.events.EventJson;
import news.events.IngestedArticle;
import news.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The write API refuses callers without a valid X-API-Key and survives hostile input: every refusal is
 * problem+json without a stack trace, and nothing of a refused request is published.
 */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class ApiSecurityTest {

    private static final String TEXT = "Port workers in Rotterdam ended a three-day strike on Friday after the "
            + "harbour employers agreed to a new wage deal, the union said, and container traffic resumed at once.";

    /** Every write and admin endpoint of ingest-service, as a request without its authentication. */
    private static final Map<String, Function<RequestSpecification, Response>> WRITES = Map.of(
            "POST /api/v1/articles text", r -> r.contentType("text/plain").body(TEXT + " Unauthorised.")
                    .post("/api/v1/articles"),
            "POST /api/v1/articles html", r -> r.contentType("text/html").body("<p>" + TEXT + " Unauthorised.</p>")
                    .post("/api/v1/articles"),
            "POST /api/v1/articles json", r -> r.contentType("application/json")
                    .body(Map.of("text", TEXT + " Unauthorised.")).post("/api/v1/articles"),
            "POST /api/v1/feeds", r -> r.contentType("application/json")
                    .body(Map.of("url", "https://news.example/unauthorised.xml")).post("/api/v1/feeds"),
            "POST /api/v1/feeds/1/poll", r -> r.post("/api/v1/feeds/1/poll"),
            "POST //api/v1/articles", r -> r.contentType("text/plain").body(TEXT + " Unauthorised.")
                    .post("//api/v1/articles"),
            "DELETE /api/v1/feeds/1", r -> r.delete("/api/v1/feeds/1"),
            "GET /api/v1/admin/anything", r -> r.get("/api/v1/admin/anything"));

    private final KafkaTestClient kafka = new KafkaTestClient(TestInfra.get().kafka().bootstrapServers());

    @Test
    void everyWriteWithoutOrWithAWrongKeyIs401() {
        for (var write : WRITES.entrySet()) {
            for (RequestSpecification request : List.of(given(), given().header(API_KEY_HEADER, "wrong-key"),
                    given().header(API_KEY_HEADER, ""), given().header(API_KEY_HEADER, API_KEY + "x"),
                    given().header("Authorization", "Bearer " + API_KEY))) {
                write.getValue().apply(request).then()
                        .statusCode(401)
                        .contentType("application/problem+json")
                        .header("WWW-Authenticate", containsString("X-API-Key"))
                        .body("status", equalTo(401))
                        .body("field", equalTo("X-API-Key"));
            }
        }
        assertTrue(kafka.readFor(Topics.ARTICLES_INGESTED, Duration.ofSeconds(3)).stream()
                .noneMatch(r -> r.value().contains("Unauthorised.")), "nothing of a refused request is published");
    }

    @Test
    void readsAndHealthAreOpenByDefaultAndTheKeyLetsWritesIn() {
        given().get("/api/v1/feeds").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        given().header(API_KEY_HEADER, API_KEY).contentType("text/plain").body(TEXT + " Authorised.")
                .post("/api/v1/articles").then().statusCode(202);
    }

    @Test
    void hostileInputGetsAProblemWithoutStackTraceAndPublishesNothing() {
        String marker = "Hostile marker " + System.nanoTime();
        List<String> hostile = List.of("' OR '1'='1", "'; DROP TABLE ingest.seen_article; --",
                "\" OR 1=1 --", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
                "javascript:alert(1)", "\u0000", "../../etc/passwd", "${jndi:ldap://x/a}", "x".repeat(3000));
        Map<String, String> acceptedSources = new java.util.HashMap<>();
        for (String value : hostile) {
            // url (a query parameter of HTML posts and a JSON field): only http(s) URLs are accepted
            expectProblem(keyed().contentType("text/html").queryParam("url", value)
                    .body("<p>" + marker + " " + TEXT + "</p>").post("/api/v1/articles"), 400, "url");
            expectProblem(keyed().contentType("application/json").body(Map.of("text", marker, "url", value))
                    .post("/api/v1/articles"), 400, "url");
            // source: any text up to 200 characters is data, published verbatim; longer, or with NUL, is refused
            Response answer = keyed().contentType("text/plain").queryParam("source", value)
                    .body(TEXT + " " + marker + " " + acceptedSources.size()).post("/api/v1/articles");
            if (value.length() > 200 || value.indexOf('\u0000') >= 0) {
                expectProblem(answer, 400, "source");
            } else {
                expectProblem(answer, 202, null);
                acceptedSources.put(answer.path("id"), value);
            }
        }
        // an address at the limit (2,048 characters) is 4 KB percent-encoded in the query parameter: past Vert.x's
        // default request line, it got a bare 414 instead of the extraction
        String longest = "https://example.org/a?" + "b=%20&".repeat(337) + "cdef";
        assertEquals(2048, longest.length());
        keyed().contentType("text/html").queryParam("url", longest).body("<p>" + TEXT + "</p>")
                .post("/api/v1/extract").then().statusCode(200);
        expectProblem(keyed().contentType("text/html").queryParam("url", longest + "e")
                .body("<p>" + TEXT + "</p>").post("/api/v1/extract"), 400, "url");
        // malformed and oversized bodies
        for (String json : List.of("{", "{\"text\": }", "[1,2", "{\"text\": \"a\", \"url\": {\"$ne\": 1}}",
                "\"just a string\"", "{\"text\":" + "[".repeat(5000) + "}", "null")) {
            for (String endpoint : List.of("/api/v1/articles", "/api/v1/feeds")) {
                try {
                    expectProblem(keyed().contentType("application/json").body(json).post(endpoint), 400, null);
                } catch (AssertionError e) {
                    throw new AssertionError(endpoint + " " + json.substring(0, Math.min(40, json.length()))
                            + ": " + e.getMessage(), e);
                }
            }
        }
        expectProblem(keyed().contentType("text/plain").body(marker + "y".repeat(11 * 1024 * 1024))
                .post("/api/v1/articles"), 413, "body");
        expectProblem(keyed().post("/api/v1/feeds/1%27%20OR%201=1/poll"), 404, null);

        List<ConsumerRecord<String, String>> published = kafka.readUntil(Topics.ARTICLES_INGESTED,
                Duration.ofSeconds(20), records -> records.stream().map(ConsumerRecord::key).toList()
                        .containsAll(acceptedSources.keySet()));
        for (var accepted : acceptedSources.entrySet()) {
            IngestedArticle article = published.stream().filter(r -> accepted.getKey().equals(r.key()))
                    .map(r -> EventJson.readIngested(r.value())).findFirst().orElseThrow();
            assertEquals(accepted.getValue(), article.source(), "a hostile source is kept as plain data");
        }
        assertTrue(published.stream().noneMatch(r -> r.value().contains(marker)
                && !acceptedSources.containsKey(r.key())), "nothing of a refused request is published");
    }

    @Test
    void anonymousPreviewsAreRateLimitedPerClientWithRetryAfter() {
        Response refused = null;
        for (int i = 0; i < 200 && refused == null; i++) {
            // a client on another machine (the test profile trusts X-Forwarded-For, as behind a proxy)
            Response answer = given().header("X-Forwarded-For", "203.0.113.7").contentType("text/plain").body("")
                    .post("/api/v1/extract");
            if (answer.statusCode() == 429) {
                refused = answer;
            } else {
                assertEquals(400, answer.statusCode(), "an empty preview is a 400 until the limit is reached");
            }
        }
        assertTrue(refused != null, "an anonymous client is throttled within 200 quick previews");
        refused.then().contentType("application/problem+json").body("status", equalTo(429));
        assertTrue(Long.parseLong(refused.header("Retry-After")) >= 1, refused.header("Retry-After"));
        // another client has its own bucket, and so has a keyed client
        given().header("X-Forwarded-For", "203.0.113.8").contentType("text/plain").body(TEXT)
                .post("/api/v1/extract").then().statusCode(200);
        keyed().header("X-Forwarded-For", "203.0.113.7").contentType("text/plain").body(TEXT)
                .post("/api/v1/extract").then().statusCode(200);
    }

    @Test
    void previewsFromThisMachineAreNotRateLimited() {
        // the operator's scripts: a corpus of pages posted as fast as the service answers
        for (int i = 0; i < 200; i++) {
            assertEquals(400, given().contentType("text/plain").body("").post("/api/v1/extract").statusCode(),
                    "preview " + i + " from this machine");
        }
    }

    private static RequestSpecification keyed() {
        return given().header(API_KEY_HEADER, API_KEY);
    }

    /** Asserts the answer has {@code status}, never a 5xx nor a stack trace; errors are problem+json. */
    private static void expectProblem(Response answer, int status, String field) {
        int code = answer.statusCode();
        String body = answer.asString();
        assertTrue(code < 500, "no server error: " + code + " " + body);
        assertFalse(body.contains("Exception") || body.contains("\tat ") || body.contains("at news."),
                "no stack trace in " + body);
        assertEquals(status, code, body);
        if (code >= 400) {
            assertTrue(String.valueOf(answer.contentType()).startsWith("application/problem+json"),
                    "problem+json, not '" + answer.contentType() + "', for " + code + " " + body);
            answer.then().body("status", equalTo(code))
                    .body(not(containsString("Exception")));
            if (field != null) {
                answer.then().body("field", equalTo(field));
            }
        }
    }
}
