package news.analysis.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import news.devinfra.KafkaTestClient;
import news.devinfra.RealInfraResource;
import news.devinfra.TestInfra;
import news.events.AnalyzedArticle;
import news.events.ArticleIds;
import news.events.CloudEventTypes;
import news.events.EventJson;
import news.events.IngestedArticle;
import news.events.ThemeTag;
import news.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** analysis-service between two real Kafka topics. */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class ArticleAnalysisProcessorTest {

    private final KafkaTestClient kafka = new KafkaTestClient(TestInfra.get().kafka().bootstrapServers());

    private static IngestedArticle article(String title, String body) {
        return new IngestedArticle(IngestedArticle.SCHEMA_VERSION, ArticleIds.forText(body), null, null, "Test",
                title, List.of(), null, "en", body, ArticleIds.contentHash(title, body), Instant.now());
    }

    @Test
    void ingestedArticleIsAnalysedWithThemesEvidenceAndCountries() {
        IngestedArticle article = article("Japan and China agree to lift seafood import ban",
                "China will lift its ban on Japanese seafood imports, trade officials in Beijing said, after talks "
                        + "on tariffs and export rules with Japan's trade ministry. The two governments also agreed "
                        + "to expand trade in farm products.");
        kafka.send(Topics.ARTICLES_INGESTED, article.id(), new String(EventJson.write(article), StandardCharsets.UTF_8));

        List<ConsumerRecord<String, String>> records =
                kafka.readKey(Topics.ARTICLES_ANALYZED, article.id(), 1, Duration.ofSeconds(30));
        assertEquals(1, records.size(), "one analysed record for the article");
        AnalyzedArticle analyzed = EventJson.readAnalyzed(records.get(0).value());
        assertEquals(article, analyzed.article());
        ThemeTag trade = analyzed.themes().stream().filter(t -> t.theme().equals("trade")).findFirst().orElseThrow();
        assertEquals("medtop:20000373", trade.iptcCode());
        assertFalse(trade.evidence().isEmpty());
        trade.evidence().forEach(e -> {
            String field = e.field().equals("title") ? article.title() : article.body();
            assertEquals(e.text(), field.substring(e.start(), e.end()), "evidence offsets point at the phrase");
        });
        assertTrue(analyzed.countries().stream().anyMatch(c -> c.code().equals("CN")));
        assertTrue(analyzed.countries().stream().anyMatch(c -> c.code().equals("JP")));
        Map<String, String> headers = KafkaTestClient.headers(records.get(0));
        assertEquals(CloudEventTypes.ARTICLE_ANALYZED, headers.get("ce_type"));
        assertEquals("/analysis-service", headers.get("ce_source"));
        assertNotNull(headers.get("ce_id"));
        assertNotNull(headers.get("ce_time"));
    }

    private static final String VISIT_A = "Japanese Foreign Minister Takeshi Iwaya arrived in Beijing on Wednesday "
            + "for talks with Chinese Foreign Minister Wang Yi on seafood imports, visas and regional security. Iwaya "
            + "also met Premier Li Qiang. Both sides agreed to resume the high-level economic dialogue and to ease "
            + "visa rules for travellers.";
    private static final String VISIT_B = "Takeshi Iwaya and Wang Yi agreed in Beijing to restart the high-level "
            + "economic dialogue between Japan and China. Li Qiang told the visiting Japanese foreign minister that "
            + "visa rules for travellers would ease; seafood imports and regional security were also discussed.";

    @jakarta.inject.Inject
    StoryIndex stories;

    private AnalyzedArticle analyzedFor(IngestedArticle article) {
        kafka.send(Topics.ARTICLES_INGESTED, article.id(), new String(EventJson.write(article), StandardCharsets.UTF_8));
        List<ConsumerRecord<String, String>> records =
                kafka.readKey(Topics.ARTICLES_ANALYZED, article.id(), 1, Duration.ofSeconds(30));
        assertEquals(1, records.size());
        return EventJson.readAnalyzed(records.get(0).value());
    }

    @Test
    void articlesAboutOneEventShareAStoryAndOthersDoNot() {
        AnalyzedArticle a = analyzedFor(article("Iwaya in Beijing", VISIT_A + " (story test 1)"));
        AnalyzedArticle b = analyzedFor(article("Japan and China restart economic dialogue", VISIT_B));
        AnalyzedArticle other = analyzedFor(article("Late goal wins the cup", "Riverside won the national cup on "
                + "Saturday with a goal in the 89th minute, beating Northport 2-1 in front of 60,000 fans."));
        assertEquals(a.analysisVersion(), news.analysis.ArticleAnalyzer.ANALYSIS_VERSION);
        assertEquals(news.events.StoryLink.storyIdFor(a.id()), a.story().storyId(), "the first starts the story");
        assertEquals(a.story().storyId(), b.story().storyId(), "the second joins it: " + b.story());
        assertEquals(null, b.story().duplicateOf());
        assertEquals(news.events.StoryLink.storyIdFor(other.id()), other.story().storyId());

        AnalyzedArticle copy = analyzedFor(article("Iwaya visits Beijing (wire copy)", VISIT_A + " (story test 1) "
                + "Reporting by the wire desk."));
        assertEquals(a.story().storyId(), copy.story().storyId());
        assertEquals(a.id(), copy.story().duplicateOf(), "a syndicated copy names the first article");
    }

    @Test
    void storiesDecidedByAnotherReplicaAreFollowed() {
        // another replica analysed this article and started a story: its event is all this instance sees of it
        String text = "Harbour authorities in Rotterdam closed two container terminals on Monday after a storm surge "
                + "flooded the quays, and shipping lines diverted vessels to Antwerp and Hamburg. Port officials "
                + "expected the terminals to reopen within three days once the cranes had been inspected.";
        IngestedArticle elsewhere = article("Storm closes Rotterdam terminals", text);
        AnalyzedArticle theirs = news.analysis.ArticleAnalyzer.fromClasspath().analyze(elsewhere)
                .withStory(new news.events.StoryLink("sreplica-2-story", null, 1.0));
        kafka.send(Topics.ARTICLES_ANALYZED, theirs.id(), new String(EventJson.write(theirs), StandardCharsets.UTF_8));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> stories.linkOf(theirs.id()) != null);

        AnalyzedArticle ours = analyzedFor(article("Rotterdam terminals shut by storm", text
                + " Reporting by the wire desk."));
        assertEquals("sreplica-2-story", ours.story().storyId());
        assertEquals(theirs.id(), ours.story().duplicateOf());
    }

    @Test
    void poisonRecordGoesToTheDeadLetterTopicAndTheStreamGoesOn() {
        String poisonKey = "poison-" + System.nanoTime();
        kafka.send(Topics.ARTICLES_INGESTED, poisonKey, "{this is not an article");
        IngestedArticle next = article("Next article after a poison record",
                "Negotiators said the tariff talks would resume after the trade ministers meet next week.");
        kafka.send(Topics.ARTICLES_INGESTED, next.id(), new String(EventJson.write(next), StandardCharsets.UTF_8));

        List<ConsumerRecord<String, String>> dead =
                kafka.readKey(Topics.dlq(Topics.ARTICLES_INGESTED), poisonKey, 1, Duration.ofSeconds(30));
        assertEquals(1, dead.size(), "the poison record is in the DLQ");
        assertEquals("{this is not an article", dead.get(0).value(), "with its original value");
        Map<String, String> headers = KafkaTestClient.headers(dead.get(0));
        assertNotNull(headers.get("dead-letter-reason"), "and the error in a header: " + headers);

        assertEquals(1, kafka.readKey(Topics.ARTICLES_ANALYZED, next.id(), 1, Duration.ofSeconds(30)).size(),
                "the article after it is analysed");
        assertTrue(kafka.readFor(Topics.ARTICLES_ANALYZED, Duration.ofSeconds(1)).stream()
                .noneMatch(r -> poisonKey.equals(r.key())));
        assertEquals(Topics.ARTICLES_INGESTED, headers.get("dead-letter-topic"), headers.toString());
        assertNotNull(headers.get("dead-letter-offset"), headers.toString());

        // a re-drive needs the key; it republishes the record to articles.ingested, where (still broken) it fails
        // again and comes back to the DLQ marked as re-driven
        io.restassured.RestAssured.given().post("/api/v1/admin/dlq/articles.ingested/redrive")
                .then().statusCode(401);
        io.restassured.RestAssured.given()
                .header(news.devinfra.RealInfraResource.API_KEY_HEADER, news.devinfra.RealInfraResource.API_KEY)
                .post("/api/v1/admin/dlq/articles.ingested/redrive")
                .then().statusCode(200)
                .body("dlqTopic", org.hamcrest.Matchers.equalTo("articles.ingested.dlq"))
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        List<ConsumerRecord<String, String>> again =
                kafka.readKey(Topics.dlq(Topics.ARTICLES_INGESTED), poisonKey, 2, Duration.ofSeconds(30));
        assertEquals(2, again.size(), "the re-driven record failed again and is back in the DLQ");
        assertTrue(KafkaTestClient.headers(again.get(1)).get("redriven-from").startsWith("articles.ingested.dlq/"));
    }

    @Test
    void reanalysisReplaysTheHistoryIntoArticlesAnalyzed() {
        IngestedArticle article = article("Grain exports resume", "Grain exports resumed through the port after "
                + "customs officials lifted the export ban, trade ministers said.");
        kafka.send(Topics.ARTICLES_INGESTED, article.id(), new String(EventJson.write(article), StandardCharsets.UTF_8));
        assertEquals(1, kafka.readKey(Topics.ARTICLES_ANALYZED, article.id(), 1, Duration.ofSeconds(30)).size());

        io.restassured.RestAssured.given()
                .header(news.devinfra.RealInfraResource.API_KEY_HEADER, news.devinfra.RealInfraResource.API_KEY)
                .post("/api/v1/reanalysis").then().statusCode(202)
                .body("state", org.hamcrest.Matchers.equalTo("running"));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                io.restassured.RestAssured.given().get("/api/v1/reanalysis").then().statusCode(200)
                        .body("state", org.hamcrest.Matchers.equalTo("finished"))
                        .body("processed", org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
        List<ConsumerRecord<String, String>> twice =
                kafka.readKey(Topics.ARTICLES_ANALYZED, article.id(), 2, Duration.ofSeconds(30));
        assertEquals(2, twice.size(), "the article is analysed again");
        assertEquals(article, EventJson.readAnalyzed(twice.get(1).value()).article());
        assertEquals(EventJson.readAnalyzed(twice.get(0).value()).story(),
                EventJson.readAnalyzed(twice.get(1).value()).story(), "re-analysis keeps the article's story");
    }
}
