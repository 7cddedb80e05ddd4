package news.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The extractor on whole pages pasted as text: each page of the two shared corpora is turned into the text a reader
 * gets by selecting all of it in a browser and copying it (each block of text on a line of its own; scripts, styles,
 * forms and elements hidden in the markup left out; menus, link lists, sidebars, comments and footers kept), and
 * {@link ArticleExtractor#fromText} finds the article in that text. Prints body precision/recall/F1 as
 * {@code tools/extraction-score} computes them, and title, author and date accuracy on article-metadata as
 * {@link ExtractionBenchmark} counts them ({@code -Dverbose=true} lists the misses).
 *
 * <p>Usage: {@code PastedTextBenchmark [--with-address] [sharedDir] [outDir]}; from the repository root:
 * {@code ./bench.sh pasted-text [--with-address]}. With {@code --with-address} each text is read with its page's address
 * (the gold's {@code url}), as {@code POST /api/v1/extract?url=} and a text submitted with its URL are.
 */
public final class PastedTextBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What a browser does not show: scripts, styles, forms' controls, elements hidden in the markup. */
    private static final String UNSEEN = "script, style, noscript, template, svg, iframe, select, button, input, "
            + "textarea, [hidden], [style~=(?i)display:\\s*none]";

    private PastedTextBenchmark() {
    }

    public static void main(String[] options) throws Exception {
        // --with-address: each text is sent with its page's address, as a client that knows it does
        boolean withAddress = Arrays.asList(options).contains("--with-address");
        String[] args = Arrays.stream(options).filter(o -> !o.startsWith("--")).toArray(String[]::new);
        Path shared = Path.of(args.length > 0 ? args[0] : System.getProperty("shared.dir", "../shared"));
        Path out = Path.of(args.length > 1 ? args[1] : "target/pasted-text-benchmark");
        Files.createDirectories(out);
        ArticleExtractor extractor = new ArticleExtractor();
        for (String corpus : new String[] {"article-extraction", "article-metadata"}) {
            Path dir = shared.resolve("corpora/" + corpus);
            JsonNode gold = JSON.readTree(dir.resolve("ground-truth.json").toFile());
            Map<String, ExtractedArticle> results = new HashMap<>();
            for (Iterator<String> it = gold.fieldNames(); it.hasNext(); ) {
                String id = it.next();
                String text = copiedText(ExtractionBenchmark.gunzip(dir.resolve("html/" + id + ".html.gz")));
                results.put(id, withAddress ? extractor.fromText(text, gold.get(id).path("url").asText(null))
                        : extractor.fromText(text));
            }
            Path file = ExtractionBenchmark.writeBodies(results, out.resolve(corpus + "-predictions.json"));
            String figures = ExtractionBenchmark.score(shared.resolve("tools/extraction-score"), file,
                    dir.resolve("ground-truth.json"));
            System.out.printf(Locale.ROOT, "%-19s pasted as text (%d pages): %s%n", corpus, results.size(), figures);
            if (corpus.equals("article-metadata")) {
                ExtractionBenchmark.metadataFigures(results, gold, Boolean.getBoolean("verbose"));
            }
        }
    }

    /**
     * The page's text as a browser copies it: a line for each block of text ({@link TextSegment#cut}, the blocks the
     * extractor reads; a {@code <br>} breaks a line), what a browser does not show left out.
     */
    static String copiedText(String html) {
        Document doc = Jsoup.parse(html);
        doc.select(UNSEEN).remove();
        StringBuilder lines = new StringBuilder();
        for (TextSegment segment : TextSegment.cut(doc.body())) {
            for (String line : segment.text.toString().split("\n")) {
                String l = Text.normalize(line);
                if (!l.isEmpty()) {
                    lines.append(l).append('\n');
                }
            }
        }
        return lines.toString();
    }
}
