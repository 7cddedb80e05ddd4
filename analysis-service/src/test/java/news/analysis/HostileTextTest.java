package news.analysis;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import news.analysis.ArticleAnalyzer.Analysis;
import org.junit.jupiter.api.Test;

/**
 * Texts built to hurt, of up to 10 MB (ten times what ingest-service and {@code /api/v1/analyze} take, as much as a
 * message on articles.ingested can carry): each is analysed without an error in a bounded time (the bound is loose,
 * many times what a loaded machine needs, so it catches a blow-up, not a slow CI).
 */
class HostileTextTest {

    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.fromClasspath();

    private static Analysis analyze(String body) {
        return assertTimeoutPreemptively(BOUND, () -> ANALYZER.analyze("A title", body, "en"));
    }

    /** @return 100,000 sentences, each naming someone or something of its own (an id in base 36 in the name) */
    private static String names(Function<String, String> sentence) {
        return IntStream.range(0, 100_000).mapToObj(i -> sentence.apply(Integer.toString(i, 36)))
                .collect(Collectors.joining());
    }

    @Test
    void aRoleThatListsAPortfolioThousandsOfTimesIsReadNoFurtherThanARealOne() {
        // each word of the list was read as the start of a role whose portfolios ran to its end (11.7 s for 20,000
        // items), and a rank before a rank before a role went one call deeper each ("Vice Vice ... Minister")
        Analysis a = analyze("Minister of " + "Energy, ".repeat(500_000) + "Energy Jane Doe said. "
                + "Vice ".repeat(500_000) + "Minister John Doe said. Minister of Mines and Energy Aureliano Chaves "
                + "said.");
        assertTrue(a.entities().stream().anyMatch(e -> e.name().equals("Aureliano Chaves")
                && "Minister of Mines and Energy".equals(e.role())), "people: " + a.entities());
    }

    @Test
    void aTextWithoutALineBreakIsReadOnce() {
        // each run of capitalised words looked for a line break from its place to the end of the text: 97 s
        Analysis a = analyze("China Japan France Germany Brazil ".repeat(280_000));
        assertTrue(a.countries().stream().anyMatch(c -> c.code().equals("JP")), "countries: " + a.countries());
    }

    @Test
    void aTextOfCapitalisedWordsAloneIsReadInRunsOfAFewNames() {
        // one run of 240,000 capitalised words: its reading went one call deeper for each name in it, and the stack
        // overflowed (a 500 from /api/v1/analyze)
        Analysis a = analyze("Foreign Minister Takeshi Iwaya Meets President Xi Jinping ".repeat(30_000));
        // (a name after a role is read as up to three capitalised words: "Takeshi Iwaya Meets", as in a headline)
        assertTrue(a.entities().stream().anyMatch(e -> e.name().startsWith("Takeshi Iwaya") && e.mentions() > 25_000
                && "Foreign Minister".equals(e.role())), "people: " + a.entities().subList(0, 2));
        assertTrue(a.entities().stream().anyMatch(e -> e.name().startsWith("Xi Jinping") && e.mentions() > 25_000),
                "people: " + a.entities().subList(0, 2));
    }

    @Test
    void thousandsOfPeopleOfOneNameAreNotComparedEachWithEach() {
        // every person was compared with every other to find one person written two ways
        Analysis a = analyze(names(id -> "Mr Al" + id + " Smith said so. "));
        assertTrue(a.entities().size() > 100, "people: " + a.entities().size());
    }

    @Test
    void thousandsOfOrganisationsAreNotEachLookedForInTheWholeText() {
        // each list label's words, and each name of several words, were looked for in small letters from the text's
        // start
        Analysis a = analyze(names(id -> "Cleaning" + id + " Services: we clean.\n"));
        assertTrue(a.entities().size() > 100, "organisations: " + a.entities().size());
    }

    @Test
    void aShortTextOfAMegabyteIsEncodedByItsStart() {
        // a handful of words in a megabyte of punctuation is a short text for the theme model, whose encoder would
        // have read all of it, 510 word pieces a pass
        Analysis a = analyze("Tariffs on steel imports. " + "... ".repeat(250_000));
        assertTrue(a.themes().stream().anyMatch(t -> t.theme().equals("trade")), "themes: " + a.themes());
    }

    @Test
    void thousandsOfNamesJoinedByAndAreNotEachLookedForInTheWholeText() {
        // each name before "and" was looked for, written alone, in every word of the text (3.4 s for 8,000 sentences,
        // growing with their square)
        Analysis a = analyze("Shares of Acme and Beta Industries rose. ".repeat(250_000));
        assertTrue(a.entities().stream().anyMatch(e -> e.name().contains("Beta Industries") && e.mentions() > 200_000),
                "organisations: " + a.entities());
    }

    @Test
    void aListNamingOneFirmThousandsOfTimesIsReadOnce() {
        // each mention of a listed firm was looked for among the firm's mentions so far (12 s for 70,000, a minute for
        // 150,000), and so was each lone mention of a firm named by the words around it (1.3 s for 40,000)
        Analysis listed = analyze("Clients including Ford, Macy's, " + "Acme Widgets, ".repeat(150_000)
                + "and NBC cut prices.");
        assertTrue(listed.entities().stream().anyMatch(e -> e.name().equals("Acme Widgets") && e.mentions() == 150_000),
                "organisations: " + listed.entities());
        Analysis lone = analyze("A Quillfor spokesman said so. " + "Quillfor said. ".repeat(150_000));
        assertTrue(lone.entities().stream().anyMatch(e -> e.name().equals("Quillfor") && e.mentions() == 150_001),
                "organisations: " + lone.entities());
    }

    @Test
    void namesBesideThousandsOfCountriesAreEachPlacedOnce() {
        // each name found was looked for among all the places a country is named: 5 s for 16,000 of these sentences
        Analysis a = analyze("Rep. Jim Jordan said. Jordan agreed. Jordan and Israel met. ".repeat(40_000));
        assertTrue(a.countries().stream().anyMatch(c -> c.code().equals("IL")), "countries: " + a.countries());
        assertTrue(a.entities().stream().anyMatch(e -> e.name().equals("Jim Jordan")), "people: " + a.entities());
    }

    @Test
    void aLongTextWithoutASlashIsNotReadToItsEndForEachName() {
        // each person's name looked for a slash ("Harry Benson/Getty Images") from its place to the text's end: 7 s
        // for 80,000 of these sentences, more than 20 for 200,000
        Analysis a = analyze("“We agree,” said Jane Doe of Acme Widgets. ".repeat(200_000));
        assertTrue(a.entities().stream().anyMatch(e -> e.name().equals("Jane Doe") && e.mentions() == 200_000),
                "people: " + a.entities());
    }

    @Test
    void thousandsOfFirmsNamedShortAreEachFoundByTheStartOfTheirFullNames() {
        // each firm named short ("Quill7 analyst ...") was looked for among all the organisations named in full: 78 s
        // for 10,000
        Analysis a = analyze(IntStream.range(0, 10_000).mapToObj(i -> "Quill" + i + " Motors Corp rose, and Quill" + i
                + " analyst Carsten Fritsch agreed. ").collect(Collectors.joining()));
        assertTrue(a.entities().stream().anyMatch(e -> e.name().equals("Quill0 Motors Corp") && e.mentions() == 2),
                "organisations: " + a.entities().subList(0, 5));
    }
}
