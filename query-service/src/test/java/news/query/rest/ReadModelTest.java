package news.query.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import news.devinfra.KafkaTestClient;
import news.devinfra.RealInfraResource;
import news.devinfra.TestInfra;
import news.events.AnalyzedArticle;
import news.events.CountryMention;
import news.events.EntityMention;
import news.events.Evidence;
import news.events.EventJson;
import news.events.IngestedArticle;
import news.events.ThemeTag;
import news.events.Topics;
import org.junit.jupiter.api.Test;

/** query-service fed through a real Kafka topic, storing in a real PostgreSQL, read through its API. */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class ReadModelTest {

    @Inject
    DataSource dataSource;

    private final KafkaTestClient kafka = new KafkaTestClient(TestInfra.get().kafka().bootstrapServers());

    private static AnalyzedArticle analyzed(String id, String title, String body, String published, int version,
            List<ThemeTag> themes, List<CountryMention> countries) {
        IngestedArticle article = new IngestedArticle(IngestedArticle.SCHEMA_VERSION, id, "https://news.example/" + id,
                null, "Example News", title, List.of("A. Writer"),
                published == null ? null : OffsetDateTime.parse(published), "en", body, "hash-" + body.hashCode(),
                Instant.parse("2026-01-01T00:00:00Z"));
        return new AnalyzedArticle(AnalyzedArticle.SCHEMA_VERSION, version, "test", article, themes, countries,
                Instant.now());
    }

    private static ThemeTag theme(String id, String code, String phrase, int start) {
        return new ThemeTag(id, id.substring(0, 1).toUpperCase() + id.substring(1), code, 0.8,
                List.of(new Evidence("body", phrase, start, start + phrase.length())));
    }

    private void publish(AnalyzedArticle event) {
        kafka.send(Topics.ARTICLES_ANALYZED, event.id(), new String(EventJson.write(event), StandardCharsets.UTF_8));
    }

    private static void awaitStored(String id) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/articles/" + id).then().statusCode(200));
    }

    @Test
    void storedArticleShowsThemesWithEvidenceAndCountries() {
        String body = "Tariffs on steel were suspended, trade officials in Tokyo said.";
        publish(analyzed("rm-detail", "Steel tariffs suspended", body, "2025-01-11T13:04:00+02:00", 1,
                List.of(theme("trade", "medtop:20000373", "Tariffs", 0)),
                List.of(new CountryMention("JP", "Japan", 1, List.of(new Evidence("body", "Tokyo", 48, 53))))));
        awaitStored("rm-detail");

        given().get("/api/v1/articles/rm-detail").then().statusCode(200)
                .body("title", equalTo("Steel tariffs suspended"))
                .body("body", equalTo(body))
                .body("publishedAt", equalTo("2025-01-11T11:04:00Z"))
                .body("themes[0].theme", equalTo("trade"))
                .body("themes[0].iptcCode", equalTo("medtop:20000373"))
                .body("themes[0].evidence[0].text", equalTo("Tariffs"))
                .body("themes[0].evidence[0].start", equalTo(0))
                .body("countries[0].code", equalTo("JP"))
                .body("countries[0].evidence[0].text", equalTo("Tokyo"));
        given().get("/api/v1/articles/no-such-article").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void listsFilterByThemeCountryTextAndTimeAndPageWithACursor() {
        List<ThemeTag> trade = List.of(theme("trade", "medtop:20000373", "exports", 0));
        List<ThemeTag> environment = List.of(theme("environment", "medtop:06000000", "wetlands", 0));
        List<CountryMention> brazil = List.of(new CountryMention("BR", "Brazil", 2, List.of()));
        publish(analyzed("rm-a", "Soybean exports rise", "exports of soybeans from Brazil rose sharply", "2024-03-01T10:00:00Z", 1, trade, brazil));
        publish(analyzed("rm-b", "Coffee exports fall", "exports of coffee from Brazil fell after frost", "2024-03-02T10:00:00Z", 1, trade, brazil));
        publish(analyzed("rm-c", "Ore exports steady", "exports of iron ore from Brazil held steady", "2024-03-03T10:00:00Z", 1, trade, brazil));
        publish(analyzed("rm-d", "Wetlands restored", "wetlands in the Pantanal of Brazil are being restored", "2024-03-04T10:00:00Z", 1, environment, brazil));
        awaitStored("rm-d");
        awaitStored("rm-a");

        JsonPath first = given().queryParam("theme", "trade").queryParam("country", "BR").queryParam("limit", 2)
                .get("/api/v1/articles").then().statusCode(200)
                .body("items.id", contains("rm-c", "rm-b"))
                .body("nextCursor", notNullValue())
                .extract().jsonPath();
        given().queryParam("theme", "trade").queryParam("country", "BR").queryParam("limit", 2)
                .queryParam("cursor", first.getString("nextCursor"))
                .get("/api/v1/articles").then().statusCode(200)
                .body("items.id", contains("rm-a"))
                .body("nextCursor", nullValue());

        given().queryParam("q", "coffee frost").get("/api/v1/articles").then().statusCode(200)
                .body("items.id", contains("rm-b"));
        given().queryParam("country", "br").queryParam("from", "2024-03-02").queryParam("to", "2024-03-04")
                .get("/api/v1/articles").then().statusCode(200)
                .body("items.id", contains("rm-c", "rm-b"));
        given().queryParam("theme", "environment").get("/api/v1/articles").then().statusCode(200)
                .body("items.id", contains("rm-d"))
                .body("items[0].themes[0].iptcCode", equalTo("medtop:06000000"));

        given().get("/api/v1/themes").then().statusCode(200)
                .body("find { it.theme == 'environment' }.articles", equalTo(1))
                .body("theme", hasItem("trade"));
    }

    @Test
    void olderAnalysisNeverReplacesANewerOne() {
        List<ThemeTag> v2 = List.of(theme("diplomacy", "medtop:20000638", "talks", 0));
        List<ThemeTag> v1 = List.of(theme("economy", "medtop:04000000", "talks", 0));
        publish(analyzed("rm-version", "Talks", "talks resumed", null, 2, v2, List.of()));
        awaitStored("rm-version");
        publish(analyzed("rm-version", "Talks", "talks resumed", null, 1, v1, List.of()));
        publish(analyzed("rm-marker", "Marker", "a later record on another key", null, 1, v1, List.of()));
        awaitStored("rm-marker");
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                given().get("/api/v1/articles/rm-version").then()
                        .body("analysisVersion", equalTo(2))
                        .body("themes.theme", contains("diplomacy")));
        assertEquals(1, given().queryParam("q", "talks resumed").get("/api/v1/articles")
                .jsonPath().getList("items").size(), "one row per article");
    }

    /**
     * A re-analysis (new themes, same text) rewrites its article's row once, and leaves the title and body, and so the
     * full-text index's words, as they were: replaying a whole history costs one light update per article.
     */
    @Test
    void reanalysisUpdatesTheRowOnceWithoutRewritingItsText() throws SQLException {
        String id = "rm-one-update";
        publish(analyzed(id, "Port strike", "dockers walked out over pay", null, 1,
                List.of(theme("labour", "medtop:09000000", "walked out", 8)), List.of()));
        awaitStored(id);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE query.test_row_writes (what text NOT NULL)");
            s.execute("""
                    CREATE FUNCTION query.test_count_row_write() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN INSERT INTO query.test_row_writes VALUES (TG_ARGV[0]); RETURN NULL; END $$""");
            s.execute("CREATE TRIGGER test_any_update AFTER UPDATE ON query.article FOR EACH ROW WHEN (NEW.id = '"
                    + id + "') EXECUTE FUNCTION query.test_count_row_write('row')");
            s.execute("CREATE TRIGGER test_text_update AFTER UPDATE OF title, body ON query.article FOR EACH ROW"
                    + " WHEN (NEW.id = '" + id + "') EXECUTE FUNCTION query.test_count_row_write('text')");
            try {
                publish(analyzed(id, "Port strike", "dockers walked out over pay", null, 2,
                        List.of(theme("labour", "medtop:09000000", "walked out", 8),
                                theme("transport", "medtop:20000682", "dockers", 0)), List.of()));
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                        given().get("/api/v1/articles/" + id).then().body("analysisVersion", equalTo(2)));
                ResultSet writes = s.executeQuery("SELECT count(*) FILTER (WHERE what = 'row'),"
                        + " count(*) FILTER (WHERE what = 'text') FROM query.test_row_writes");
                writes.next();
                assertEquals(1, writes.getInt(1), "updates of the article's row");
                assertEquals(0, writes.getInt(2), "updates writing its title or body");
            } finally {
                s.execute("DROP TRIGGER test_any_update ON query.article");
                s.execute("DROP TRIGGER test_text_update ON query.article");
                s.execute("DROP FUNCTION query.test_count_row_write()");
                s.execute("DROP TABLE query.test_row_writes");
            }
        }
        given().get("/api/v1/articles/" + id).then()
                .body("themes.theme", contains("labour", "transport"))
                .body("body", equalTo("dockers walked out over pay"));
        given().queryParam("q", "dockers").get("/api/v1/articles").then().body("items.id", hasItem(id));
    }

    /**
     * An analysis of the same version and text that names other people (the analyser's code changed without a new
     * version) replaces the stored one; the same analysis delivered again changes nothing.
     */
    @Test
    void sameVersionWithOtherEntitiesReplacesTheStoredAnalysis() throws SQLException {
        String id = "rm-other-entities";
        AnalyzedArticle first = analyzed(id, "Talks resume", "Wang Yi met Takeshi Iwaya in Beijing.", null, 3,
                List.of(theme("diplomacy", "medtop:20000638", "met", 7)), List.of());
        publish(withEntities(first, "Wang Yi"));
        awaitStored(id);
        AnalyzedArticle second = withEntities(first, "Wang Yi", "Takeshi Iwaya");
        publish(second);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/articles/" + id).then()
                .body("entities.name", contains("Wang Yi", "Takeshi Iwaya")));
        long seq = seqOf(id);
        publish(second); // delivered again, then another article behind it on the same partition
        AnalyzedArticle next = analyzed(id + "-next", "Next", "Another text.", null, 3, List.of(), List.of());
        kafka.send(Topics.ARTICLES_ANALYZED, id, new String(EventJson.write(next), StandardCharsets.UTF_8));
        awaitStored(id + "-next");
        assertEquals(seq, seqOf(id), "the same analysis again is no change to poll for");
    }

    private long seqOf(String id) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT seq FROM query.article WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static AnalyzedArticle withEntities(AnalyzedArticle a, String... people) {
        List<EntityMention> entities = new ArrayList<>();
        for (String name : people) {
            entities.add(new EntityMention(EntityMention.PERSON, name, null, 1, List.of()));
        }
        return new AnalyzedArticle(a.schemaVersion(), a.analysisVersion(), a.taxonomyVersion(), a.article(), a.themes(),
                a.countries(), a.analyzedAt(), a.themesStatus(), entities, a.tone());
    }

    @Test
    void poisonRecordGoesToTheDeadLetterTopicAndTheNextIsStored() {
        kafka.send(Topics.ARTICLES_ANALYZED, "rm-poison", "{\"schemaVersion\":1,\"article\":{\"id\":\"rm-poison\"}}");
        publish(analyzed("rm-after-poison", "After", "stored after the poison record", null, 1, List.of(), List.of()));
        awaitStored("rm-after-poison");
        assertEquals(1, kafka.readKey(Topics.dlq(Topics.ARTICLES_ANALYZED), "rm-poison", 1, Duration.ofSeconds(20))
                .size());
        given().get("/api/v1/articles/rm-poison").then().statusCode(404);
    }

    @Test
    void badParametersGetProblemDetailsNamingThem() {
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {"limit", "500"});
        cases.add(new String[] {"limit", "zero"});
        cases.add(new String[] {"from", "yesterday"});
        cases.add(new String[] {"to", "2024-13-45"});
        cases.add(new String[] {"country", "Japan"});
        cases.add(new String[] {"theme", "'; drop table article; --"});
        cases.add(new String[] {"cursor", "not-a-cursor"});
        for (String[] c : cases) {
            given().queryParam(c[0], c[1]).get("/api/v1/articles").then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("field", equalTo(c[0]))
                    .body("detail", not(org.hamcrest.Matchers.containsString("Exception")));
        }
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
