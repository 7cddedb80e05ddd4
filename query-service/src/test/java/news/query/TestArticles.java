package news.query;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import news.devinfra.KafkaTestClient;
import news.devinfra.TestInfra;
import news.events.AnalyzedArticle;
import news.events.CountryMention;
import news.events.EventJson;
import news.events.Evidence;
import news.events.IngestedArticle;
import news.events.ThemeTag;
import news.events.Topics;

/** Builds analysed articles whose evidence really points into their text, and publishes them to Kafka. */
public final class TestArticles {

    private final KafkaTestClient kafka = new KafkaTestClient(TestInfra.get().kafka().bootstrapServers());

    /**
     * An article of {@code source}; each theme is given as {@code id:phrase}, the phrase being found in the body
     * for the evidence offsets; countries as {@code CODE:Name}.
     */
    public static AnalyzedArticle article(String id, String source, String language, String title, String body,
            String published, List<String> themes, List<String> countries) {
        IngestedArticle article = new IngestedArticle(IngestedArticle.SCHEMA_VERSION, id,
                "https://news.example/" + id, null, source, title, List.of("A. Writer"),
                OffsetDateTime.parse(published), language, body, "hash-" + body.hashCode(),
                Instant.parse("2026-01-01T00:00:00Z"));
        List<ThemeTag> tags = new ArrayList<>();
        for (String theme : themes) {
            String[] parts = theme.split(":", 2);
            int start = body.indexOf(parts[1]);
            List<Evidence> evidence = start < 0 ? List.of()
                    : List.of(new Evidence("body", parts[1], start, start + parts[1].length()));
            tags.add(new ThemeTag(parts[0], label(parts[0]), "medtop:00000000", 0.8, evidence));
        }
        List<CountryMention> mentions = new ArrayList<>();
        for (String country : countries) {
            String[] parts = country.split(":", 2);
            int start = body.indexOf(parts[1]);
            mentions.add(new CountryMention(parts[0], parts[1], 1, start < 0 ? List.of()
                    : List.of(new Evidence("body", parts[1], start, start + parts[1].length()))));
        }
        return new AnalyzedArticle(AnalyzedArticle.SCHEMA_VERSION, 1, "test", article, tags, mentions,
                Instant.now());
    }

    private static String label(String id) {
        return Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' ');
    }

    public void publish(AnalyzedArticle event) {
        kafka.send(Topics.ARTICLES_ANALYZED, event.id(), new String(EventJson.write(event), StandardCharsets.UTF_8));
    }

    public static void awaitStored(String id) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/articles/" + id).then().statusCode(200));
    }
}
