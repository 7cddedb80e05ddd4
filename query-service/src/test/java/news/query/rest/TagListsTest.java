package news.query.rest;

import static io.restassured.RestAssured.given;
import static news.query.TestArticles.article;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import news.devinfra.RealInfraResource;
import news.events.AnalyzedArticle;
import news.query.TestArticles;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Lists filtered by themes and countries alone (read from the per-tag rows, migration V7) and the country
 * statistics over whole days (summed from the per-day counts, V8): the same answers as any other filter, also
 * after an article is replaced by a newer analysis. Its articles are the only ones in June and July 2018, so
 * every list here is bounded to one of those months and filters by nothing else.
 */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class TagListsTest {

    private static final String SRC = "Tag Courier";
    private static final String FROM = "2018-06-01";
    private static final String TO = "2018-07-01";
    private static final String JULY = "2018-07-01";
    private static final String AUGUST = "2018-08-01";

    @Inject
    DataSource dataSource;

    private final TestArticles articles = new TestArticles();
    private static boolean seeded;

    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        seeded = true;
        articles.publish(article("tl-1", SRC, "en", "Grain deal", "A grain deal was signed in Lima and Quito.",
                "2018-06-02T08:00:00Z", List.of("trade:grain deal", "agriculture:grain"),
                List.of("PE:Lima", "EC:Quito")));
        articles.publish(article("tl-2", SRC, "en", "Border talks", "Border talks opened in Lima.",
                "2018-06-03T08:00:00Z", List.of("diplomacy:Border talks"), List.of("PE:Lima")));
        articles.publish(article("tl-3", SRC, "en", "Harvest festival", "A harvest festival in Quito drew farmers.",
                "2018-06-04T08:00:00Z", List.of("agriculture:harvest", "culture:festival"), List.of("EC:Quito")));
        articles.publish(article("tl-4", SRC, "en", "Tariff row", "Tariffs on grain from Lima doubled.",
                "2018-06-05T08:00:00Z", List.of("trade:Tariffs"), List.of("PE:Lima")));
        for (String id : List.of("tl-1", "tl-2", "tl-3", "tl-4")) {
            TestArticles.awaitStored(id);
        }
    }

    private static List<String> ids(String... params) {
        return idsIn(FROM, TO, params);
    }

    private static List<String> idsIn(String from, String to, String... params) {
        var request = given().queryParam("from", from).queryParam("to", to);
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam(params[i], params[i + 1]);
        }
        return request.get("/api/v1/articles").then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    /** An article's tag rows: each theme, each country and each theme with each country, once. */
    @Test
    void tagRowsAreEachThemeEachCountryAndEachPairOnce() throws SQLException {
        assertEquals(List.of("c:EC", "c:PE", "t:agriculture", "t:trade", "tc:agriculture:EC", "tc:agriculture:PE",
                "tc:trade:EC", "tc:trade:PE"), tagRows("tl-1"));
        assertEquals(List.of("c:PE", "t:diplomacy", "tc:diplomacy:PE"), tagRows("tl-2"));
        try (Connection c = dataSource.getConnection();
                ResultSet r = c.createStatement().executeQuery(
                        "SELECT query.article_tags('{trade,NULL,trade}', '{JP,NULL,JP}')::text,"
                                + " query.article_tags('{}', '{}')::text, query.article_tags(NULL, '{JP}')::text")) {
            r.next();
            assertEquals("{c:JP,t:trade,tc:trade:JP}", r.getString(1), "duplicates and nulls left out");
            assertEquals("{}", r.getString(2));
            assertEquals("{c:JP}", r.getString(3));
        }
    }

    private List<String> tagRows(String id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT array_agg(tag ORDER BY tag) FROM query.article_tag WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return Arrays.asList((String[]) r.getArray(1).getArray());
            }
        }
    }

    @Test
    void themesAndCountriesAloneListTheNewestFirstAndPage() {
        assertEquals(List.of("tl-4", "tl-1"), ids("theme", "trade"));
        assertEquals(List.of("tl-4", "tl-3", "tl-1"),
                ids("theme", "trade,agriculture"));
        assertEquals(List.of("tl-3", "tl-1"),
                ids("theme", "trade,agriculture", "themeMatch", "any", "country", "EC"));
        assertEquals(List.of("tl-1"),
                ids("theme", "agriculture,trade", "themeMatch", "all"));
        assertEquals(List.of("tl-1"),
                ids("theme", "agriculture,trade", "themeMatch", "all", "country", "PE,EC"));
        assertEquals(List.of(),
                ids("theme", "agriculture,culture", "themeMatch", "all", "country", "PE"));
        assertEquals(List.of("tl-4", "tl-2", "tl-1"), ids("country", "PE"));
        assertEquals(List.of("tl-4", "tl-3", "tl-2", "tl-1"),
                ids("country", "EC,PE"));
        // with a full-text query, newest first
        assertEquals(List.of("tl-4", "tl-1"),
                ids("theme", "trade,agriculture", "q", "grain", "sort", "published"));
        assertEquals(List.of(),
                ids("theme", "diplomacy", "q", "grain", "sort", "published"));

        // one article per page, each page after the last one's cursor
        String cursor = null;
        List<String> seen = new java.util.ArrayList<>();
        do {
            var request = given().queryParam("from", FROM).queryParam("to", TO).queryParam("country", "PE,EC")
                    .queryParam("limit", 1);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/articles").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(List.of("tl-4", "tl-3", "tl-2", "tl-1"), seen);
    }

    @Test
    void countryStatisticsOverWholeDaysCountEachArticleOnce() {
        given().queryParam("theme", "agriculture").queryParam("from", FROM).queryParam("to", TO)
                .get("/api/v1/stats/countries").then().statusCode(200)
                .body("countries.country", contains("EC", "PE"))
                .body("countries.articles", contains(2, 1));
        given().queryParam("from", "2018-06-02").queryParam("to", "2018-06-04")
                .get("/api/v1/stats/countries").then().statusCode(200)
                .body("countries.country", contains("PE", "EC"))
                .body("countries.articles", contains(2, 1));
        given().queryParam("from", "2018-06-02").queryParam("to", "2018-06-03")
                .get("/api/v1/stats/theme-countries").then().statusCode(200)
                .body("pairs.theme", contains("agriculture", "agriculture", "trade", "trade"))
                .body("pairs.country", contains("EC", "PE", "EC", "PE"))
                .body("pairs.articles", contains(1, 1, 1, 1));
    }

    @Test
    void aReplacedArticleMovesBetweenListsAndCounts() {
        AnalyzedArticle first = article("tl-moved", SRC, "en", "Fishing quota", "Fishing quotas were set in Lima.",
                "2018-07-20T08:00:00Z", List.of("environment:Fishing quotas"), List.of("PE:Lima"));
        articles.publish(first);
        TestArticles.awaitStored("tl-moved");
        assertEquals(List.of("tl-moved"), idsIn(JULY, AUGUST, "theme", "environment"));

        // a newer analysis: another theme, another country, another day
        AnalyzedArticle second = article("tl-moved", SRC, "en", "Fishing quota", "Fishing quotas were set in Quito.",
                "2018-07-21T08:00:00Z", List.of("economy:Fishing quotas"), List.of("EC:Quito"));
        articles.publish(new AnalyzedArticle(second.schemaVersion(), 2, "test", second.article(), second.themes(),
                second.countries(), second.analyzedAt()));
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> idsIn(JULY, AUGUST, "theme", "economy").equals(List.of("tl-moved")));
        assertEquals(List.of(), idsIn(JULY, AUGUST, "theme", "environment"));
        assertEquals(List.of(), idsIn(JULY, AUGUST, "theme", "environment", "country", "PE"));
        assertEquals(List.of("tl-moved"), idsIn(JULY, AUGUST, "theme", "economy", "country", "EC"));
        assertEquals(List.of("tl-moved"), idsIn(JULY, AUGUST, "country", "EC"));
        assertEquals(List.of(), idsIn(JULY, AUGUST, "country", "PE"));
        given().queryParam("from", "2018-07-20").queryParam("to", "2018-07-22")
                .get("/api/v1/stats/countries").then().statusCode(200)
                .body("countries.country", contains("EC"))
                .body("countries.articles", contains(1));
        given().queryParam("theme", "environment").queryParam("from", "2018-07-20").queryParam("to", "2018-07-22")
                .get("/api/v1/stats/countries").then().statusCode(200)
                .body("countries", empty());
        given().queryParam("from", "2018-07-20").queryParam("to", "2018-07-22")
                .get("/api/v1/stats/theme-countries").then().statusCode(200)
                .body("pairs[0].theme", equalTo("economy"))
                .body("pairs[0].country", equalTo("EC"));
    }
}
