package news.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import picocli.CommandLine;

class ImportCommandTest {

    private static final Instant CAPTURED = Instant.parse("2024-03-01T10:15:30Z");
    private static final String LATIN1_URL = "https://news.example/world/steel-tariffs";
    private static final String DATED_URL = "https://news.example/world/flood-plan";

    @TempDir
    Path dir;

    private FakeIngest ingest;

    @BeforeEach
    void start() throws IOException {
        ingest = new FakeIngest();
    }

    @AfterEach
    void stop() {
        ingest.close();
    }

    @Test
    void importsWarcDirectoryAndJsonLinesThenFindsOnlyDuplicatesOnTheSecondRun() throws Exception {
        Path warc = warc(dir.resolve("crawl.warc.gz"));
        Path pages = pages(dir.resolve("pages"));
        Path jsonl = jsonLines(dir.resolve("more.jsonl"));

        Run first = run("--ingest-url", ingest.url(), "--source", "Backfill", "--concurrency", "3",
                "--retry-delay", "20", "--progress", "lines", "--progress-interval", "0.05",
                warc.toString(), pages.toString(), jsonl.toString());

        assertEquals(1, first.exit, first.out);
        assertTrue(first.out.contains("imported:   8 (published 8, updated 0)"), first.out);
        assertTrue(first.out.contains("duplicates: 0"), first.out);
        assertTrue(first.out.contains("failed:     4"), first.out);
        assertTrue(first.out.contains("1  HTTP 413: request body too large"), first.out);
        assertTrue(first.out.contains("1  file over 10 MiB, not posted"), first.out);
        assertTrue(first.out.contains("1  binary content, not text or HTML"), first.out);
        assertTrue(first.out.contains("1  JSON Lines: not valid JSON"), first.out);
        assertTrue(first.out.contains("e.g. " + jsonl + ":3"), first.out);
        assertTrue(first.out.contains("skipped:    2 WARC responses (1 not HTML, 1 not HTTP 200); 1 other file in the directories"), first.out);
        assertTrue(first.err.contains("articles"), first.err);
        assertTrue(first.err.contains("imported 8, duplicates 0, failed 4"), first.err);

        // 8 accepted, the 413, and the 503 that was retried; nothing sent for the huge, binary and bad inputs
        assertEquals(10, ingest.requests.get());
        assertEquals(1, ingest.unavailable.get());
        List<JsonNode> posted = ingest.accepted();
        JsonNode latin1 = byUrl(posted, LATIN1_URL);
        assertTrue(latin1.get("html").asText().contains("Café owners fear the steel tariffs"), latin1.toString());
        assertEquals(CAPTURED.toString(), latin1.get("publishedAt").asText(), "WARC-Date when the page has none");
        assertEquals("Backfill", latin1.get("source").asText());
        JsonNode dated = byUrl(posted, DATED_URL);
        assertNull(dated.get("publishedAt"), "the page's own date wins over the WARC-Date");
        assertTrue(dated.get("html").asText().contains("Flood plan approved – naïve"), dated.toString());
        assertTrue(posted.stream().noneMatch(a -> a.path("url").asText().endsWith(".png")
                || a.path("url").asText().endsWith("/missing")));
        assertTrue(posted.stream().anyMatch(a -> a.path("html").asText().contains("Gzipped page body")));
        assertTrue(posted.stream().anyMatch(a -> a.path("text").asText().contains("RETRY-ME")));
        JsonNode fromLine = byUrl(posted, "https://wire.example/2024/02/02/markets");
        assertEquals("Wire", fromLine.get("source").asText(), "a line's own source wins over --source");
        assertEquals("2024-02-02T08:00:00Z", fromLine.get("publishedAt").asText());
        assertTrue(posted.stream().anyMatch(a -> "Backfill".equals(a.path("source").asText())
                && a.path("text").asText().startsWith("Plain text from a JSON line")));

        Run second = run("--ingest-url", ingest.url(), "--source", "Backfill", "--retry-delay", "20",
                "--progress", "none", warc.toString(), pages.toString(), jsonl.toString());

        assertEquals(1, second.exit, second.out);
        assertTrue(second.out.contains("imported:   0 (published 0, updated 0)"), second.out);
        assertTrue(second.out.contains("duplicates: 8 (already imported; nothing published again)"), second.out);
        assertTrue(second.out.contains("failed:     4"), second.out);
    }

