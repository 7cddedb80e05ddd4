package news.analysis.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import news.devinfra.RealInfraResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class AnalyzeResourceTest {

    @Test
    void previewsThemesAndCountries() {
        given().contentType("application/json")
                .body(Map.of("title", "Beijing and Tokyo agree to resume security dialogue",
                        "body", "Foreign ministers of China and Japan met in Beijing on Monday and agreed to resume "
                                + "a security dialogue on military tensions in the East China Sea, the first talks of "
                                + "their kind in four years. Defence officials from both sides will join the dialogue, "
                                + "which will cover coast guard patrols, missile launches and a hotline between the two "
                                + "armed forces. The ministers also discussed export controls, and diplomats said a "
                                + "summit between the two leaders could follow later in the year if the talks go well."))
                .post("/api/v1/analyze")
                .then().statusCode(200)
                .body("taxonomyVersion", notNullValue())
                .body("themes.theme", hasItems("security", "diplomacy"))
                .body("themes.find { it.theme == 'security' }.evidence.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("countries.code", hasItems("CN", "JP"));
    }

    @Test
    void aHeadlineAndSummaryPostedWithoutALanguageAreAnalysed() {
        // the detector read this as Swedish, with English close behind: "not analysed for themes in language sv"
        given().contentType("application/json")
                .body(Map.of("title", "A Sharp Pullback", "body", "stock market slides"))
                .post("/api/v1/analyze")
                .then().statusCode(200)
                .body("themesStatus", equalTo("analysed"))
                .body("themes.theme", hasItems("economy"));
    }

    @Test
    void analysesAPlainTextWithItsHeadlineAsAQueryParameter() {
        String body = "Foreign ministers of China and Japan met in Beijing on Monday and agreed to resume "
                + "a security dialogue on military tensions in the East China Sea, the first talks of "
                + "their kind in four years. Defence officials from both sides will join the dialogue, "
                + "which will cover coast guard patrols, missile launches and a hotline between the two "
                + "armed forces. The ministers also discussed export controls, and diplomats said a "
                + "summit between the two leaders could follow later in the year if the talks go well.";
        given().contentType("text/plain; charset=UTF-8").queryParam("title", "Beijing and Tokyo resume security dialogue")
                .body(body)
                .post("/api/v1/analyze")
                .then().statusCode(200)
                .body("themes.theme", hasItems("security", "diplomacy"))
                .body("themes.evidence.flatten().field", hasItem("title"))
                .body("countries.code", hasItems("CN", "JP"));
    }

    @Test
    void aPlainTextWithoutACharsetIsReadAsUtf8() {
        // curl sends text/plain without a charset; RestAssured would add ISO-8859-1 unless told not to
        RestAssuredConfig asCurl = RestAssuredConfig.config()
                .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));
        byte[] text = ("European Commission President José Manuel Barroso said on Monday that the talks on steel tariffs "
                + "with Washington would resume next week.").getBytes(StandardCharsets.UTF_8);
        given().config(asCurl).contentType("text/plain").body(text)
                .post("/api/v1/analyze")
                .then().statusCode(200)
                .body("entities.name", hasItem("José Manuel Barroso"));
    }

    @Test
    void aForeignTextPostedWithoutItsLanguageGetsNoEnglishThemes() {
        given().contentType("text/plain; charset=UTF-8")
                .body("Die Außenminister von China und Japan haben sich am Montag in Peking getroffen und vereinbart, "
                        + "den Sicherheitsdialog wieder aufzunehmen. Die Gespräche sollen im Frühjahr fortgesetzt werden.")
                .post("/api/v1/analyze")
                .then().statusCode(200)
                .body("themesStatus", equalTo("not analysed for themes in language de (detected; none was given)"))
                .body("themes.size()", equalTo(0))
                .body("countries.code", hasItems("CN", "JP"));
    }

    @Test
    void aHeadlineAloneIsAnalysed() {
        given().contentType("application/json").body(Map.of("title", "Senate passes farm bill"))
                .post("/api/v1/analyze")
                .then().statusCode(200).body("themes.theme", hasItem("agriculture"));
        given().contentType("text/plain").queryParam("title", "Senate passes farm bill").body("")
                .post("/api/v1/analyze")
                .then().statusCode(200).body("themes.theme", hasItem("agriculture"));
    }

    @Test
    void refusesMissingBody() {
        given().contentType("application/json").body(Map.of("title", "  ", "body", ""))
                .post("/api/v1/analyze")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("body"))
                .body("detail", containsString("nothing to analyse"));
        given().contentType("application/json").body(Map.of("language", "en"))
                .post("/api/v1/analyze")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("body"));
        given().contentType("application/json").body("")
                .post("/api/v1/analyze")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType("text/plain").body("  ")
                .post("/api/v1/analyze")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("body"));
        given().contentType("text/plain").queryParam("title", "x".repeat(2001)).body("Some text about trade.")
                .post("/api/v1/analyze")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("title"));
        // a title at the limit in 3-byte characters is 18 KB percent-encoded: past Vert.x's default 4 KB request line
        given().contentType("text/plain; charset=UTF-8").queryParam("title", "中".repeat(2000))
                .body("Some text about trade.").post("/api/v1/analyze").then().statusCode(200);
        given().contentType("text/plain; charset=UTF-8").queryParam("title", "中".repeat(2001))
                .body("Some text about trade.").post("/api/v1/analyze")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("title"));
        given().contentType("text/plain").body("A sentence about trade and tariffs. ".repeat(30_000))
                .post("/api/v1/analyze")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("body"))
                .body("detail", containsString("longer than any news article (at most 1,000,000 characters)"));
        given().contentType("text/html").body("<p>text</p>")
                .post("/api/v1/analyze")
                .then().statusCode(415).contentType("application/problem+json");
        given().get("/q/health/ready").then().statusCode(200).body("checks.name", hasItem(notNullValue()));
    }
}
