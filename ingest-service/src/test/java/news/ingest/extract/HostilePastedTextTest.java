package news.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Pasted texts built to hurt ({@link HostileTexts}), as {@link HostileHtmlTest} has pages: a long read with no line
 * break, thousands of menu lines, a megabyte of one kind of line. Each is read on a thread with the stack a server's
 * worker has, without an error, in a bounded time (loose, to catch a blow-up rather than a slow machine), and the
 * article comes out where there is one.
 */
class HostilePastedTextTest {

    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final Path SHARED = Path.of(System.getProperty("shared.dir", "../../shared"));
    private final ArticleExtractor extractor = new ArticleExtractor();

    private ExtractedArticle extract(String text) {
        return assertTimeoutPreemptively(BOUND, () -> extractor.fromText(text));
    }

    @Test
    void aLongReadPastedWithoutALineBreakComesOutWhole() {
        // a line of 3,400 words or more overflowed the stack: a pattern for a teaser's dateline repeated a group per word
        ExtractedArticle a = extract(HostileTexts.longReadOnOneLine());
        assertTrue(a.body().startsWith("Sentence 0 of the report"), a.body());
        assertTrue(a.body().endsWith("Sentence 399 of the report says the delegates met again on the second day to "
                + "settle what the first had left open."));
        assertEquals(400 * 22, a.wordCount());
    }

    @Test
    void thePastedSeedUnderThousandsOfMenuLinesIsStillItsArticle() throws IOException {
        Path seed = SHARED.resolve("seeds").resolve("004_7c684e5ceb3d12cc.txt");
        assumeTrue(Files.isReadable(seed), "seed " + seed + " not available; set -Dshared.dir to the shared directory");
        String menus = "Home\nNews\nSport\nBusiness\n".repeat(2_000);
        ExtractedArticle a = extract(menus + Files.readString(seed));
        assertEquals("Redefining Dynamics: What the Japanese Foreign Minister’s Visit to China Signifies", a.title());
        assertEquals(LocalDate.of(2025, 1, 11), a.publishedAt().toLocalDate());
        assertTrue(a.body().startsWith("In the broader context of fostering dialogue"), a.body());
        assertTrue(a.body().endsWith("through sustained collaboration."), a.body());
    }

    @Test
    void aMegabyteOfOneKindOfLineIsReadInTime() {
        HostileTexts.all().forEach((shape, text) -> {
            ExtractedArticle a = extract(text);
            assertTrue(a.wordCount() > 0, shape + ": the text is kept");
        });
    }
}