    @Test
    void sendsTheApiKeyAndStopsEarlyWhenTheKeyIsRefused() throws Exception {
        ingest.requiredKey = "the-right-key";
        Path texts = Files.createDirectories(dir.resolve("texts"));
        for (int i = 0; i < 12; i++) {
            Files.writeString(texts.resolve("t" + i + ".txt"), "Article number " + i + " about the harbour.");
        }

        Run refused = run("--ingest-url", ingest.url(), "--api-key", "a-wrong-key", "--concurrency", "1",
                "--give-up-after", "3", "--progress", "none", texts.toString());
        assertEquals(1, refused.exit, refused.out);
        assertTrue(refused.out.contains("HTTP 401"), refused.out);
        assertTrue(ingest.requests.get() < 12, "stops after 3 refusals in a row, not after all 12");
        assertEquals(0, ingest.accepted().size());

        Run keyed = run("--ingest-url", ingest.url(), "--api-key", "the-right-key", "--progress", "none",
                texts.toString());
        assertEquals(0, keyed.exit, keyed.out + keyed.err);
        assertEquals(12, ingest.accepted().size());
    }

    @Test
    void exitsZeroWhenNothingFailedAndAgainWithOnlyDuplicates() throws Exception {
        Path clean = Files.createDirectories(dir.resolve("clean"));
        Files.writeString(clean.resolve("one.html"), "<html><body><p>One clean article.</p></body></html>");
        Files.writeString(clean.resolve("two.txt"), "Two clean articles make a backfill.");

        Run first = run("--ingest-url", ingest.url(), "--progress", "none", clean.toString());
        Run second = run("--ingest-url", ingest.url(), "--progress", "none", clean.toString());

        assertEquals(0, first.exit, first.out);
        assertTrue(first.out.contains("imported:   2"), first.out);
        assertEquals(0, second.exit, second.out);
        assertTrue(second.out.contains("imported:   0"), second.out);
        assertTrue(second.out.contains("duplicates: 2"), second.out);
        assertEquals(2, ingest.accepted().stream().map(a -> a.path("html").asText() + a.path("text").asText())
                .distinct().count());
    }

    @Test
    void badUsageExitsTwoAndPostsNothing() throws Exception {
        Path other = Files.writeString(dir.resolve("notes.md"), "# not an article");
        assertEquals(2, run().exit);
        assertEquals(2, run("--ingest-url", ingest.url(), dir.resolve("missing").toString()).exit);
        assertEquals(2, run("--ingest-url", ingest.url(), other.toString()).exit);
        assertEquals(2, run("--ingest-url", ingest.url(), "--concurrency", "0", dir.toString()).exit);
        assertEquals(2, run("--ingest-url", "localhost:8081", dir.toString()).exit);
        assertEquals(2, run("--no-such-option", dir.toString()).exit);
        Run usage = run("--ingest-url", ingest.url(), dir.resolve("missing").toString());
        assertTrue(usage.err.contains("no such file or directory"), usage.err);
        assertEquals(0, ingest.requests.get());
    }

    @Test
    void stopsEarlyWhenIngestServiceCannotBeReached() throws Exception {
        Path many = Files.createDirectories(dir.resolve("many"));
        for (int i = 0; i < 20; i++) {
            Files.writeString(many.resolve("a" + i + ".txt"), "Article number " + i + " of many.");
        }
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        Run run = run("--ingest-url", "http://127.0.0.1:" + closedPort, "--retries", "1", "--retry-delay", "1",
                "--give-up-after", "2", "--concurrency", "1", "--progress", "none", many.toString());

        assertEquals(1, run.exit, run.out);
        assertTrue(run.out.contains("cannot reach ingest-service: connection refused"), run.out);
        assertTrue(run.out.contains("Stopped early"), run.out);
        assertFalse(run.out.contains("failed:     20"), "reading stopped before the end: " + run.out);
    }

