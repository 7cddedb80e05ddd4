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
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import news.ingest.extract.ArticleExtractor;
import news.ingest.extract.ExtractedArticle;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Every file of ../shared/corpora/feeds (real, malformed and hostile feeds) is either read or refused with a
 * reason: no other exception, no hang. Entry text from the sanitize cases, run through the same extraction as
 * ingest, keeps no script or event-handler markup. Every valid RSS and Atom feed of the W3C suite is read, and the
 * feedparser suite's encoding and entity cases give the text they state.
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

    /**
     * The feedparser suite's encoding and entity cases state the text a reader must give, in a comment such as
     * {@code Expect: not bozo and entries[0]['description'] == 'don\u2019t'} (with the HTTP header it was served
     * with): every such case read with a title or entry text of that form gives that text (as plain text), so no
     * charset or entity comes out as mojibake or goes missing. A case may be refused (a document cut off before its
     * last '>'), never read wrongly.
     */
    @Test
    void feedparserEncodingAndEntityCasesGiveTheStatedText() throws Exception {
        Path suite = FEEDS.resolve("feedparser");
        assumeTrue(Files.isDirectory(suite), "../shared/corpora/feeds is absent: feed corpus test skipped");
        List<Path> files;
        try (Stream<Path> encoding = Files.walk(suite.resolve("encoding"));
             Stream<Path> entities = Files.walk(suite.resolve("entities"))) {
            files = Stream.concat(encoding, entities).filter(Files::isRegularFile).sorted().toList();
        }
        FeedParser parser = new FeedParser();
        int checked = 0;
        int refused = 0;
        List<String> wrong = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            String head = new String(bytes, StandardCharsets.ISO_8859_1);
            Matcher expect = SIMPLE_EXPECTATION.matcher(head);
            if (!expect.find()) {
                continue;
            }
            checked++;
            Matcher header = CONTENT_TYPE_HEADER.matcher(head);
            FeedDocument feed;
            try {
                feed = parser.parse(bytes, header.find() ? header.group(1).strip() : null);
            } catch (FeedParseException e) {
                refused++;
                continue;
            }
            String want = Jsoup.parse(pythonString(expect.group(4))).text().strip();
            String got = given(feed, expect.group(1) == null ? -1 : Integer.parseInt(expect.group(2)), expect.group(3));
            if (!want.equals(got == null ? "" : Jsoup.parse(got).text().strip())) {
                wrong.add(FEEDS.relativize(file) + ": expected '" + want + "', read '" + got + "'");
            }
        }
        System.out.printf("feedparser encoding and entity cases: %d checked, %d read as stated, %d refused%n", checked,
                checked - refused - wrong.size(), refused);
        assertEquals(List.of(), wrong, "cases read with other text than the suite states");
        assertTrue(checked > 200 && refused < checked / 10, checked + " checked, " + refused + " refused");
    }

    /** Every feed the W3C validator's suite calls valid RSS 0.9x/2.0 or Atom ({@code Expect: !Error}) is read. */
    @Test
    void everyValidRssAndAtomFeedOfTheW3cSuiteIsRead() throws Exception {
        Path suite = FEEDS.resolve("w3c-feedvalidator");
        assumeTrue(Files.isDirectory(suite), "../shared/corpora/feeds is absent: feed corpus test skipped");
        FeedParser parser = new FeedParser();
        int valid = 0;
        List<String> refused = new ArrayList<>();
        for (String folder : List.of("rss", "rss20", "atom")) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(suite.resolve(folder))) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                byte[] bytes = Files.readAllBytes(file);
                if (!VALID.matcher(new String(bytes, StandardCharsets.ISO_8859_1)).find()) {
                    continue;
                }
                valid++;
                try {
                    parser.parse(bytes, null);
                } catch (FeedParseException e) {
                    refused.add(FEEDS.relativize(file) + ": " + e.getMessage());
                }
            }
        }
        System.out.printf("W3C suite: %d valid RSS and Atom feeds, %d refused%n", valid, refused.size());
        assertEquals(List.of(), refused, "valid feeds refused");
        assertTrue(valid > 50, valid + " valid feeds found");
    }

    private static final Pattern VALID = Pattern.compile("Expect:\\s*!Error");

    /** {@code [not bozo and ]feed['title'] == '...'} or {@code entries[N]['title'|'description'|'summary'] == '...'}. */
    private static final Pattern SIMPLE_EXPECTATION = Pattern.compile("Expect:\\s*(?:not bozo and )?(?:feed|(entries)\\[(\\d+)])"
            + "\\[u?'(title|description|summary)'] == (u?'(?:[^'\\\\\\n]|\\\\.)*')\\s*$", Pattern.MULTILINE);
    private static final Pattern CONTENT_TYPE_HEADER = Pattern.compile("Header:\\s*Content-type:\\s*(.*)$",
            Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);

    /** @return the feed's title (entry -1) or the entry's title or text */
    private static String given(FeedDocument feed, int entry, String field) {
        if (entry < 0) {
            return feed.title();
        }
        if (entry >= feed.entries().size()) {
            return null;
        }
        FeedEntry e = feed.entries().get(entry);
        return field.equals("title") ? e.title() : e.contentHtml();
    }

    /** @return the value of a single-quoted Python string literal ({@code u'caf\xe9 \u2019'}) */
    static String pythonString(String literal) {
        String body = literal.substring(literal.indexOf('\'') + 1, literal.length() - 1);
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < body.length(); k++) {
            char c = body.charAt(k);
            if (c != '\\' || k + 1 == body.length()) {
                out.append(c);
                continue;
            }
            char e = body.charAt(++k);
            switch (e) {
                case 'x' -> {
                    out.append((char) Integer.parseInt(body.substring(k + 1, k + 3), 16));
                    k += 2;
                }
                case 'u' -> {
                    out.append((char) Integer.parseInt(body.substring(k + 1, k + 5), 16));
                    k += 4;
                }
                case 'U' -> {
                    out.appendCodePoint(Integer.parseInt(body.substring(k + 1, k + 9), 16));
                    k += 8;
                }
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                default -> out.append(e);
            }
        }
        return out.toString();
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
