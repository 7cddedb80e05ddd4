package news.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The extractor beside Mozilla's Readability.js on the same news pages that neither was made on: the fixtures of
 * {@code ./bench.sh site-fixtures} (about a hundred pages of 2016-17, with the title and first words their site tests
 * expect) and of {@code ./bench.sh news-fixtures} (about sixty pages, with the text and title expected). Each body is
 * judged as those benchmarks judge it (does it begin with the expected words), each title by whether it is the
 * expected one (white space and quotes aside). Readability runs on Node with jsdom ({@code pages.js} beside the
 * readability baseline); this program writes the pages' list, runs it, and prints the pages where the two differ,
 * then the totals. A program, not a test: {@code ./bench.sh versus-readability} fetches the fixtures and Readability.
 *
 * <p>Usage: {@code VersusReadability SITE_FIXTURES NEWS_FIXTURES READABILITY_TOOL OUT_DIR}.
 */
public final class VersusReadability {

    private VersusReadability() {
    }

    /** A page, the address it was saved from, and the expected first words or text and title (null when none). */
    private record Page(String set, String name, Path file, String url, String text, String title) {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path out = Path.of(args[3]);
        Files.createDirectories(out.resolve("pages"));
        List<Page> pages = new ArrayList<>();
        for (SiteFixturesBenchmark.Fixture f : SiteFixturesBenchmark.fixtures(Path.of(args[0]))) {
            // as served (Mercury saved its fixtures with the meta tags rewritten): both extractors read that copy
            Path served = out.resolve("pages").resolve(f.name().replaceAll("[^A-Za-z0-9._-]", "_"));
            Files.writeString(served, SiteFixturesBenchmark.asServed(Files.readString(f.html(), StandardCharsets.UTF_8)));
            pages.add(new Page("site", f.name(), served, f.url(), f.expected().get("first13"), f.expected().get("title")));
        }
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(Path.of(args[1]))) {
            for (Path html : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Path meta = html.resolveSibling(html.getFileName().toString().replaceFirst("\\.html$", ".json"));
                JsonNode fixture = Files.exists(meta) ? json.readTree(meta.toFile()) : json.createObjectNode();
                pages.add(new Page("news", html.getFileName().toString(), html, fixture.path("url").asText(null),
                        fixture.path("expected").path("cleaned_text").asText(null),
                        fixture.path("expected").path("title").asText(null)));
            }
        }
        ArrayNode list = json.createArrayNode();
        pages.forEach(p -> list.addObject().put("file", p.file().toAbsolutePath().toString()).put("url", p.url()));
        Path listFile = out.resolve("pages.json");
        Path found = out.resolve("readability-found.json");
        json.writeValue(listFile.toFile(), list);
        Process node = new ProcessBuilder("node", Path.of(args[2], "pages.js").toString(), listFile.toString(),
                found.toString()).inheritIO().start();
        if (node.waitFor() != 0) {
            throw new IOException("Readability (node pages.js) failed");
        }
        JsonNode readability = json.readTree(found.toFile());

        ArticleExtractor extractor = new ArticleExtractor();
        int[] counts = new int[12]; // per set (site, news): texts expected, ours, theirs, titles expected, ours, theirs
        System.out.printf("VersusReadability: %d pages%n  %-48s %-22s %s%n", pages.size(), "page", "body start (ours/rdb)",
                "title (ours / Readability / expected) where one is right and the other not");
        for (Page p : pages) {
            ExtractedArticle ours = extractor.fromHtml(Files.readString(p.file(), StandardCharsets.UTF_8), p.url());
            JsonNode theirs = readability.path(p.file().toAbsolutePath().toString());
            int at = p.set().equals("site") ? 0 : 6;
            String bodyOurs = "-";
            String bodyTheirs = "-";
            if (p.text() != null && !p.text().isBlank()) {
                bodyOurs = textVerdict(p, ours.body());
                bodyTheirs = textVerdict(p, theirs.path("text").asText(""));
                counts[at]++;
                counts[at + 1] += bodyOurs.equals("start") ? 1 : 0;
                counts[at + 2] += bodyTheirs.equals("start") ? 1 : 0;
            }
            boolean titleOurs = false;
            boolean titleTheirs = false;
            if (p.title() != null && !p.title().isBlank()) {
                titleOurs = sameTitle(p.title(), ours.title());
                titleTheirs = sameTitle(p.title(), theirs.path("title").asText(""));
                counts[at + 3]++;
                counts[at + 4] += titleOurs ? 1 : 0;
                counts[at + 5] += titleTheirs ? 1 : 0;
            }
            if (!bodyOurs.equals(bodyTheirs) || titleOurs != titleTheirs) {
                System.out.printf("  %-48s %-22s %s%n", NewsFixturesBenchmark.clip(p.set() + " " + p.name(), 48),
                        bodyOurs + " / " + bodyTheirs, titleOurs == titleTheirs ? "" : NewsFixturesBenchmark.clip(
                                ours.title(), 40) + " / " + NewsFixturesBenchmark.clip(theirs.path("title").asText("-"),
                                40) + " / " + NewsFixturesBenchmark.clip(p.title(), 40));
            }
        }
        for (int at : new int[] {0, 6}) {
            System.out.printf(Locale.ROOT, "%s-fixtures: text at the body's start, extractor %d, Readability %d of %d;"
                    + " title, extractor %d, Readability %d of %d%n", at == 0 ? "site" : "news", counts[at + 1],
                    counts[at + 2], counts[at], counts[at + 4], counts[at + 5], counts[at + 3]);
        }
    }

    private static String textVerdict(Page p, String body) {
        return p.set().equals("site") ? SiteFixturesBenchmark.textVerdict(p.text(), body)
                : NewsFixturesBenchmark.textVerdict(p.text(), body);
    }

    private static boolean sameTitle(String want, String got) {
        return got != null && NewsFixturesBenchmark.key(want).equals(NewsFixturesBenchmark.key(got));
    }
}
