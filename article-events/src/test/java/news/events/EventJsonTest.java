package news.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    private static IngestedArticle article() {
        return new IngestedArticle(IngestedArticle.SCHEMA_VERSION, "u1234", "https://example.org/a", null, "Example",
                "Title", List.of("Jane Doe"), OffsetDateTime.parse("2024-12-25T10:15:00+09:00"), "en", "Body text.",
                ArticleIds.contentHash("Title", "Body text."), Instant.parse("2024-12-25T02:00:00Z"));
    }

    @Test
    void analysedArticleRoundTripsWithOffsetsAndEvidence() {
        AnalyzedArticle analyzed = new AnalyzedArticle(AnalyzedArticle.SCHEMA_VERSION, 3, "2026.11", article(),
                List.of(new ThemeTag("trade", "Trade", "medtop:20000373", 0.8,
                        List.of(new Evidence("body", "tariffs", 10, 17)))),
                List.of(new CountryMention("JP", "Japan", 2, List.of())), Instant.parse("2024-12-25T02:00:01Z"));

        String json = new String(EventJson.write(analyzed), StandardCharsets.UTF_8);
        AnalyzedArticle back = EventJson.readAnalyzed(json);

        assertEquals(analyzed, back);
        assertTrue(json.contains("\"publishedAt\":\"2024-12-25T10:15:00+09:00\""), json);
    }

    @Test
    void storyLinkRoundTripsAndOlderEventsWithoutOneStillRead() {
        AnalyzedArticle analyzed = new AnalyzedArticle(AnalyzedArticle.SCHEMA_VERSION, 3, "2026.11", article(),
                List.of(), List.of(), Instant.parse("2024-12-25T02:00:01Z"), "analysed", List.of(), null,
                new StoryLink("su0001", "u0001", 0.93));
        String json = new String(EventJson.write(analyzed), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"story\":{\"storyId\":\"su0001\",\"duplicateOf\":\"u0001\",\"similarity\":0.93}"),
                json);
        assertEquals(analyzed, EventJson.readAnalyzed(json));

        String older = json.replaceAll(",\"story\":\\{[^}]*}", "");
        assertFalse(older.contains("story"), older);
        AnalyzedArticle back = EventJson.readAnalyzed(older);
        assertNull(back.story());
        assertEquals(analyzed.withStory(null), back);

        assertEquals("su0001", StoryLink.newStory("u0001").storyId());
        assertThrows(InvalidEventException.class, () -> EventJson.readAnalyzed(
                json.replace("\"storyId\":\"su0001\",", "")));
    }

    @Test
    void rejectsWhatIsNotAnEvent() {
        assertThrows(InvalidEventException.class, () -> EventJson.readIngested("not json"));
        assertThrows(InvalidEventException.class, () -> EventJson.readIngested(""));
        assertThrows(InvalidEventException.class, () -> EventJson.readIngested("{\"schemaVersion\":1,\"id\":\"x\"}"));
        assertThrows(InvalidEventException.class, () -> EventJson.readIngested("{\"schemaVersion\":99,\"id\":\"x\","
                + "\"body\":\"b\",\"contentHash\":\"h\",\"ingestedAt\":\"2024-01-01T00:00:00Z\"}"));
    }

    @Test
    void idsAreStableAcrossTrivialUrlDifferences() {
        assertEquals(ArticleIds.forUrl("https://Example.org/news/a/"), ArticleIds.forUrl("https://example.org:443/news/a#top"));
        assertEquals(ArticleIds.forText("China  and Japan agreed."), ArticleIds.forText("china and japan agreed.\n"));
        assertTrue(ArticleIds.forUrl("https://example.org/b").startsWith("u"));
        assertTrue(!ArticleIds.forUrl("https://example.org/a").equals(ArticleIds.forUrl("https://example.org/b")));
    }
}
