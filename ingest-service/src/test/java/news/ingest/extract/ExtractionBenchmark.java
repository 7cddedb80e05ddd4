package news.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;

/**
 * Runs {@link ArticleExtractor} over the two shared corpora and prints the figures.
 *
 * <ul>
 *   <li>article-extraction (181 pages, gold bodies) and article-metadata (711 pages, gold bodies, titles, authors,
 *       dates): body precision/recall/F1 as computed by {@code tools/extraction-score} on the prediction files
 *       this program writes;</li>
 *   <li>article-metadata: title exact match (whitespace-normalised), author accuracy on pages whose gold has an
 *       author (the first predicted name equals the gold's first name, case-insensitive, a leading "Dr."/"Prof."
 *       aside; gold names are split at ",", ";", "|", "&amp;" and "and"), date accuracy on pages whose gold has a date (same calendar date as written on
 *       the page), and how often the extractor says none where the gold has none.</li>
 * </ul>
 *
 * <p>Usage: {@code ExtractionBenchmark [sharedDir] [outDir]} (defaults: system property {@code shared.dir}, else
 * {@code ../shared}; and
 * {@code target/extraction-benchmark}); {@code -Dverbose=true} lists metadata misses. From the repository root:
 * <pre>
 * ./bench.sh extraction
 * </pre>
 */
