package news.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.parser.Parser;

/**
 * Runs {@link ArticleExtractor} over news pages nobody tuned it to, whose expected results people wrote down as
 * quotes: the fixtures of the npm packages {@code a-extractor} (12 long-form articles of 2013–2017: the New York
 * Times, the Guardian, the Atlantic, the New Yorker, Ars Technica, Vox, Quartz, HBR, Aeon, Nautilus and two blogs,
 * each with its article's first, middle and last words, author and date) and {@code clean-mark} (7 pages of ABC
 * News, the Washington Post, CNN Money, Business Insider, Yahoo, The Next Web and a blog, each with sentences its
 * text must hold, its title and author).
 *
 * <p>Each page is read twice, as HTML and as the text a reader copies from it ({@link PastedTextBenchmark#copiedText}),
 * and for each reading it prints how many of the quotes the body holds, how many characters follow the article's
 * last words (furniture read as text), and whether title, author and date agree, page by page and in all. A
 * program, not a test: the fixtures are fetched by {@code ./bench.sh quoted-pages}.
 */
public final class QuotedPagesBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private QuotedPagesBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> pages = new ArrayList<>();
        for (String dir : args) {
            try (Stream<Path> folders = Files.list(Path.of(dir))) {
                folders.filter(f -> Files.exists(f.resolve("source.htm"))).sorted().forEach(pages::add);
            }
        }
        ArticleExtractor extractor = new ArticleExtractor();
        System.out.printf("QuotedPagesBenchmark: %d pages%n", pages.size());
        for (boolean pasted : new boolean[] {false, true}) {
            Tally tally = new Tally();
            System.out.printf("%n%s%n  %-20s %-7s %-8s %-6s %-6s %-5s %s%n", pasted ? "as pasted text" : "as HTML", "page",
                    "quotes", "after", "title", "author", "date", "title as extracted");
            for (Path page : pages) {
                JsonNode want = JSON.readTree(page.resolve("expected.json").toFile());
                String html = Files.readString(page.resolve("source.htm"), StandardCharsets.UTF_8);
                ExtractedArticle a = pasted ? extractor.fromText(PastedTextBenchmark.copiedText(html))
                        : extractor.fromHtml(html, want.path("uri").asText(null));
                System.out.println(tally.row(page.getFileName().toString(), want, a));
            }
            System.out.printf(Locale.ROOT, "  quotes found %d of %d; bodies ending at the article's last words (within"
                    + " %d characters) %d of %d; title %d of %d; author %d of %d; day %d of %d%n", tally.quotesFound,
                    tally.quotes, END_SLACK, tally.endsRight, tally.ends, tally.titlesRight, tally.titles,
                    tally.authorsRight, tally.authors, tally.datesRight, tally.dates);
        }
    }

    /** How many characters may follow the article's last words (a footnote mark, a closing sign-off). */
    private static final int END_SLACK = 40;

    /** The counts over the pages of one reading. */
    private static final class Tally {
        int quotes;
        int quotesFound;
        int ends;
        int endsRight;
        int titles;
        int titlesRight;
        int authors;
        int authorsRight;
        int dates;
        int datesRight;

        String row(String name, JsonNode want, ExtractedArticle a) {
            String body = key(a.body());
            List<String> quotes = new ArrayList<>();
            for (String field : List.of("textStart", "textMid", "textEnd")) {
                if (want.hasNonNull(field)) {
                    quotes.add(want.get(field).asText());
                }
            }
            want.path("matches").forEach(q -> quotes.add(q.asText()));
            want.path("should-match").forEach(q -> quotes.add(q.asText()));
            int found = 0;
            for (String q : quotes) {
                found += body.contains(key(q)) ? 1 : 0;
            }
            quotes(quotes.size(), found);
            String after = "-";
            if (want.hasNonNull("textEnd")) {
                String end = key(want.get("textEnd").asText());
                int at = body.lastIndexOf(end);
                int rest = at < 0 ? -1 : body.length() - at - end.length();
                ends++;
                endsRight += rest >= 0 && rest <= END_SLACK ? 1 : 0;
                after = rest < 0 ? "MISSING" : Integer.toString(rest);
            }
            String title = "-";
            if (want.hasNonNull("title")) {
                boolean right = a.title() != null && key(a.title()).equals(key(want.get("title").asText()));
                titles++;
                titlesRight += right ? 1 : 0;
                title = right ? "same" : "OTHER";
            }
            String author = "-";
            String wantAuthor = want.path("author").asText("");
            if (isPersonsName(wantAuthor)) {
                boolean right = a.authors().stream().anyMatch(n -> key(n).equals(key(wantAuthor)));
                authors++;
                authorsRight += right ? 1 : 0;
                author = right ? "same" : a.authors().isEmpty() ? "NONE" : "OTHER";
            }
            String date = "-";
            LocalDate wantDay = want.hasNonNull("date") ? day(Dates.find(want.get("date").asText())) : null;
            if (wantDay != null) {
                dates++;
                boolean right = wantDay.equals(day(a.publishedAt()));
                datesRight += right ? 1 : 0;
                date = right ? "same" : a.publishedAt() == null ? "NONE" : "OTHER";
            }
            return String.format(Locale.ROOT, "  %-20s %-7s %-8s %-6s %-6s %-5s %s", name, found + "/" + quotes.size(),
                    after, title, author, date, a.title());
        }

        private void quotes(int n, int found) {
            quotes += n;
            quotesFound += found;
        }
    }

    /**
     * Whether an expected author is a person's name that a byline shows: not a profile's address
     * ("https://www.facebook.com/jamesclear"), an account ("ADMIN") or the site ("Abc News").
     */
    private static boolean isPersonsName(String author) {
        return !author.isBlank() && !author.contains("/") && !author.equals(author.toUpperCase(Locale.ROOT))
                && !author.toLowerCase(Locale.ROOT).endsWith(" news");
    }

    private static LocalDate day(OffsetDateTime date) {
        return date == null ? null : date.toLocalDate();
    }

    /**
     * The text as the fixtures' quotes are compared: their HTML entities and inline tags ("&#x2019;", "<em>") and
     * Markdown links ("[MIT License](http://...)") read as the words they stand for, quotes and dashes made plain,
     * white space collapsed, lower case.
     */
    static String key(String s) {
        String text = Parser.unescapeEntities(s, false).replaceAll("<[^>]+>", "")
                .replaceAll("\\[([^\\]]*)\\](?:\\([^)]*\\)?)?", "$1").replaceAll("\\([^)]*$", "");
        return NewsFixturesBenchmark.key(text.replace('—', '-').replace('–', '-'));
    }
}