    private static JsonNode byUrl(List<JsonNode> posted, String url) {
        return posted.stream().filter(a -> url.equals(a.path("url").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("nothing posted for " + url + " in " + posted));
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new ImportCommand())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Two HTML responses, one image, one 404, and a non-response record, gzipped as a crawl would be. */
    private static Path warc(Path file) throws IOException {
        String latin1Page = "<html><head><title>Steel</title></head><body><article><h1>Tariffs</h1>"
                + "<p>Café owners fear the steel tariffs will raise prices.</p></article></body></html>";
        String datedPage = "<html><head><meta charset=\"utf-8\">"
                + "<meta property=\"article:published_time\" content=\"2024-02-28T09:00:00Z\">"
                + "<title>Flood</title></head><body><p>Flood plan approved – naïve critics object.</p></body></html>";
        try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
            writer.write(response(LATIN1_URL, new HttpResponse.Builder(200, "OK")
                    .addHeader("Content-Encoding", "gzip")
                    .body(MediaType.parse("text/html; charset=ISO-8859-1"),
                            gzip(latin1Page.getBytes(Charset.forName("ISO-8859-1"))))
                    .build()));
            writer.write(response(DATED_URL, new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("text/html"), datedPage.getBytes(StandardCharsets.UTF_8))
                    .build()));
            writer.write(response("https://news.example/logo.png", new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0})
                    .build()));
            writer.write(response("https://news.example/missing", new HttpResponse.Builder(404, "Not Found")
                    .body(MediaType.HTML, "<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8))
                    .build()));
        }
        return file;
    }

    private static WarcResponse response(String url, HttpResponse http) throws IOException {
        return new WarcResponse.Builder(URI.create(url)).date(CAPTURED).body(http).build();
    }

    /**
     * a.html, sub/b.html.gz, c.txt, retry.txt (503 once), big.html (413 from the service), huge.html.gz (over
     * 10 MiB unpacked, never posted), binary.txt (refused), notes.md (ignored).
     */
    private static Path pages(Path root) throws IOException {
        Files.createDirectories(root.resolve("sub"));
        Files.writeString(root.resolve("a.html"),
                "<html><head><meta charset=\"utf-8\"><title>A</title></head><body><p>Plain page A.</p></body></html>");
        Files.write(root.resolve("sub/b.html.gz"),
                gzip("<html><body><p>Gzipped page body B.</p></body></html>".getBytes(StandardCharsets.UTF_8)));
        Files.writeString(root.resolve("c.txt"), "Council votes on the budget\n\nThe council voted today.");
        Files.writeString(root.resolve("retry.txt"), "RETRY-ME: posted while Kafka was briefly down.");
        Files.writeString(root.resolve("big.html"),
                "<html><body><p>" + "Long article text. ".repeat(FakeIngest.LIMIT / 10) + "</p></body></html>");
        byte[] huge = new byte[11 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        Files.write(root.resolve("huge.html.gz"), gzip(huge));
        Files.write(root.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2});
        Files.writeString(root.resolve("notes.md"), "# not an article");
        return root;
    }

    private static Path jsonLines(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("{\"url\":\"https://wire.example/2024/02/02/markets\",\"html\":\"<p>Markets rallied.</p>\","
                + "\"source\":\"Wire\",\"publishedAt\":\"2024-02-02T08:00:00Z\"}");
        lines.add("");
        lines.add("{\"text\": \"Plain text from a JSON line");
        lines.add("{\"text\":\"Plain text from a JSON line.\"}");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(buffer)) {
            out.write(bytes);
        }
        return buffer.toByteArray();
    }
}
