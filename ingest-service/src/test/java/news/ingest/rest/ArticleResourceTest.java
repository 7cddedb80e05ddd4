package news.ingest.rest;

import static io.restassured.RestAssured.given;
import static news.devinfra.RealInfraResource.API_KEY;
import static news.devinfra.RealInfraResource.API_KEY_HEADER;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import news.devinfra.KafkaTestClient;
import news.devinfra.RealInfraResource;
import news.devinfra.TestInfra;
import news.events.ArticleIds;
import news.events.CloudEventTypes;
import news.events.EventJson;
import news.events.IngestedArticle;
import news.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** ingest-service as a user meets it, against a real Kafka broker and a real PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class ArticleResourceTest {

    private static final String TEXT = """
            Ministers from twelve Pacific nations met in Suva on Thursday to agree on a plan for shared fisheries \
            patrols, aimed at stopping illegal fishing in their exclusive economic zones.
            The plan, to be financed by a regional fund, will put two new patrol boats into service next year.""";

    private final KafkaTestClient kafka = new KafkaTestClient(TestInfra.get().kafka().bootstrapServers());

    @Test
    void plainTextIsPublishedOnceWithCloudEventsHeaders() {
        Response first = given().header(API_KEY_HEADER, API_KEY).contentType("text/plain").body(TEXT + " First test.")
                .post("/api/v1/articles");
        first.then().statusCode(202)
                .header("Location", startsWith("http://localhost:8083/api/v1/articles/"))
                .body("status", equalTo("published"));
        String id = first.path("id");
        assertEquals(ArticleIds.forText(TEXT + " First test."), id);

        given().header(API_KEY_HEADER, API_KEY).contentType("text/plain").body(TEXT + " First test.")
                .post("/api/v1/articles")
                .then().statusCode(202).body("id", equalTo(id)).body("status", equalTo("duplicate"));

        List<ConsumerRecord<String, String>> records =
                kafka.readKey(Topics.ARTICLES_INGESTED, id, 2, Duration.ofSeconds(8));
        assertEquals(1, records.size(), "the article is published once, the repost is not published");
        ConsumerRecord<String, String> record = records.get(0);
        IngestedArticle article = EventJson.readIngested(record.value());
        assertEquals(id, article.id());
        assertTrue(article.body().contains("shared fisheries patrols"), article.body());
        Map<String, String> headers = KafkaTestClient.headers(record);
        assertEquals(CloudEventTypes.ARTICLE_INGESTED, headers.get("ce_type"));
        assertEquals("/ingest-service", headers.get("ce_source"));
        assertNotNull(headers.get("ce_id"));
        assertNotNull(headers.get("ce_time"));
    }

    @Test
    void htmlWithUrlGetsTheUrlsIdAndChangedTextIsPublishedAgainUnderIt() {
        String url = "https://news.example/pacific/fisheries-patrols";
        String page = "<html><head><title>Pacific nations agree fisheries patrols</title></head><body><article><p>"
                + TEXT + "</p></article></body></html>";
        String id = given().header(API_KEY_HEADER, API_KEY).contentType("text/html").queryParam("url", url).body(page)
                .post("/api/v1/articles")
                .then().statusCode(202).body("status", equalTo("published"))
                .extract().path("id");
        assertEquals(ArticleIds.forUrl(url), id);

        given().header(API_KEY_HEADER, API_KEY).contentType("application/json")
                .body(Map.of("url", url, "html", page.replace("two new", "three new"), "source", "Test Wire"))
                .post("/api/v1/articles")
                .then().statusCode(202).body("id", equalTo(id)).body("status", equalTo("updated"));

        List<ConsumerRecord<String, String>> records =
                kafka.readKey(Topics.ARTICLES_INGESTED, id, 2, Duration.ofSeconds(20));
        assertEquals(2, records.size());
        IngestedArticle updated = EventJson.readIngested(records.get(1).value());
        assertTrue(updated.body().contains("three new patrol boats"));
        assertEquals("Test Wire", updated.source());
        assertEquals(url, updated.canonicalUrl());
    }

    @Test
    void extractShowsTheArticleAndPublishesNothing() {
        String text = TEXT + " Only a preview.";
        String id = given().contentType("text/plain").body(text)
                .post("/api/v1/extract")
                .then().statusCode(200)
                .body("body", startsWith("Ministers from twelve Pacific nations"))
                .extract().path("id");
        assertEquals(ArticleIds.forText(text), id);
        assertTrue(kafka.readFor(Topics.ARTICLES_INGESTED, Duration.ofSeconds(3)).stream()
                .noneMatch(r -> id.equals(r.key())), "a preview publishes nothing");
    }

    @Test
    void badInputGetsProblemDetailsAndPublishesNothing() {
        String marker = "Unpublishable marker " + System.nanoTime();
        given().header(API_KEY_HEADER, API_KEY).contentType("text/plain").body("")
                .post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("body"));
        given().header(API_KEY_HEADER, API_KEY).contentType("application/xml").body("<a>" + marker + "</a>")
                .post("/api/v1/articles")
                .then().statusCode(415).contentType("application/problem+json");
        given().header(API_KEY_HEADER, API_KEY)
                .contentType("text/plain").body(marker + " " + "x".repeat(10 * 1024 * 1024))
                .post("/api/v1/articles")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
        given().header(API_KEY_HEADER, API_KEY).contentType("application/json").body("{\"text\": ")
                .post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json");
        given().header(API_KEY_HEADER, API_KEY)
                .contentType("application/json").body(Map.of("html", "<p>" + marker + "</p>", "text", marker))
                .post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json");
        given().header(API_KEY_HEADER, API_KEY)
                .contentType("application/json").body(Map.of("text", marker, "url", "ftp://example.org/x"))
                .post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("url"));
        given().header(API_KEY_HEADER, API_KEY)
                .contentType("text/html").body("<html><body><nav><a href='/'>Home</a></nav></body></html>")
                .post("/api/v1/articles")
                .then().statusCode(422).contentType("application/problem+json");

        assertTrue(kafka.readFor(Topics.ARTICLES_INGESTED, Duration.ofSeconds(3)).stream()
                .noneMatch(r -> r.value().contains("Unpublishable marker")), "nothing of a refused request is published");
    }

    @Test
    void healthOpenApiAndMetricsAnswer() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/openapi").then().statusCode(200);
        given().header(API_KEY_HEADER, API_KEY)
                .contentType("text/plain").body(TEXT + " Counted.").post("/api/v1/articles").then().statusCode(202);
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("news_articles_ingested_total{status=\"published\"}"));
    }
}
