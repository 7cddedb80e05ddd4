package news.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import news.ingest.extract.ArticleExtractor;
import news.ingest.extract.ExtractedArticle;
import org.junit.jupiter.api.Test;

/**
 * Every file of ../shared/corpora/feeds (real, malformed and hostile feeds) is either read or refused with a
 * reason: no other exception, no hang. Entry text from the sanitize cases, run through the same extraction as
 * ingest, keeps no script or event-handler markup.
 */
class FeedCorpusTest {

    private static final Path FEEDS = Path.of(System.getProperty("shared.dir", "../../shared"), "corpora", "feeds");
    private static final Pattern MARKUP = Pattern.compile(
            "<\\s*(script|iframe|object|embed)|\\bon(load|error|click|mouseover)\\s*=|javascript:",
            Pattern.CASE_INSENSITIVE);

    @Test
    void everyFeedFileIsReadOrRefusedWithAReason() throws Exception {
        assumeTrue(Files.isDirectory(FEEDS), "../shared/corpora/feeds is absent: feed corpus test skipped");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(FEEDS)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().matches("(?i)(LICENSE|README.*)"))
                    .sorted().toList();
        }
        FeedParser parser = new FeedParser();
        ArticleExtractor extractor = new ArticleExtractor();
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "feed-corpus");
            t.setDaemon(true);
            return t;
        });
        int read = 0;
        Map<String, Integer> refusals = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        long started = System.nanoTime();
        try {
            for (Path file : files) {
                byte[] bytes = Files.readAllBytes(file);
                boolean sanitize = file.toString().contains("sanitize");
                Future<FeedDocument> parsing = worker.submit(() -> parser.parse(bytes, null));
                try {
                    FeedDocument feed = parsing.get(10, TimeUnit.SECONDS);
                    read++;
                    if (sanitize) {
                        for (FeedEntry entry : feed.entries()) {
                            checkNoMarkup(file, entry, extractor, problems);
                        }
                    }
                } catch (TimeoutException e) {
                    parsing.cancel(true);
                    problems.add(FEEDS.relativize(file) + ": hung for more than 10 s");
                    worker.shutdownNow();
                    worker = Executors.newSingleThreadExecutor();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof FeedParseException refused) {
                        refusals.merge(reason(refused.getMessage()), 1, Integer::sum);
                    } else {
                        problems.add(FEEDS.relativize(file) + ": " + e.getCause());
                    }
                }
            }
        } finally {
            worker.shutdownNow();
        }
        System.out.printf("feed corpus: %d files, %d read, %d refused in %.1f s%n", files.size(), read,
                files.size() - read - problems.size(), (System.nanoTime() - started) / 1e9);
        refusals.forEach((reason, count) -> System.out.printf("  refused %4d × %s%n", count, reason));
        assertEquals(List.of(), problems, "files that crashed, hung or leaked markup");
        assertTrue(read > files.size() / 2, "most feeds are read: " + read + " of " + files.size());
    }

    private static void checkNoMarkup(Path file, FeedEntry entry, ArticleExtractor extractor, List<String> problems) {
        List<String> texts = new ArrayList<>();
        texts.add(entry.title());
        texts.addAll(entry.authors());
        texts.addAll(entry.categories());
        if (!entry.contentHtml().isBlank()) {
            ExtractedArticle article = extractor.fromHtml("<html><body><article>" + entry.contentHtml()
                    + "</article></body></html>", null);
            texts.add(article.title());
            texts.add(article.body());
        }
        for (String text : texts) {
            if (text != null && MARKUP.matcher(text).find()) {
                problems.add(FEEDS.relativize(file) + ": markup survives in stored text: " + text);
            }
        }
    }

    /** The kind of refusal, without the per-file details, to summarise. */
    private static String reason(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        int colon = m.indexOf(':');
        String kind = colon > 0 ? m.substring(0, colon) : m;
        return kind.length() > 60 ? kind.substring(0, 60) : kind;
    }

    static byte[] read(Path path) throws IOException {
        return Files.readAllBytes(path);
    }
}
