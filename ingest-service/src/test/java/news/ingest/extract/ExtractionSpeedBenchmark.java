package news.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import news.language.LanguageGuesser;
import org.jsoup.Jsoup;

/**
 * Single-threaded extraction speed over the 181 pages of {@code shared/corpora/article-extraction}: pages/s for
 * parsing alone (jsoup, the floor no extractor goes below) and for the whole extraction, by the clock and by the
 * thread's CPU time (which holds when other processes share the machine). A program, not a test.
 *
 * <p>{@code ./bench.sh extraction-speed [rounds]} (default 10, after 5 s of uncounted warm-up) from the repository root.
 */
public final class ExtractionSpeedBenchmark {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ExtractionSpeedBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(System.getProperty("shared.dir", "../shared"));
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<String> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(shared.resolve("corpora/article-extraction/html"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html.gz")).sorted().toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    pages.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        long chars = pages.stream().mapToLong(String::length).sum();
        System.out.printf("ExtractionSpeedBenchmark: %d pages (%.1f MB of HTML) x %d rounds on one thread%n",
                pages.size(), chars / 1e6, rounds);
        ArticleExtractor extractor = new ArticleExtractor();
        // the JIT compilers work for the first ~500 pages (2-8 times slower then): 5 s of whole extractions, which
        // parse too, before anything counts, so that neither figure carries compile time
        long sink = 0;
        for (long until = System.nanoTime() + 5_000_000_000L; System.nanoTime() < until; ) {
            for (String html : pages) {
                sink += extractor.fromHtml(html, null).wordCount();
            }
        }
        System.out.printf("  (warmed up: 5 s of whole extractions, checksum %d)%n", sink);
        measure("parse only (jsoup)", pages, rounds, html -> Jsoup.parse(html, "").childNodeSize());
        measure("whole extraction", pages, rounds, html -> extractor.fromHtml(html, null).wordCount());
        // the language step as the extraction runs it: the body with the language the page declares
        List<String[]> bodies = pages.stream().map(html -> new String[] {extractor.fromHtml(html, null).body(),
                new HtmlMetadata(Jsoup.parse(html, ""), null).declaredLanguage}).toList();
        measure("language alone", bodies, rounds, page -> String.valueOf(LanguageGuesser.guess(page[0], page[1])).length());
    }

    private static <T> void measure(String name, List<T> pages, int rounds, ToIntFunction<T> work) {
        long sink = 0;
        for (int warm = 0; warm < 3; warm++) {
            for (T page : pages) {
                sink += work.applyAsInt(page);
            }
        }
        long started = System.nanoTime();
        long cpuStarted = CPU.getCurrentThreadCpuTime();
        for (int round = 0; round < rounds; round++) {
            for (T page : pages) {
                sink += work.applyAsInt(page);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (CPU.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
        int n = rounds * pages.size();
        System.out.printf("  %-20s %6.1f pages/s by the clock, %6.1f pages/s of thread CPU (%.2f ms CPU per page)"
                + " (checksum %d)%n", name, n / seconds, n / cpuSeconds, cpuSeconds * 1000 / n, sink);
    }
}
