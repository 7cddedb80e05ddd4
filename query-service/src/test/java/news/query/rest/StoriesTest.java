package news.query.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import news.devinfra.RealInfraResource;
import news.events.AnalyzedArticle;
import news.events.EntityMention;
import news.events.StoryLink;
import news.query.TestArticles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Story ids and copies on articles; storyId, person and organisation filters; the stories list and one story. */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class StoriesTest {

    private static final String SRC = "Story Wire";
    private final TestArticles articles = new TestArticles();
    private static boolean seeded;

    @Inject
    DataSource dataSource;

    private static AnalyzedArticle storied(String id, String title, String body, String published,
            List<String> themes, List<String> countries, StoryLink story, List<EntityMention> entities) {
        return storied(3, id, title, body, published, themes, countries, story, entities);
    }

    private static AnalyzedArticle storied(int analysisVersion, String id, String title, String body,
            String published, List<String> themes, List<String> countries, StoryLink story,
            List<EntityMention> entities) {
        AnalyzedArticle base = TestArticles.article(id, SRC, "en", title, body, published, themes, countries);
        return new AnalyzedArticle(base.schemaVersion(), analysisVersion, base.taxonomyVersion(), base.article(),
                base.themes(), base.countries(), base.analyzedAt(), "analysed", entities, null, story);
    }

    private static final String ACCENTS = "Noticias del Sur";

    /** An article of {@link #ACCENTS}, a story of its own, with these entities. */
    private static AnalyzedArticle accented(String id, String title, String body, String published,
            List<EntityMention> entities) {
        AnalyzedArticle base = TestArticles.article(id, ACCENTS, "es", title, body, published, List.of(), List.of());
        return new AnalyzedArticle(base.schemaVersion(), 3, base.taxonomyVersion(), base.article(), base.themes(),
                base.countries(), base.analyzedAt(), "analysed", entities, null, StoryLink.newStory(id));
    }

    private static EntityMention person(String name) {
        return new EntityMention(EntityMention.PERSON, name, null, 1, List.of());
    }

    private static EntityMention org(String name) {
        return new EntityMention(EntityMention.ORGANIZATION, name, null, 1, List.of());
    }

    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        seeded = true;
        articles.publish(storied("st-1", "Iwaya arrives in Beijing", "Iwaya met Wang Yi for talks in Beijing.",
                "2023-03-01T08:00:00Z", List.of("diplomacy:talks"), List.of("JP:Iwaya", "CN:Beijing"),
                StoryLink.newStory("st-1"), List.of(person("Takeshi Iwaya"), person("Wang Yi"),
                        org("Xinhua News Agency"))));
        articles.publish(storied("st-2", "What the visit signifies", "An analysis of the trade talks in Beijing.",
                "2023-03-03T08:00:00Z", List.of("diplomacy:talks", "trade:trade"), List.of("CN:Beijing"),
                new StoryLink("sst-1", null, 0.3), List.of(person("Wang Yi"))));
        articles.publish(storied("st-3", "Iwaya arrives in Beijing (wire)", "Iwaya met Wang Yi for talks in Beijing.",
                "2023-03-01T09:00:00Z", List.of("diplomacy:talks"), List.of("CN:Beijing"),
                new StoryLink("sst-1", "st-1", 0.97), List.of(person("Takeshi Iwaya"), person("Wang Yi"))));
        articles.publish(storied("st-4", "Cup final", "Riverside won the cup final.", "2023-03-02T08:00:00Z",
                List.of("sport:cup"), List.of(), StoryLink.newStory("st-4"), List.of(org("Riverside FC"))));
        // one person and one firm written with and without their accents, in another source and week
        articles.publish(accented("st-5", "Reunión en Madrid", "José López habló con Société Générale.",
                "2023-04-10T08:00:00Z", List.of(person("José López"), org("Société Générale"))));
        articles.publish(accented("st-6", "López otra vez", "Jose Lopez habló otra vez.", "2023-04-11T08:00:00Z",
                List.of(person("Jose Lopez"))));
        for (String id : List.of("st-1", "st-2", "st-3", "st-4", "st-5", "st-6")) {
            TestArticles.awaitStored(id);
        }
    }

    @Test
    void articlesCarryTheirStoryAndCopiesTheFirstArticle() {
        given().queryParam("storyId", "sst-1").get("/api/v1/articles").then().statusCode(200)
                .body("items.id", contains("st-2", "st-3", "st-1"))
                .body("items.storyId", contains("sst-1", "sst-1", "sst-1"))
                .body("items.duplicateOf", contains(null, "st-1", null));
        given().get("/api/v1/articles/st-3").then().statusCode(200)
                .body("storyId", equalTo("sst-1")).body("duplicateOf", equalTo("st-1"));
        given().get("/api/v1/articles/st-1").then().statusCode(200)
                .body("storyId", equalTo("sst-1")).body("duplicateOf", nullValue());
    }

    @Test
    void peopleAndOrganisationsFilterCaseInsensitively() {
        given().queryParam("source", SRC).queryParam("person", "takeshi IWAYA").get("/api/v1/articles").then()
                .statusCode(200).body("items.id", contains("st-3", "st-1"));
        given().queryParam("source", SRC).queryParam("person", "Nobody Known,Wang Yi").get("/api/v1/articles").then()
                .statusCode(200).body("items.id", contains("st-2", "st-3", "st-1"));
        given().queryParam("source", SRC).queryParam("organisation", "xinhua news agency").get("/api/v1/articles")
                .then().statusCode(200).body("items.id", contains("st-1"));
        given().queryParam("source", SRC).queryParam("person", "Wang Yi").queryParam("storyId", "sst-4")
                .get("/api/v1/articles").then().statusCode(200).body("items", empty());
        given().queryParam("person", "Wang Yi").queryParam("from", "2023-03-01").queryParam("to", "2023-03-05")
                .get("/api/v1/stats/countries").then().statusCode(200)
                .body("countries.country", contains("CN", "JP"));
    }

    @Test
    void peopleAndOrganisationsFilterWithoutTheirAccents() {
        given().queryParam("source", ACCENTS).queryParam("person", "Jose Lopez").get("/api/v1/articles").then()
                .statusCode(200).body("items.id", contains("st-6", "st-5"));
        given().queryParam("source", ACCENTS).queryParam("person", "JOSÉ LÓPEZ").get("/api/v1/articles").then()
                .statusCode(200).body("items.id", contains("st-6", "st-5"));
        given().queryParam("source", ACCENTS).queryParam("organisation", "societe generale").get("/api/v1/articles")
                .then().statusCode(200).body("items.id", contains("st-5"));
        // one person, counted once under one of the articles' spellings
        given().queryParam("source", ACCENTS).queryParam("from", "2023-04-09").queryParam("to", "2023-04-12")
                .get("/api/v1/stats/people").then().statusCode(200)
                .body("names.name", contains(anyOf(equalTo("José López"), equalTo("Jose Lopez"))))
                .body("names.articles", contains(2));
    }

    @Test
    void thePeopleAndOrganisationsNamedMostAsTheArticlesWriteThem() {
        given().queryParam("source", SRC).queryParam("from", "2023-02-25").queryParam("to", "2023-03-10")
                .get("/api/v1/stats/people").then().statusCode(200)
                .body("from", equalTo("2023-02-25T00:00:00Z"))
                .body("names.name", contains("Wang Yi", "Takeshi Iwaya"))
                .body("names.articles", contains(3, 2));
        given().queryParam("source", SRC).queryParam("theme", "trade").queryParam("from", "2023-02-25")
                .queryParam("to", "2023-03-10").get("/api/v1/stats/people").then().statusCode(200)
                .body("names.name", contains("Wang Yi"));
        given().queryParam("source", SRC).queryParam("from", "2023-02-25").queryParam("to", "2023-03-10")
                .queryParam("limit", "2").get("/api/v1/stats/organisations").then().statusCode(200)
                .body("names.name", contains("Riverside FC", "Xinhua News Agency")) // a tie: by name
                .body("names.articles", contains(1, 1));
        given().queryParam("limit", "0").get("/api/v1/stats/people").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void storiesNewestLastSeenFirstWithWhatTheyAreAbout() {
        given().queryParam("from", "2023-03-01").queryParam("to", "2023-03-05").get("/api/v1/stories").then()
                .statusCode(200)
                .body("items.storyId", contains("sst-1", "sst-4"))
                .body("items[0].title", equalTo("Iwaya arrives in Beijing"))
                .body("items[0].articles", equalTo(3))
                .body("items[0].duplicates", equalTo(1))
                .body("items[0].firstSeen", equalTo("2023-03-01T08:00:00Z"))
                .body("items[0].lastSeen", equalTo("2023-03-03T08:00:00Z"))
                .body("items[0].themes.value", contains("diplomacy", "trade"))
                .body("items[0].themes.articles", contains(3, 1))
                .body("items[0].countries.value", contains("CN", "JP"))
                .body("items[0].people.value", contains("Wang Yi", "Takeshi Iwaya"))
                .body("items[0].organisations.value", contains("Xinhua News Agency"));
        // a story is listed when one of its articles passes the filter; its counts cover all its articles
        given().queryParam("theme", "trade").queryParam("from", "2023-03-01").queryParam("to", "2023-03-05")
                .get("/api/v1/stories").then().statusCode(200)
                .body("items.storyId", contains("sst-1")).body("items[0].articles", equalTo(3));
        given().queryParam("country", "JP").queryParam("from", "2023-03-01").queryParam("to", "2023-03-05")
                .get("/api/v1/stories").then().statusCode(200).body("items.storyId", contains("sst-1"));

        String next = given().queryParam("from", "2023-03-01").queryParam("to", "2023-03-05").queryParam("limit", 1)
                .get("/api/v1/stories").then().statusCode(200).body("items.storyId", contains("sst-1"))
                .extract().path("nextCursor");
        given().queryParam("from", "2023-03-01").queryParam("to", "2023-03-05").queryParam("limit", 1)
                .queryParam("cursor", next).get("/api/v1/stories").then().statusCode(200)
                .body("items.storyId", contains("sst-4")).body("nextCursor", nullValue());
    }

    @Test
    void theStorySummariesFollowNewArticlesReAnalysisCopiesAndDeletes() throws SQLException {
        // May 2021: no other test's articles
        String window = "from=2021-05-01&to=2021-05-10";
        articles.publish(storied("sm-1", "Dam opens", "The new dam opened on Monday.", "2021-05-01T08:00:00Z",
                List.of("energy:dam"), List.of(), new StoryLink("ssm-a", null, 1.0), List.of()));
        articles.publish(storied("sm-2", "Dam opens (wire copy)", "The new dam opened on Monday.",
                "2021-05-02T08:00:00Z", List.of("energy:dam"), List.of(), new StoryLink("ssm-a", "sm-1", 0.98),
                List.of()));
        articles.publish(storied("sm-3", "Floods downstream", "Floods followed downstream of the dam.",
                "2021-05-03T08:00:00Z", List.of("disaster:floods"), List.of(), new StoryLink("ssm-b", null, 1.0),
                List.of()));
        for (String id : List.of("sm-1", "sm-2", "sm-3")) {
            TestArticles.awaitStored(id);
        }
        given().get("/api/v1/stories?" + window).then().statusCode(200)
                .body("items.storyId", contains("ssm-b", "ssm-a"))
                .body("items.articles", contains(1, 2))
                .body("items.duplicates", contains(0, 1))
                .body("items.title", contains("Floods downstream", "Dam opens"))
                .body("items.firstSeen", contains("2021-05-03T08:00:00Z", "2021-05-01T08:00:00Z"))
                .body("items.lastSeen", contains("2021-05-03T08:00:00Z", "2021-05-02T08:00:00Z"));
        given().get("/api/v1/stories?theme=disaster&" + window).then().statusCode(200)
                .body("items.storyId", contains("ssm-b"));

        // re-analysis moves the copy to the other story, as an article of its own: both stories are corrected
        articles.publish(storied(4, "sm-2", "Dam opens (wire copy)", "The new dam opened on Monday.",
                "2021-05-02T08:00:00Z", List.of("energy:dam"), List.of(), new StoryLink("ssm-b", null, 0.7),
                List.of()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/articles/sm-2").then()
                .statusCode(200).body("storyId", equalTo("ssm-b")));
        given().get("/api/v1/stories?" + window).then().statusCode(200)
                .body("items.storyId", contains("ssm-b", "ssm-a"))
                .body("items.articles", contains(2, 1))
                .body("items.duplicates", contains(0, 0))
                .body("items.title", contains("Dam opens (wire copy)", "Dam opens"))
                .body("items.firstSeen", contains("2021-05-02T08:00:00Z", "2021-05-01T08:00:00Z"))
                .body("items.lastSeen", contains("2021-05-03T08:00:00Z", "2021-05-01T08:00:00Z"));
        given().get("/api/v1/stories?theme=energy&" + window).then().statusCode(200)
                .body("items.storyId", contains("ssm-b", "ssm-a"));

        // the last article of a story leaves it: the story is gone
        articles.publish(storied(4, "sm-1", "Dam opens", "The new dam opened on Monday.", "2021-05-01T08:00:00Z",
                List.of("energy:dam"), List.of(), new StoryLink("ssm-b", "sm-2", 0.99), List.of()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/articles/sm-1").then()
                .statusCode(200).body("storyId", equalTo("ssm-b")));
        given().get("/api/v1/stories/ssm-a").then().statusCode(404);
        given().get("/api/v1/stories?" + window).then().statusCode(200)
                .body("items.storyId", contains("ssm-b"))
                .body("items[0].articles", equalTo(3)).body("items[0].duplicates", equalTo(1))
                .body("items[0].title", equalTo("Dam opens"))
                .body("items[0].firstSeen", equalTo("2021-05-01T08:00:00Z"));
        given().get("/api/v1/stories/ssm-b").then().statusCode(200).body("story.articles", equalTo(3))
                .body("articles.id", contains("sm-1", "sm-2", "sm-3"));

        // the service never deletes articles; a row deleted by hand (rolled back here) is taken out of its story
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM query.article WHERE id = 'sm-3'");
                assertEquals(List.of("2|1|2021-05-02"), storyRows(connection, "ssm-b"));
                statement.executeUpdate("DELETE FROM query.article WHERE id IN ('sm-1', 'sm-2')");
                assertEquals(List.of(), storyRows(connection, "ssm-b"));
            } finally {
                connection.rollback();
            }
        }
    }

    /** The story's row as "articles|duplicates|last seen day", if any. */
    private static List<String> storyRows(Connection connection, String storyId) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT articles || '|' || duplicates "
                + "|| '|' || to_char(last_seen AT TIME ZONE 'UTC', 'YYYY-MM-DD') FROM query.story WHERE story_id = ?")) {
            statement.setString(1, storyId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
        }
        return rows;
    }

    @Test
    void oneStoryWithItsArticlesOldestFirst() {
        given().get("/api/v1/stories/sst-1").then().statusCode(200)
                .body("story.storyId", equalTo("sst-1"))
                .body("story.articles", equalTo(3))
                .body("articles.id", contains("st-1", "st-3", "st-2"))
                .body("articles.duplicateOf", contains(null, "st-1", null));
        given().get("/api/v1/stories/sno-such-story").then().statusCode(404);
    }

    @Test
    void badParametersAreProblemsNamingThemAndListsCarryAnEtag() {
        String[][] cases = {{"storyId", "not a story"}, {"person", "x".repeat(201)}, {"limit", "101"},
                {"cursor", "bm90LWEtY3Vyc29y"}, {"theme", "astrology"}, {"organisation", "x".repeat(201)}};
        for (String[] c : cases) {
            given().queryParam(c[0], c[1]).get("/api/v1/stories").then().statusCode(400)
                    .contentType("application/problem+json").body("field", equalTo(c[0]));
        }
        given().queryParam("storyId", "bad id!").get("/api/v1/articles").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("storyId"));
        given().get("/api/v1/stories/bad%20id").then().statusCode(400).body("field", equalTo("storyId"));

        String etag = given().get("/api/v1/stories").then().statusCode(200).extract().header("ETag");
        assertEquals(304, given().header("If-None-Match", etag).get("/api/v1/stories").statusCode());
    }
}
