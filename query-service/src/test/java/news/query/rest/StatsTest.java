package news.query.rest;

import static io.restassured.RestAssured.given;
import static news.query.TestArticles.article;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import news.devinfra.RealInfraResource;
import news.events.AnalyzedArticle;
import news.events.Tone;
import news.query.TestArticles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Theme series per hour/day/week, top countries and theme × country counts, with their ETags. */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class StatsTest {

    private static final String SRC = "Stats Wire";
    private static boolean seeded;
    private final TestArticles articles = new TestArticles();

    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        seeded = true;
        articles.publish(article("st-1", SRC, "en", "a", "energy prices in France", "2023-02-06T01:10:00Z",
                List.of("energy:energy", "economy:prices"), List.of("FR:France")));
        articles.publish(article("st-2", SRC, "en", "b", "energy grid in France and Spain", "2023-02-06T01:50:00Z",
                List.of("energy:energy"), List.of("FR:France", "ES:Spain")));
        articles.publish(article("st-3", SRC, "en", "c", "energy deal in Spain", "2023-02-07T09:00:00Z",
                List.of("energy:energy", "trade:deal"), List.of("ES:Spain")));
        articles.publish(article("st-4", SRC, "en", "d", "prices in France", "2023-02-14T09:00:00Z",
                List.of("economy:prices"), List.of("FR:France")));
        for (String id : List.of("st-1", "st-2", "st-3", "st-4")) {
            TestArticles.awaitStored(id);
        }
    }

    @Test
    void toneSeriesPerDayWithTheMeanAndTheArticlesLeaningEachWayAndEachListedArticlesScore() {
        String source = "Tone Wire";
        double[] scores = {0.5, -0.6, 0.1};
        String[] times = {"2023-05-02T08:00:00Z", "2023-05-02T09:00:00Z", "2023-05-03T10:00:00Z"};
        for (int i = 0; i < scores.length; i++) {
            AnalyzedArticle a = article("tone-" + i, source, "en", "t" + i, "tone text " + i, times[i],
                    List.of("economy:text"), List.of());
            articles.publish(new AnalyzedArticle(a.schemaVersion(), a.analysisVersion(), a.taxonomyVersion(),
                    a.article(), a.themes(), a.countries(), a.analyzedAt(), "analysed", List.of(),
                    new Tone(scores[i], 1, 1, 3), null));
        }
        articles.publish(article("tone-none", source, "de", "t", "ohne Ton", "2023-05-02T10:00:00Z", List.of(),
                List.of())); // no tone: not counted
        for (String id : List.of("tone-0", "tone-1", "tone-2", "tone-none")) {
            TestArticles.awaitStored(id);
        }
        given().queryParam("source", source).queryParam("from", "2023-05-01").queryParam("to", "2023-05-04")
                .get("/api/v1/stats/tone").then().statusCode(200)
                .body("interval", equalTo("day"))
                .body("leaning", equalTo(0.2f))
                .body("buckets", contains("2023-05-01T00:00:00Z", "2023-05-02T00:00:00Z", "2023-05-03T00:00:00Z"))
                .body("articles", contains(0, 2, 1))
                .body("meanScore", contains(nullValue(), equalTo(-0.05f), equalTo(0.1f)))
                .body("bad", contains(0, 1, 0))
                .body("good", contains(0, 1, 0));
        // each article of a list carries its score, none without a tone
        given().queryParam("source", source).get("/api/v1/articles").then().statusCode(200)
                .body("items.id", contains("tone-2", "tone-none", "tone-1", "tone-0"))
                .body("items.tone", contains(equalTo(0.1f), nullValue(), equalTo(-0.6f), equalTo(0.5f)));
        given().queryParam("source", source).queryParam("from", "2023-05-01").queryParam("to", "2023-05-04")
                .queryParam("interval", "month").get("/api/v1/stats/tone").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void themeSeriesPerDayHourAndWeek() {
        given().queryParam("source", SRC).queryParam("from", "2023-02-06").queryParam("to", "2023-02-09")
                .get("/api/v1/stats/themes").then().statusCode(200)
                .body("interval", equalTo("day"))
                .body("buckets", contains("2023-02-06T00:00:00Z", "2023-02-07T00:00:00Z", "2023-02-08T00:00:00Z"))
                .body("series.theme", contains("energy", "economy", "trade"))
                .body("series[0].counts", contains(2, 1, 0))
                .body("series[0].total", equalTo(3))
                .body("series[0].label", equalTo("Energy"));
        given().queryParam("source", SRC).queryParam("from", "2023-02-06T00:00:00Z")
                .queryParam("to", "2023-02-06T03:00:00Z").queryParam("interval", "hour")
                .get("/api/v1/stats/themes").then().statusCode(200)
                .body("buckets", hasSize(3))
                .body("series.find { it.theme == 'energy' }.counts", contains(0, 2, 0));
        given().queryParam("source", SRC).queryParam("from", "2023-02-01").queryParam("to", "2023-03-01")
                .queryParam("interval", "week").queryParam("theme", "economy")
                .get("/api/v1/stats/themes").then().statusCode(200)
                .body("buckets[0]", equalTo("2023-01-30T00:00:00Z"))
                .body("series.theme", contains("economy"))
                .body("series[0].counts", contains(0, 1, 1, 0, 0));
    }

    @Test
    void dailyAndWeeklySeriesWithoutOtherFiltersComeFromTheDayCountsAndAgree() {
        // only these tests' articles carry energy in February 2023
        given().queryParam("theme", "energy").queryParam("from", "2023-02-06").queryParam("to", "2023-02-09")
                .get("/api/v1/stats/themes").then().statusCode(200)
                .body("series.theme", contains("energy"))
                .body("series[0].counts", contains(2, 1, 0));
        given().queryParam("theme", "energy,economy").queryParam("from", "2023-01-30").queryParam("to", "2023-02-27")
                .queryParam("interval", "week").get("/api/v1/stats/themes").then().statusCode(200)
                .body("series.find { it.theme == 'energy' }.counts", contains(0, 3, 0, 0))
                .body("series.find { it.theme == 'economy' }.counts", contains(0, 1, 1, 0));
        // a time of day in from/to: counted from the articles themselves, same answer
        given().queryParam("theme", "energy").queryParam("from", "2023-02-06T00:00:00Z")
                .queryParam("to", "2023-02-08T12:00:00Z").get("/api/v1/stats/themes").then().statusCode(200)
                .body("series[0].counts", contains(2, 1, 0));
    }

    @Test
    void topCountriesAndThemeCountryCountsForAFilter() {
        given().queryParam("source", SRC).queryParam("from", "2023-01-01").queryParam("to", "2023-03-01")
                .get("/api/v1/stats/countries").then().statusCode(200)
                .body("countries.country", contains("FR", "ES"))
                .body("countries.articles", contains(3, 2));
        given().queryParam("source", SRC).queryParam("theme", "energy").queryParam("from", "2023-01-01")
                .queryParam("to", "2023-03-01").queryParam("limit", 1)
                .get("/api/v1/stats/countries").then().statusCode(200)
                .body("countries.country", contains("ES"));
        given().queryParam("source", SRC).queryParam("from", "2023-01-01").queryParam("to", "2023-03-01")
                .get("/api/v1/stats/theme-countries").then().statusCode(200)
                .body("pairs[0].theme", equalTo("economy"))
                .body("pairs[0].country", equalTo("FR"))
                .body("pairs[0].articles", equalTo(2))
                .body("pairs", hasSize(4))
                .body("pairs[3].theme", equalTo("trade"));
    }

    @Test
    void themeCountsFollowReplacementsAndHaveAnETag() {
        int agriculture = themeCount("agriculture");
        int culture = themeCount("culture");
        articles.publish(article("st-replaced", "Replace Wire", "en", "r", "a harvest festival", "2023-03-01T00:00:00Z",
                List.of("agriculture:harvest"), List.of()));
        TestArticles.awaitStored("st-replaced");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> themeCount("agriculture") == agriculture + 1);
        // a newer analysis of the same article moves it from agriculture to culture
        news.events.AnalyzedArticle first = article("st-replaced", "Replace Wire", "en", "r", "a harvest festival",
                "2023-03-01T00:00:00Z", List.of("culture:festival"), List.of());
        articles.publish(new news.events.AnalyzedArticle(first.schemaVersion(), 2, "test", first.article(),
                first.themes(), first.countries(), first.analyzedAt()));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> themeCount("culture") == culture + 1);
        assertEquals(agriculture, themeCount("agriculture"));
        // the day counts moved too
        given().queryParam("theme", "agriculture,culture").queryParam("from", "2023-03-01")
                .queryParam("to", "2023-03-02").get("/api/v1/stats/themes").then().statusCode(200)
                .body("series.theme", contains("culture"))
                .body("series[0].counts", contains(1));

        Response themes = given().get("/api/v1/themes");
        given().header("If-None-Match", themes.getHeader("ETag")).get("/api/v1/themes").then().statusCode(304);
    }

    private static int themeCount(String theme) {
        Integer count = given().get("/api/v1/themes").jsonPath()
                .get("find { it.theme == '" + theme + "' }.articles");
        return count == null ? 0 : count;
    }

    @Test
    void statsHaveETagsAndProblemsForBadParameters() {
        Response first = given().queryParam("source", SRC).queryParam("from", "2023-01-01")
                .get("/api/v1/stats/countries");
        first.then().statusCode(200);
        given().header("If-None-Match", first.getHeader("ETag")).queryParam("source", SRC)
                .queryParam("from", "2023-01-01").get("/api/v1/stats/countries").then().statusCode(304);
        String[][] cases = {{"interval", "month"}, {"theme", "astrology"}, {"limit", "0"}, {"from", "soon"}};
        for (String[] c : cases) {
            given().queryParam(c[0], c[1]).get("/api/v1/stats/themes".replace("themes",
                    c[0].equals("limit") ? "countries" : "themes")).then()
                    .statusCode(400).contentType("application/problem+json").body("field", equalTo(c[0]));
        }
        given().queryParam("from", "2000-01-01").queryParam("to", "2023-01-01").queryParam("interval", "hour")
                .get("/api/v1/stats/themes").then().statusCode(400).body("field", equalTo("interval"));
    }
}
