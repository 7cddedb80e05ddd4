package news.query.rest;

import static io.restassured.RestAssured.given;
import static news.query.TestArticles.article;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import news.devinfra.RealInfraResource;
import news.query.TestArticles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lists filtered by several themes, source, language and text; relevance order; since-polling; ETag and 304. */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class FiltersAndPollingTest {

    private static final String SRC = "Filter Gazette";
    private final TestArticles articles = new TestArticles();

    private static boolean seeded;

    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        seeded = true;
        articles.publish(article("fp-1", SRC, "en", "Tariff talks", "Tariff talks on rice exports restarted in Tokyo.",
                "2024-05-01T08:00:00Z", List.of("trade:Tariff", "diplomacy:talks"), List.of("JP:Tokyo")));
        articles.publish(article("fp-2", SRC, "en", "Port strike", "Dock workers strike over wages; rice trade halts.",
                "2024-05-02T08:00:00Z", List.of("labour:strike", "trade:trade"), List.of("KR:Korea")));
        articles.publish(article("fp-3", SRC, "de", "Rice harvest", "Rice rice rice: the rice harvest in Bavaria.",
                "2024-05-03T08:00:00Z", List.of("agriculture:harvest"), List.of("DE:Bavaria")));
        articles.publish(article("fp-4", "Other Times", "en", "Summit", "Leaders met for talks on rice tariffs.",
                "2024-05-04T08:00:00Z", List.of("diplomacy:talks", "trade:tariffs"), List.of("JP:Japan")));
        TestArticles.awaitStored("fp-1");
        TestArticles.awaitStored("fp-2");
        TestArticles.awaitStored("fp-3");
        // (no theme or country: the read model is shared with the other test classes, which filter by those)
        articles.publish(article("fp-5", "Gazeta de São Paulo", "pt", "Reunião em São Paulo",
                "A reunião sobre o porto terminou sem acordo.", "2024-06-01T08:00:00Z", List.of(), List.of()));
        articles.publish(article("fp-zh", "东方日报", "zh", "中日外长会谈", "中国和日本外长在北京举行会谈，双方同意加强经贸合作。",
                "2024-06-02T08:00:00Z", List.of(), List.of()));
        articles.publish(article("fp-ja", "東方新聞", "ja", "外相会談", "岩屋外務大臣は北京で記者会見し、日中関係について述べた。",
                "2024-06-03T08:00:00Z", List.of(), List.of()));
        articles.publish(article("fp-ko", "동방일보", "ko", "외교장관 회담", "한국은 일본과 외교장관 회담을 열었다.",
                "2024-06-04T08:00:00Z", List.of(), List.of()));
        articles.publish(article("fp-th", "ข่าวตะวันออก", "th", "การประชุม", "รัฐมนตรีต่างประเทศประชุมที่กรุงเทพมหานคร",
                "2024-06-05T08:00:00Z", List.of(), List.of()));
        articles.publish(article("fp-long", "Harbour Gazette", "en", "A long week at the docks",
                "The week began quietly at the docks. ".repeat(60) + "Then the harbour pilots of Valparaíso went on"
                        + " strike over pay and the port stood still. " + "Ships waited in the bay. ".repeat(20),
                "2024-06-06T08:00:00Z", List.of(), List.of()));
        articles.publish(article("fp-ja-long", "港湾新聞", "ja", "港の一週間",
                "今日は静かな一日だった。".repeat(100) + "港湾の水先案内人が賃金をめぐってストライキを始め、港は止まった。"
                        + "船は湾で待った。".repeat(40),
                "2024-06-07T08:00:00Z", List.of(), List.of()));
        articles.publish(article("fp-longer", "Harbour Gazette", "en", "A longer week on the coast",
                "The tide came in slowly. ".repeat(320) + "Then the lighthouse keeper of Punta Arenas rang the bell"
                        + " for the lost trawler. " + "The tide went out. ".repeat(20),
                "2024-06-05T12:00:00Z", List.of(), List.of()));
        articles.publish(article("fp-de", "Stadtanzeiger", "de", "Mieten in der Altstadt",
                "Die Sonne schien über der Stadt. ".repeat(40) + "Die Häuser in der Altstadt werden teurer, sagen die"
                        + " Makler. " + "Der Markt blieb ruhig. ".repeat(10),
                "2024-06-08T08:00:00Z", List.of(), List.of()));
        articles.publish(article("fp-ru", "Вечерние вести", "ru", "Выборы в Москве",
                "Явка на выборах оказалась выше, чем ожидалось.", "2024-06-09T08:00:00Z", List.of(), List.of()));
        articles.publish(article("fp-trad", "Riverside Listings", "en", "Trad jazz by the river",
                "A night of trad jazz by the river, with a brass band from Kilkenny.", "2024-06-10T08:00:00Z",
                List.of(), List.of()));
        TestArticles.awaitStored("fp-de");
        TestArticles.awaitStored("fp-ru");
        TestArticles.awaitStored("fp-trad");
        TestArticles.awaitStored("fp-4");
        TestArticles.awaitStored("fp-longer");
        TestArticles.awaitStored("fp-long");
        TestArticles.awaitStored("fp-ja-long");
        TestArticles.awaitStored("fp-5");
        TestArticles.awaitStored("fp-zh");
        TestArticles.awaitStored("fp-ja");
        TestArticles.awaitStored("fp-ko");
        TestArticles.awaitStored("fp-th");
    }

    @Test
    void severalThemesMatchAnyOrAll() {
        given().queryParam("source", SRC).queryParam("theme", "trade", "labour")
                .get("/api/v1/articles").then().statusCode(200)
                .body("items.id", contains("fp-2", "fp-1"));
        given().queryParam("source", SRC).queryParam("theme", "trade,diplomacy").queryParam("themeMatch", "all")
                .get("/api/v1/articles").then().statusCode(200)
                .body("items.id", contains("fp-1"));
        given().queryParam("theme", "trade,diplomacy").queryParam("themeMatch", "ALL")
                .queryParam("from", "2024-05-01").queryParam("to", "2024-05-05")
                .get("/api/v1/articles").then().statusCode(200)
                .body("items.id", contains("fp-4", "fp-1"));
    }

    @Test
    void sourceLanguageAndCountryFilter() {
        given().queryParam("source", "filter gazette").queryParam("language", "DE")
                .get("/api/v1/articles").then().statusCode(200)
                .body("items.id", contains("fp-3"));
        given().queryParam("source", SRC).queryParam("country", "jp,kr")
                .get("/api/v1/articles").then().statusCode(200)
                .body("items.id", contains("fp-2", "fp-1"));
        given().queryParam("source", "Nobody Publishes This").get("/api/v1/articles").then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void fullTextIsRankedByRelevanceAndPagesWithACursor() {
        // fp-3 says rice five times: the best match first, unlike the newest-first order
        Response first = given().queryParam("q", "rice").queryParam("from", "2024-05-01").queryParam("to", "2024-05-05")
                .queryParam("limit", 2).get("/api/v1/articles");
        first.then().statusCode(200).body("items[0].id", equalTo("fp-3")).body("nextCursor", notNullValue());
        List<String> firstIds = first.jsonPath().getList("items.id");
        Response second = given().queryParam("q", "rice").queryParam("from", "2024-05-01")
                .queryParam("to", "2024-05-05").queryParam("limit", 2)
                .queryParam("cursor", first.jsonPath().getString("nextCursor")).get("/api/v1/articles");
        second.then().statusCode(200).body("items", org.hamcrest.Matchers.hasSize(2)).body("nextCursor", nullValue());
        List<String> all = new java.util.ArrayList<>(firstIds);
        all.addAll(second.jsonPath().getList("items.id"));
        org.hamcrest.MatcherAssert.assertThat(all, containsInAnyOrder("fp-1", "fp-2", "fp-3", "fp-4"));

        given().queryParam("q", "rice").queryParam("sort", "published").queryParam("from", "2024-05-01")
                .queryParam("to", "2024-05-05").get("/api/v1/articles").then().statusCode(200)
                .body("items.id", contains("fp-4", "fp-3", "fp-2", "fp-1"));
        given().queryParam("q", "\"dock workers\" -tokyo").get("/api/v1/articles").then().statusCode(200)
                .body("items.id", contains("fp-2"));
        // a relevance cursor does not page a newest-first list
        given().queryParam("cursor", first.jsonPath().getString("nextCursor")).get("/api/v1/articles").then()
                .statusCode(400).body("field", equalTo("cursor"));
    }

    @Test
    void wordsTypedWithSeparateAccentsFindTheArticleThatHasThem() {
        // "reunião" and "São" typed as a letter and a combining mark (NFD), as some keyboards and systems send them
        given().queryParam("q", "reunia\u0303o").get("/api/v1/articles").then().statusCode(200)
                .body("items.id", contains("fp-5"));
        given().queryParam("source", "Gazeta de Sa\u0303o Paulo").get("/api/v1/articles").then().statusCode(200)
                .body("items.id", contains("fp-5"));
    }

    @Test
    void wordsTypedWithoutTheirAccentsFindTheArticleThatHasThem() {
        // names are typed without the accents they are printed with
        given().queryParam("q", "Sao Paulo reuniao").get("/api/v1/articles").then().statusCode(200)
                .body("items.id", contains("fp-5"));
        given().queryParam("q", "\"reuniao em sao paulo\"").queryParam("sort", "relevance")
                .get("/api/v1/articles").then().statusCode(200).body("items.id", contains("fp-5"));
        // and typed with them, they still find it
        given().queryParam("q", "reunião São").get("/api/v1/articles").then().statusCode(200)
                .body("items.id", contains("fp-5"));
    }

    @Test
    void wordsAreStemmedInTheArticlesLanguage() {
        // German: "Haus" finds "Häuser", and the snippet is the passage that says it
        given().queryParam("q", "Haus").get("/api/v1/articles").then().statusCode(200)
                .body("items.id", contains("fp-de"))
                .body("items[0].snippet", startsWith("… "))
                .body("items[0].snippet", containsString("Die Häuser in der Altstadt werden teurer"));
        given().queryParam("q", "Hauser Altstadt").queryParam("sort", "relevance").get("/api/v1/articles").then()
                .statusCode(200).body("items.id", contains("fp-de"));
        given().queryParam("q", "Haus -Makler").get("/api/v1/articles").then().statusCode(200)
                .body("items.id", not(hasItem("fp-de")));
        // Russian: one word in three cases ("выборы", "выборах", typed as "выборов")
        given().queryParam("q", "выборов").get("/api/v1/articles").then().statusCode(200)
                .body("items.id", contains("fp-ru"));
        given().queryParam("q", "выборов").queryParam("language", "ru").queryParam("sort", "relevance")
                .get("/api/v1/articles").then().statusCode(200).body("items.id", contains("fp-ru"));
        // a query matches an article as read in that article's language only: read as German, "trade war" is "trad"
        // ("war" is a German word for "was"), but the English article about trad jazz is read in English
        given().queryParam("q", "trade war").get("/api/v1/articles").then().statusCode(200)
                .body("items.id", not(hasItem("fp-trad")));
        given().queryParam("q", "trad jazz").get("/api/v1/articles").then().statusCode(200)
                .body("items.id", contains("fp-trad"));
    }

    @Test
    void wordsOfScriptsWrittenWithoutSpacesAreFound() {
        // Chinese and Japanese run their words together; a Korean word carries its particle ("일본과"); Thai has no
        // spaces between words
        given().queryParam("q", "日本").get("/api/v1/articles").then().statusCode(200)
                .body("items.id", contains("fp-zh"));
        given().queryParam("q", "北京").get("/api/v1/articles").then().statusCode(200)
                .body("items.id", contains("fp-ja", "fp-zh"));
        given().queryParam("q", "記者会見").queryParam("sort", "relevance").get("/api/v1/articles").then()
                .statusCode(200).body("items.id", contains("fp-ja"));
        given().queryParam("q", "北京 -記者会見").get("/api/v1/articles").then().statusCode(200)
                .body("items.id", contains("fp-zh"));
        given().queryParam("q", "일본").get("/api/v1/articles").then().statusCode(200)
                .body("items.id", contains("fp-ko"));
        given().queryParam("q", "กรุงเทพ").get("/api/v1/articles").then().statusCode(200)
                .body("items.id", contains("fp-th"));
        // the letters in that order, not just each of them: 会谈 is there, 谈会 is not
        given().queryParam("q", "谈会").get("/api/v1/articles").then().statusCode(200).body("items", empty());
        // a quoted phrase of two runs: the second follows the first (a comma between them)
        given().queryParam("q", "\"記者会見し 日中関係\"").get("/api/v1/articles").then().statusCode(200)
                .body("items.id", contains("fp-ja"));
        // in the title too
        given().queryParam("q", "外相").get("/api/v1/articles").then().statusCode(200)
                .body("items.id", contains("fp-ja"));
    }

    @Test
    void aTextQueryShowsThePassageThatMatches() {
        // the pilots' strike is 2,200 characters into the body; its head says nothing of it
        given().queryParam("q", "Valparaiso pilots").get("/api/v1/articles").then().statusCode(200)
                .body("items.id", contains("fp-long"))
                .body("items[0].snippet", startsWith("… "))
                .body("items[0].snippet", containsString("harbour pilots of Valparaíso went on strike"))
                .body("items[0].snippet", endsWith("…"));
        given().queryParam("source", "Harbour Gazette").get("/api/v1/articles").then().statusCode(200)
                .body("items[0].snippet", startsWith("The week began quietly at the docks."));
        // 8,000 characters in, past the first part looked through
        given().queryParam("q", "lighthouse keeper").get("/api/v1/articles").then().statusCode(200)
                .body("items.id", contains("fp-longer"))
                .body("items[0].snippet", startsWith("… "))
                .body("items[0].snippet", containsString("lighthouse keeper of Punta Arenas rang the bell"))
                .body("items[0].snippet", endsWith("…"));
        // only in the title: the body's start
        given().queryParam("q", "longer week coast").get("/api/v1/articles").then().statusCode(200)
                .body("items.id", contains("fp-longer"))
                .body("items[0].snippet", startsWith("The tide came in slowly."));
        // Japanese, 1,200 characters in: from the start of the sentence that holds the word
        given().queryParam("q", "ストライキ").get("/api/v1/articles").then().statusCode(200)
                .body("items.id", contains("fp-ja-long"))
                .body("items[0].snippet", startsWith("… 港湾の水先案内人が賃金をめぐってストライキを始め"))
                .body("items[0].snippet", endsWith("…"));
        // the same with an English word beside it, and when the run is only in the title
        given().queryParam("q", "ストライキ or Valparaiso").get("/api/v1/articles").then().statusCode(200)
                .body("items.id", contains("fp-ja-long", "fp-long"))
                .body("items[0].snippet", startsWith("… 港湾の水先案内人"));
        given().queryParam("q", "一週間").get("/api/v1/articles").then().statusCode(200)
                .body("items.id", contains("fp-ja-long"))
                .body("items[0].snippet", startsWith("今日は静かな一日だった。"));
    }

    @Test
    void sincePollingReturnsOnlyWhatIsStoredLater() {
        Response before = given().queryParam("source", "Poll Post").get("/api/v1/articles");
        String since = before.jsonPath().getString("sinceCursor");
        given().queryParam("source", "Poll Post").queryParam("since", since).get("/api/v1/articles").then()
                .statusCode(200).body("items", empty()).body("sinceCursor", equalTo(since));

        articles.publish(article("fp-poll-1", "Poll Post", "en", "First", "first polled story about energy",
                "2020-01-01T00:00:00Z", List.of("energy:energy"), List.of()));
        articles.publish(article("fp-poll-2", "Poll Post", "en", "Second", "second polled story about health",
                "2019-01-01T00:00:00Z", List.of("health:health"), List.of()));
        TestArticles.awaitStored("fp-poll-2");
        TestArticles.awaitStored("fp-poll-1");

        Response polled = given().queryParam("source", "Poll Post").queryParam("since", since)
                .get("/api/v1/articles");
        // in the order stored, whatever their publication time
        polled.then().statusCode(200).body("items.id", contains("fp-poll-1", "fp-poll-2"));
        String next = polled.jsonPath().getString("sinceCursor");
        given().queryParam("source", "Poll Post").queryParam("since", next).get("/api/v1/articles").then()
                .statusCode(200).body("items", empty());
        given().queryParam("source", "Poll Post").queryParam("since", since).queryParam("limit", 1)
                .queryParam("theme", "health").get("/api/v1/articles").then()
                .statusCode(200).body("items.id", contains("fp-poll-2"));
    }

    @Test
    void etagGivesNotModifiedUntilSomethingIsStored() {
        Response first = given().queryParam("source", SRC).get("/api/v1/articles");
        first.then().statusCode(200).header("Cache-Control", containsString("no-cache"));
        String etag = first.getHeader("ETag");
        given().header("If-None-Match", etag).queryParam("source", SRC).get("/api/v1/articles").then()
                .statusCode(304);
        // another query has its own tag
        String other = given().queryParam("source", SRC).queryParam("limit", 1).get("/api/v1/articles")
                .getHeader("ETag");
        assertNotEquals(etag, other);

        articles.publish(article("fp-etag", "Etag Daily", "en", "New", "a new article changes the read model",
                "2024-06-01T00:00:00Z", List.of(), List.of()));
        TestArticles.awaitStored("fp-etag");
        Response after = given().header("If-None-Match", etag).queryParam("source", SRC).get("/api/v1/articles");
        assertEquals(200, after.statusCode());
        assertNotEquals(etag, after.getHeader("ETag"));
    }

    @Test
    void unknownOrOversizedParametersAreProblemsNamingThem() {
        String[][] cases = {
                {"theme", "astrology"}, {"theme", "trade,astrology"}, {"themeMatch", "some"}, {"language", "english"},
                {"source", "x".repeat(201)}, {"q", "x".repeat(501)}, {"sort", "random"}, {"sort", "relevance"},
                {"since", "bm90LWEtY3Vyc29y"}, {"limit", "201"}, {"country", "JP,Japan"},
                {"theme", "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u"}, {"to", "2024-01-01T00:00:00+25:00"}};
        for (String[] c : cases) {
            given().queryParam(c[0], c[1]).get("/api/v1/articles").then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("field", equalTo(c[0]));
        }
        given().queryParam("from", "2024-02-01").queryParam("to", "2024-01-01").get("/api/v1/articles").then()
                .statusCode(400).body("field", equalTo("to"));
        given().queryParam("theme", "astrology").get("/api/v1/articles").then()
                .body("detail", containsString("astrology"));
    }
}
