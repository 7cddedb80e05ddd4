package news.ingest.rest;

import static io.restassured.RestAssured.given;
import static news.devinfra.RealInfraResource.API_KEY;
import static news.devinfra.RealInfraResource.API_KEY_HEADER;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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

    /** Posts bytes as they are: without it RestAssured adds "charset=ISO-8859-1" to text types, as curl never does. */
    private static final RestAssuredConfig NO_DEFAULT_CHARSET = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

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
    void aPublishDateThatHasNotComeYetIsNoPublishDate() {
        // ten days ahead: a plausible year (Dates refuses only years past the next), so it is this rule that drops it
        String ahead = LocalDate.now(ZoneOffset.UTC).plusDays(10) + "T09:00:00Z";
        assertNull(previewOfPagePublished(ahead).path("publishedAt"),
                "a date more than a day ahead is an event's, not the article's");
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1) + "T08:00:00Z";
        assertEquals(Instant.parse(yesterday),
                OffsetDateTime.parse(previewOfPagePublished(yesterday).path("publishedAt")).toInstant());
    }

    private Response previewOfPagePublished(String date) {
        String page = "<html><head><title>Pacific nations agree fisheries patrols</title>"
                + "<meta property=\"article:published_time\" content=\"" + date + "\"></head><body><article><p>"
                + TEXT + "</p></article></body></html>";
        Response preview = given().contentType("text/html").body(page).post("/api/v1/extract");
        preview.then().statusCode(200);
        return preview;
    }

    @Test
    void aTextSentAsAPageIsReadAsText() {
        // no markup at all: read as the text it is, its lines as paragraphs
        given().contentType("text/html; charset=utf-8").body(TEXT)
                .post("/api/v1/extract")
                .then().statusCode(200)
                .body("body", startsWith("Ministers from twelve Pacific nations"))
                .body("body", containsString("economic zones.\n\nThe plan"));
    }

    @Test
    void aTextPostedWithItsAddressIsDatedByTheAddress() {
        String url = "https://news.example/pacific/2025/01/11/fisheries-patrols-agreed";
        String id = given().header(API_KEY_HEADER, API_KEY).contentType("application/json")
                .body(Map.of("url", url, "text", TEXT))
                .post("/api/v1/articles")
                .then().statusCode(202).extract().path("id");
        IngestedArticle published = EventJson.readIngested(
                kafka.readKey(Topics.ARTICLES_INGESTED, id, 1, Duration.ofSeconds(20)).get(0).value());
        assertEquals(Instant.parse("2025-01-11T00:00:00Z"), published.publishedAt().toInstant());
        // and a text-only page fetched from such an address
        given().contentType("text/html").queryParam("url", url).body(TEXT)
                .post("/api/v1/extract")
                .then().statusCode(200).body("publishedAt", startsWith("2025-01-11"));
    }

    @Test
    void aPastedPageSentWithItsAddressHasTheHeadlineTheAddressSpells() {
        // the line right over the text reads as the headline; the address names the one over the section's line
        String page = String.join("\n", "Pacific Desk", "Home", "Oceans", "Fisheries patrols agreed in Suva",
                "Posted in Oceans", "Two new boats for twelve nations", TEXT);
        String url = "https://news.example/pacific/2025/01/11/fisheries-patrols-agreed-in-suva";
        given().contentType("text/plain").body(page)
                .post("/api/v1/extract")
                .then().statusCode(200).body("title", equalTo("Two new boats for twelve nations"));
        given().contentType("text/plain").queryParam("url", url).body(page)
                .post("/api/v1/extract")
                .then().statusCode(200)
                .body("title", equalTo("Fisheries patrols agreed in Suva"))
                .body("url", equalTo(url))
                .body("publishedAt", startsWith("2025-01-11"))
                .body("body", startsWith("Ministers from twelve Pacific nations"));
        given().contentType("text/plain").queryParam("url", "javascript:alert(1)").body(page)
                .post("/api/v1/extract")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
    }

    @Test
    void aPastedPagePostedWithItsAddressIsPublishedUnderItWithTheHeadlineItSpells() {
        String page = String.join("\n", "Pacific Desk", "Home", "Oceans", "Fisheries patrols funded in Suva",
                "Posted in Oceans", "Two new boats for twelve nations", TEXT + " Posted with its address.");
        String url = "https://news.example/pacific/2025/01/12/fisheries-patrols-funded-in-suva";
        String id = given().header(API_KEY_HEADER, API_KEY).contentType("text/plain").queryParam("url", url).body(page)
                .post("/api/v1/articles")
                .then().statusCode(202).body("status", equalTo("published"))
                .body("title", equalTo("Fisheries patrols funded in Suva"))
                .extract().path("id");
        assertEquals(ArticleIds.forUrl(url), id);

        List<ConsumerRecord<String, String>> records =
                kafka.readKey(Topics.ARTICLES_INGESTED, id, 1, Duration.ofSeconds(8));
        assertEquals(1, records.size());
        IngestedArticle article = EventJson.readIngested(records.get(0).value());
        assertEquals("Fisheries patrols funded in Suva", article.title());
        assertEquals(url, article.canonicalUrl());
        assertTrue(article.body().startsWith("Ministers from twelve Pacific nations"), article.body());
    }

    @Test
    void pagesInLegacyCharsetsComeOutWhole() throws Exception {
        String korean = "정부는 목요일 새로운 무역 협정을 발표했다. 협정은 내년부터 두 나라 사이의 관세를 단계적으로 낮춘다. "
                + "전문가들은 이번 합의가 수출 기업에 큰 도움이 될 것이라고 말했다.";
        // EUC-KR bytes posted with neither a charset in the header nor a <meta charset>: detected
        byte[] page = ("<html><head><title>무역 협정 발표</title></head><body><article><h1>무역 협정 발표</h1><p>"
                + korean + "</p><p>" + korean + "</p></article></body></html>").getBytes("EUC-KR");
        given().config(NO_DEFAULT_CHARSET).contentType("text/html").body(page)
                .post("/api/v1/extract")
                .then().statusCode(200)
                .body("title", equalTo("무역 협정 발표"))
                .body("language", equalTo("ko"))
                .body("body", startsWith("정부는 목요일"));
        // windows-1252 declared by the page itself
        byte[] french = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1252'>"
                + "<title>Un accord signé à Genève</title></head><body><article><p>Les négociateurs ont signé "
                + "jeudi à Genève un accord sur la pêche, après des années de discussions difficiles entre les "
                + "délégations. Le texte entre en vigueur l'été prochain.</p></article></body></html>")
                .getBytes("windows-1252");
        given().config(NO_DEFAULT_CHARSET).contentType("text/html").body(french)
                .post("/api/v1/extract")
                .then().statusCode(200)
                .body("title", equalTo("Un accord signé à Genève"))
                .body("body", startsWith("Les négociateurs ont signé jeudi à Genève"));
    }

    @Test
    void anXhtmlPageIsAPage() {
        String page = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
                + "<title>Harbour strike ends</title></head><body><article><h1>Harbour strike ends</h1><p>Port workers in "
                + "Rotterdam ended a three-day strike on Friday after the employers agreed to a new wage deal, the union "
                + "said, and container traffic resumed at once.</p></article></body></html>";
        given().contentType("application/xhtml+xml").body(page)
                .post("/api/v1/extract")
                .then().statusCode(200)
                .body("title", equalTo("Harbour strike ends"))
                .body("body", startsWith("Port workers in Rotterdam"));
    }

    @Test
    void badInputGetsProblemDetailsAndPublishesNothing() {
        String marker = "Unpublishable marker " + System.nanoTime();
        given().header(API_KEY_HEADER, API_KEY).contentType("text/plain").body("")
                .post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("body"));
        given().header(API_KEY_HEADER, API_KEY).contentType("application/xml").body("<a>" + marker + "</a>")
                .post("/api/v1/articles")
                .then().statusCode(415).contentType("application/problem+json")
                .body("detail", containsString("'application/xml")).body("field", equalTo("Content-Type"));
        given().contentType("application/x-www-form-urlencoded").body("<p>" + marker + "</p>")
                .post("/api/v1/extract")
                .then().statusCode(415).contentType("application/problem+json")
                .body("detail", containsString("text/html"));
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
        // a publication date the caller gives more than a day ahead would head every list sorted by date
        given().header(API_KEY_HEADER, API_KEY).contentType("application/json")
                .body(Map.of("text", marker + " " + TEXT, "publishedAt", "9999-12-31T23:59:59Z"))
                .post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("publishedAt"))
                .body("detail", containsString("more than a day ahead"));
        given().header(API_KEY_HEADER, API_KEY).contentType("application/json")
                .body(Map.of("text", marker + " " + TEXT, "publishedAt", LocalDate.now(ZoneOffset.UTC) + "T23:00:00+00:00"))
                .post("/api/v1/extract")
                .then().statusCode(200).body("publishedAt", startsWith(LocalDate.now(ZoneOffset.UTC).toString()));
        given().header(API_KEY_HEADER, API_KEY)
                .contentType("application/json").body(Map.of("text", marker, "url", "ftp://example.org/x"))
                .post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("url"));
        given().header(API_KEY_HEADER, API_KEY)
                .contentType("text/html").body("<html><body><nav><a href='/'>Home</a></nav></body></html>")
                .post("/api/v1/articles")
                .then().statusCode(422).contentType("application/problem+json");
        String manyElements = "<html><body><p>" + marker + " " + "<div>".repeat(100_001) + "</body></html>";
        for (String path : List.of("/api/v1/articles", "/api/v1/extract")) {
            given().header(API_KEY_HEADER, API_KEY).contentType("text/html").body(manyElements.getBytes(StandardCharsets.UTF_8))
                    .post(path)
                    .then().statusCode(422).contentType("application/problem+json").body("field", equalTo("html"))
                    .body("detail", startsWith("the page has more than 100,000 elements"));
        }
        given().header(API_KEY_HEADER, API_KEY).contentType("text/html")
                .body("<html><body><p>" + marker + "</p>" + "<div><p><b>Words ".repeat(600) + "</body></html>")
                .post("/api/v1/extract")
                .then().statusCode(422).contentType("application/problem+json").body("field", equalTo("html"))
                .body("detail", startsWith("the HTML parser fails on the page's markup"));
        String book = marker + "\n\n" + IntStream.range(0, 2_000)
                .mapToObj(p -> IntStream.range(0, 10)
                        .mapToObj(k -> "Sentence " + k + " of paragraph " + p + " in a text longer than news.")
                        .collect(Collectors.joining(" ")))
                .collect(Collectors.joining("\n\n"));
        given().header(API_KEY_HEADER, API_KEY).contentType("text/plain").body(book)
                .post("/api/v1/articles")
                .then().statusCode(422).contentType("application/problem+json").body("field", equalTo("text"))
                .body("title", equalTo("Unprocessable Content")).body("detail", startsWith("the article's text is 1,"))
                .body("detail", containsString("characters long, more than any news article (at most 1,000,000)"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        given().header(API_KEY_HEADER, API_KEY).contentType("text/html").body(png)
                .post("/api/v1/articles")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", startsWith("the body is binary"));

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