public final class ExtractionBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Summary rows: metric, figure, target. */
    private static final List<String[]> ROWS = new ArrayList<>();

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : System.getProperty("shared.dir", "../shared"));
        Path out = Path.of(args.length > 1 ? args[1] : "target/extraction-benchmark");
        Files.createDirectories(out);
        ArticleExtractor extractor = new ArticleExtractor();
        boolean verbose = Boolean.getBoolean("verbose");

        long t0 = System.nanoTime();
        Path ae = shared.resolve("corpora/article-extraction");
        Map<String, ExtractedArticle> aeResults = run(extractor, ae);
        Path aePred = writeBodies(aeResults, out.resolve("article-extraction-predictions.json"));
        Path am = shared.resolve("corpora/article-metadata");
        Map<String, ExtractedArticle> amResults = run(extractor, am);
        Path amPred = writeBodies(amResults, out.resolve("article-metadata-predictions.json"));
        long ms = (System.nanoTime() - t0) / 1_000_000;

        Path scorer = shared.resolve("tools/extraction-score");
        System.out.printf(Locale.ROOT, "article-extraction (%d pages): %s%n", aeResults.size(),
                score(scorer, aePred, ae.resolve("ground-truth.json")));
        System.out.printf(Locale.ROOT, "article-metadata   (%d pages): %s%n", amResults.size(),
                score(scorer, amPred, am.resolve("ground-truth.json")));
        metadataFigures(amResults, JSON.readTree(am.resolve("ground-truth.json").toFile()), verbose);
        int pages = aeResults.size() + amResults.size();
        System.out.printf(Locale.ROOT, "time: %d ms for %d pages (%.1f pages/s on %d threads)%n", ms, pages,
                pages * 1000.0 / ms, Runtime.getRuntime().availableProcessors());
        System.out.println();
        System.out.printf(Locale.ROOT, "%-58s %8s %10s  %s%n", "metric", "value", "target", "");
        System.out.println("-".repeat(92));
        for (String[] r : ROWS) {
            System.out.printf(Locale.ROOT, "%-58s %8s %10s  %s%n", r[0], r[1], r[2], r[3]);
        }
    }

    private static Map<String, ExtractedArticle> run(ArticleExtractor extractor, Path corpus) throws Exception {
        JsonNode gold = JSON.readTree(corpus.resolve("ground-truth.json").toFile());
        Map<String, ExtractedArticle> results = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        List<Future<?>> jobs = new ArrayList<>();
        for (Iterator<String> it = gold.fieldNames(); it.hasNext(); ) {
            String id = it.next();
            String url = gold.get(id).path("url").asText(null);
            Path page = corpus.resolve("html/" + id + ".html.gz");
            jobs.add(pool.submit(() -> {
                results.put(id, extractor.fromHtml(gunzip(page), url));
                return null;
            }));
        }
        for (Future<?> job : jobs) {
            job.get();
        }
        pool.shutdown();
        return results;
    }

    static String gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Path writeBodies(Map<String, ExtractedArticle> results, Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        results.forEach((id, a) -> {
            ObjectNode item = root.putObject(id);
            item.put("articleBody", a.body());
            item.put("title", a.title());
            item.put("authors", String.join(", ", a.authors()));
            item.put("publishedAt", a.publishedAt() == null ? null : a.publishedAt().toString());
            item.put("language", a.language());
        });
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
        return file;
    }

    static String score(Path scorer, Path predictions, Path gold) throws Exception {
        Process p = new ProcessBuilder("python3", scorer.toString(), predictions.toString(), gold.toString(), "--json")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) {
            return "scorer failed: " + output;
        }
        JsonNode s = JSON.readTree(output);
        String corpus = gold.getParent().getFileName().toString();
        row(corpus + " body precision", s.get("precision").asDouble(), "");
        row(corpus + " body recall", s.get("recall").asDouble(), "");
        row(corpus + " body F1", s.get("f1").asDouble(), corpus.equals("article-extraction") ? ">= 0.965" : "");
        return String.format(Locale.ROOT, "body precision=%.3f recall=%.3f F1=%.3f exact=%.3f",
                s.get("precision").asDouble(), s.get("recall").asDouble(), s.get("f1").asDouble(),
                s.get("accuracy").asDouble());
    }

    static void metadataFigures(Map<String, ExtractedArticle> results, JsonNode gold, boolean verbose) {
        int titles = 0;
        int titleOk = 0;
        int authorGold = 0;
        int authorOk = 0;
        int authorNone = 0;
        int authorNoneOk = 0;
        int dateGold = 0;
        int dateOk = 0;
        int dateNone = 0;
        int dateNoneOk = 0;
        int dateEitherOk = 0;
        int titleLooseOk = 0;
        for (Iterator<String> it = gold.fieldNames(); it.hasNext(); ) {
            String id = it.next();
            JsonNode g = gold.get(id);
            ExtractedArticle a = results.get(id);
            String goldTitle = g.path("title").asText(null);
            if (goldTitle != null) {
                titles++;
                boolean ok = a.title() != null && Text.normalize(a.title()).equals(Text.normalize(goldTitle));
                titleOk += ok ? 1 : 0;
                titleLooseOk += a.title() != null && loose(a.title()).equals(loose(goldTitle)) ? 1 : 0;
                if (!ok && verbose) {
                    System.out.printf("TITLE %s gold=[%s] got=[%s]%n", id, goldTitle, a.title());
                }
            }
            String goldAuthor = g.path("author").isNull() ? null : g.path("author").asText(null);
            if (goldAuthor != null) {
                authorGold++;
                String first = goldAuthor.split("\\s*(?:,|;|\\||&|\\band\\b)\\s*")[0];
                boolean ok = !a.authors().isEmpty() && person(a.authors().get(0)).equals(person(first));
                authorOk += ok ? 1 : 0;
                if (!ok && verbose) {
                    System.out.printf("AUTHOR %s gold=[%s] got=%s%n", id, goldAuthor, a.authors());
                }
            } else {
                authorNone++;
                authorNoneOk += a.authors().isEmpty() ? 1 : 0;
                if (!a.authors().isEmpty() && verbose) {
                    System.out.printf("AUTHOR %s gold=none got=%s%n", id, a.authors());
                }
            }
            String goldDate = g.path("publishDate").isNull() ? null : g.path("publishDate").asText(null);
            if (goldDate != null) {
                dateGold++;
                boolean ok = a.publishedAt() != null && a.publishedAt().toLocalDate().toString().equals(goldDate);
                dateOk += ok ? 1 : 0;
                dateEitherOk += ok || a.modifiedAt() != null && a.modifiedAt().toLocalDate().toString().equals(goldDate) ? 1 : 0;
                if (!ok && verbose) {
                    System.out.printf("DATE %s gold=%s got=%s %s%n", id, goldDate, a.publishedAt(), g.path("url").asText());
                }
            } else {
                dateNone++;
                dateNoneOk += a.publishedAt() == null ? 1 : 0;
                if (a.publishedAt() != null && verbose) {
                    System.out.printf("DATE %s gold=none got=%s %s%n", id, a.publishedAt(), g.path("url").asText());
                }
            }
        }
        row("article-metadata title exact (whitespace-normalised)", titleOk / (double) titles, ">= 0.90");
        row("article-metadata title ignoring case/typographic quotes", titleLooseOk / (double) titles, "");
        row("article-metadata author, where gold has one", authorOk / (double) authorGold, ">= 0.80");
        row("article-metadata author none, where gold has none", authorNoneOk / (double) authorNone, "most");
        row("article-metadata date, where gold has one", dateOk / (double) dateGold, ">= 0.90");
        row("article-metadata date none, where gold has none", dateNoneOk / (double) dateNone, "");
        System.out.printf(Locale.ROOT, "article-metadata title exact: %.3f (%d/%d)%n", titleOk / (double) titles, titleOk, titles);
        System.out.printf(Locale.ROOT, "article-metadata title, ignoring case and typographic quotes: %.3f%n", titleLooseOk / (double) titles);
        System.out.printf(Locale.ROOT, "article-metadata author: %.3f (%d/%d where gold has one); none where gold has none: %.3f (%d/%d)%n",
                authorOk / (double) authorGold, authorOk, authorGold, authorNoneOk / (double) authorNone, authorNoneOk, authorNone);
        System.out.printf(Locale.ROOT, "article-metadata date: %.3f (%d/%d where gold has one); none where gold has none: %.3f (%d/%d)%n",
                dateOk / (double) dateGold, dateOk, dateGold, dateNoneOk / (double) dateNone, dateNoneOk, dateNone);
        System.out.printf(Locale.ROOT, "article-metadata date matched by publishedAt or modifiedAt: %.3f%n", dateEitherOk / (double) dateGold);
    }

    /**
     * A row of the table: the value to three decimals and, against a target "&gt;= x", whether it is met, with the
     * value to four decimals when it is not (529/588 = 0.8997 prints as 0.900 yet misses 0.90).
     */
    private static void row(String metric, double value, String target) {
        String verdict = "";
        if (target.startsWith(">= ")) {
            verdict = value >= Double.parseDouble(target.substring(3)) ? "met"
                    : String.format(Locale.ROOT, "short (%.4f)", value);
        }
        ROWS.add(new String[] {metric, String.format(Locale.ROOT, "%.3f", value), target, verdict});
    }

    private static String loose(String s) {
        return norm(s).replaceAll("[‘’ʼ′]", "'").replaceAll("[“”″]", "\"").replaceAll("[–—]", "-");
    }

    private static String norm(String s) {
        return Text.normalize(s).toLowerCase(Locale.ROOT);
    }

    /** A person's name for comparison: case-insensitive, without a leading "Dr."/"Prof." (the extractor drops them). */
    private static String person(String s) {
        return norm(s).replaceFirst("^(?:dr|prof)\\.?\\s+", "");
    }
}
