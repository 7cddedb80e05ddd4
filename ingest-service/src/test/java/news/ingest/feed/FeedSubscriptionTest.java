package news.ingest.feed;

import static io.restassured.RestAssured.given;
import static news.devinfra.RealInfraResource.API_KEY;
import static news.devinfra.RealInfraResource.API_KEY_HEADER;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.devinfra.KafkaTestClient;
import news.devinfra.NewsSiteServer;
import news.devinfra.RealInfraResource;
import news.devinfra.TestInfra;
import news.events.ArticleIds;
import news.events.EventJson;
import news.events.IngestedArticle;
import news.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Feed subscriptions against a local news site, a real Kafka broker and a real PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class FeedSubscriptionTest {

    private final KafkaTestClient kafka = new KafkaTestClient(TestInfra.get().kafka().bootstrapServers());

    private static Map<String, String> texts(String prefix, String... slugs) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String slug : slugs) {
            texts.put(prefix + slug, "Reporting on " + prefix + slug + ": the harbour authority said on Monday that "
                    + "container traffic rose by a fifth in the spring, and that new cranes would arrive next year.");
        }
        return texts;
    }

    private List<ConsumerRecord<String, String>> published(String url) {
        return kafka.readKey(Topics.ARTICLES_INGESTED, ArticleIds.forUrl(url), 1, Duration.ofSeconds(15));
    }

    /** Every record of the articles at {@code urls}, read once all of them are there. */
    private Map<String, Long> publishedCounts(List<String> urls) {
        List<String> ids = urls.stream().map(ArticleIds::forUrl).toList();
        List<ConsumerRecord<String, String>> records = kafka.readUntil(Topics.ARTICLES_INGESTED,
                Duration.ofSeconds(20), rs -> ids.stream().allMatch(id -> rs.stream().anyMatch(r -> id.equals(r.key()))));
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < urls.size(); i++) {
            String id = ids.get(i);
            counts.put(urls.get(i), records.stream().filter(r -> id.equals(r.key())).count());
        }
        return counts;
    }

    @Test
    void entriesArePublishedOnceAndA304CostsNothing() throws Exception {
        try (NewsSiteServer site = new NewsSiteServer()) {
            String p = "once-" + System.nanoTime() + "-";
            site.publish("Harbour News", texts(p, "a", "b"));
            long id = ((Number) given().header(API_KEY_HEADER, API_KEY).contentType("application/json")
                    .body(Map.of("url", site.baseUrl() + "/feed.xml", "pollInterval", "PT1H", "source", "Harbour"))
                    .post("/api/v1/feeds")
                    .then().statusCode(201).header("Location", containsString("/api/v1/feeds/"))
                    .extract().path("id")).longValue();

            given().header(API_KEY_HEADER, API_KEY)
                    .post("/api/v1/feeds/" + id + "/poll").then().log().ifValidationFails().statusCode(200);
            // the scheduler polls a new subscription at once too: whichever poll came first fetched the feed (200)
            // and published both entries; a second one got 304
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/v1/feeds/" + id).then()
                    .statusCode(200).body("lastStatus", anyOf(equalTo(200), equalTo(304)))
                    .body("itemsSeen", equalTo(2)).body("articlesPublished", equalTo(2))
                    .body("title", equalTo("Harbour News")));
            List<ConsumerRecord<String, String>> a = published(site.baseUrl() + "/news/" + p + "a");
            IngestedArticle article = EventJson.readIngested(a.get(0).value());
            assertEquals("Headline " + p + "a", article.title());
            assertEquals("Harbour", article.source());
            assertEquals("page", article.textSource());
            assertEquals("Harbour News", article.feed().feedTitle());
            assertEquals(List.of("World"), article.feed().categories());
            assertTrue(article.body().contains("container traffic rose"), article.body());
            assertFalse(article.body().contains("Footer text"), article.body());

            int pagesBefore = site.pageRequests();
            given().header(API_KEY_HEADER, API_KEY)
                    .post("/api/v1/feeds/" + id + "/poll").then().log().ifValidationFails().statusCode(200)
                    .body("lastStatus", equalTo(304)).body("articlesPublished", equalTo(2));
            assertTrue(site.notModifiedCount() >= 1, "the second poll got a 304");
            assertEquals(pagesBefore, site.pageRequests(), "a 304 fetches no page");

            site.publish("Harbour News", texts(p, "a", "b", "c"));
            given().header(API_KEY_HEADER, API_KEY)
                    .post("/api/v1/feeds/" + id + "/poll").then().log().ifValidationFails().statusCode(200)
                    .body("lastStatus", equalTo(200)).body("articlesPublished", equalTo(3));

            site.publish("Harbour News", texts(p, "a", "b", "c", "d"));
            site.remove(p + "d");
            given().header(API_KEY_HEADER, API_KEY)
                    .post("/api/v1/feeds/" + id + "/poll").then().log().ifValidationFails().statusCode(200).body("articlesPublished", equalTo(4));
            IngestedArticle fromSummary = EventJson.readIngested(
                    published(site.baseUrl() + "/news/" + p + "d").get(0).value());
            assertEquals("feed-summary", fromSummary.textSource(), "the page is gone, the summary is used and says so");
            assertEquals("Summary of " + p + "d", fromSummary.body());

            List<String> urls = List.of("a", "b", "c", "d").stream().map(s -> site.baseUrl() + "/news/" + p + s).toList();
            publishedCounts(urls).forEach((url, count) -> assertEquals(1L, count, url + " is published exactly once"));
        }
    }

    @Test
    void aSitesAddressMovesToTheFeedItsPageNames() throws Exception {
        try (NewsSiteServer site = new NewsSiteServer()) {
            String p = "home-" + System.nanoTime() + "-";
            site.publish("Harbour News", texts(p, "a"));
            String feedUrl = site.baseUrl() + "/feed.xml";
            long id = ((Number) given().header(API_KEY_HEADER, API_KEY).contentType("application/json")
                    .body(Map.of("url", site.baseUrl() + "/site/", "pollInterval", "PT1H"))
                    .post("/api/v1/feeds").then().statusCode(201).extract().path("id")).longValue();
            given().header(API_KEY_HEADER, API_KEY)
                    .post("/api/v1/feeds/" + id + "/poll").then().log().ifValidationFails().statusCode(200)
                    .body("url", equalTo(feedUrl)).body("title", equalTo("Harbour News"))
                    .body("articlesPublished", equalTo(1));
            assertEquals(1, published(site.baseUrl() + "/news/" + p + "a").size());

            // the same site's address again: its feed is taken, so the page is refused with the reason
            long again = ((Number) given().header(API_KEY_HEADER, API_KEY).contentType("application/json")
                    .body(Map.of("url", site.baseUrl() + "/site/", "pollInterval", "PT1H"))
                    .post("/api/v1/feeds").then().statusCode(201).extract().path("id")).longValue();
            given().header(API_KEY_HEADER, API_KEY)
                    .post("/api/v1/feeds/" + again + "/poll").then().log().ifValidationFails().statusCode(200)
                    .body("url", equalTo(site.baseUrl() + "/site/"))
                    .body("lastError", equalTo("a web page, not a feed; it names the feed " + feedUrl
                            + ", which is already subscribed"));
            given().header(API_KEY_HEADER, API_KEY).delete("/api/v1/feeds/" + again).then().statusCode(204);
            given().header(API_KEY_HEADER, API_KEY).delete("/api/v1/feeds/" + id).then().statusCode(204);
        }
    }

    @Test
    void theSchedulerPollsSubscribedFeedsOnItsOwn() throws Exception {
        try (NewsSiteServer site = new NewsSiteServer()) {
            String p = "sched-" + System.nanoTime() + "-";
            site.publish("Scheduled News", texts(p, "x"));
            given().header(API_KEY_HEADER, API_KEY).contentType("application/json")
                    .body(Map.of("url", site.baseUrl() + "/feed.xml", "pollInterval", "PT2S"))
                    .post("/api/v1/feeds").then().statusCode(201);
            assertEquals(1, kafka.readKey(Topics.ARTICLES_INGESTED, ArticleIds.forUrl(site.baseUrl() + "/news/" + p
                    + "x"), 1, Duration.ofSeconds(30)).size());
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header(API_KEY_HEADER, API_KEY)
                    .get("/api/v1/feeds").then()
                    .body("find { it.url == '" + site.baseUrl() + "/feed.xml' }.lastStatus", equalTo(304)));
        }
    }

    @Test
    void privateAddressesAreRefusedAndBadSubscriptionsGetProblems() {
        long id = ((Number) given().header(API_KEY_HEADER, API_KEY).contentType("application/json")
                .body(Map.of("url", "http://169.254.169.254/latest/meta-data/feed.xml", "pollInterval", "PT1H"))
                .post("/api/v1/feeds").then().statusCode(201).extract().path("id")).longValue();
        given().header(API_KEY_HEADER, API_KEY)
                .post("/api/v1/feeds/" + id + "/poll").then().log().ifValidationFails().statusCode(200)
                .body("lastError", containsString("not a public address"))
                // the scheduler may already have polled the new subscription once on its own
                .body("consecutiveFailures", greaterThanOrEqualTo(1))
                .body("nextPollAt", notNullValue());
        given().header(API_KEY_HEADER, API_KEY)
                .get("/api/v1/feeds").then().statusCode(200).body("id", hasItem((int) id));
        given().header(API_KEY_HEADER, API_KEY).contentType("application/json")
                .body(Map.of("url", "http://169.254.169.254/latest/meta-data/feed.xml"))
                .post("/api/v1/feeds").then().statusCode(409).contentType("application/problem+json");
        given().header(API_KEY_HEADER, API_KEY).delete("/api/v1/feeds/" + id).then().statusCode(204);
        given().header(API_KEY_HEADER, API_KEY)
                .get("/api/v1/feeds/" + id).then().statusCode(404).contentType("application/problem+json");

        given().header(API_KEY_HEADER, API_KEY)
                .contentType("application/json").body(Map.of("url", "file:///etc/passwd"))
                .post("/api/v1/feeds").then().statusCode(400).body("field", equalTo("url"));
        given().header(API_KEY_HEADER, API_KEY)
                .contentType("application/json").body(Map.of("url", "https://news.example/feed", "pollInterval", "PT0S"))
                .post("/api/v1/feeds").then().statusCode(400).body("field", equalTo("pollInterval"));
        given().header(API_KEY_HEADER, API_KEY)
                .contentType("application/json").body(Map.of("url", "https://news.example/feed", "pollInterval", "soon"))
                .post("/api/v1/feeds").then().statusCode(400).body("field", equalTo("pollInterval"));
    }
}
