package news.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Bulk backfill: posts every article found under the given paths to ingest-service's {@code POST /api/v1/articles}.
 * Running it again over the same input publishes nothing new: ingest-service answers {@code duplicate}.
 */
@Command(name = "news-import", mixinStandardHelpOptions = true, version = "news-import 0.1.0",
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Imports articles into ingest-service: pages (.html, .htm), text (.txt), WARC files of web crawls "
                + "(HTTP 200 HTML responses only) and JSON Lines files ({\"url\",\"html\"|\"text\",\"source\","
                + "\"publishedAt\"} per line); each may be gzipped (.gz). Directories are searched recursively.",
            "Running it again over the same input creates no duplicates.",
            "",
            "Exit status: 0 when nothing failed, 1 when some articles failed, 2 on bad usage."})
public final class ImportCommand implements Callable<Integer> {

    /** What ingest-service accepts in one request (news.http.max-body-bytes). */
    static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    @Spec
    CommandSpec spec;

    @Option(names = "--ingest-url", paramLabel = "URL", defaultValue = "http://localhost:8081",
            description = "ingest-service base URL (default: ${DEFAULT-VALUE})")
    String ingestUrl;

    @Option(names = "--api-key", paramLabel = "KEY", defaultValue = "${env:NEWS_API_KEY}",
            description = "API key sent as X-API-Key (default: the environment variable NEWS_API_KEY; ./run.sh import"
                + " sets it)")
    String apiKey;

    @Option(names = "--source", paramLabel = "NAME",
            description = "publisher name for every article (JSON Lines: unless the line has its own)")
    String source;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "4",
            description = "articles posted at once (default: ${DEFAULT-VALUE})")
    int concurrency;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "4",
            description = "retries per article on connection errors and 429/502/503/504, with exponential backoff;"
                + " never on other 4xx (default: ${DEFAULT-VALUE})")
    int retries;

    @Option(names = "--retry-delay", paramLabel = "MS", defaultValue = "1000",
            description = "first backoff in milliseconds, doubled each retry (default: ${DEFAULT-VALUE})")
    long retryDelayMs;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "time to wait for one answer (default: ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Option(names = "--give-up-after", paramLabel = "N", defaultValue = "8",
            description = "stop reading when N articles in a row found ingest-service unreachable or unavailable"
                + " after all retries; 0 never stops (default: ${DEFAULT-VALUE})")
    int giveUpAfter;

    @Option(names = "--max-bytes", paramLabel = "BYTES", defaultValue = "10485760",
            description = "largest page, line or request sent; larger ones fail without being posted"
                + " (default: ${DEFAULT-VALUE}, ingest-service's limit)")
    long maxBytes;

    @Option(names = "--no-warc-date", negatable = false,
            description = "never send a WARC record's capture date; by default it is sent as publishedAt when"
                + " the page shows no date of its own")
    boolean noWarcDate;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "auto (bar on a terminal, lines otherwise), bar, lines or none (default: ${DEFAULT-VALUE})")
    String progress;

    @Option(names = "--progress-interval", paramLabel = "SECONDS", defaultValue = "5",
            description = "seconds between progress lines when not on a terminal (default: ${DEFAULT-VALUE})")
    double progressInterval;

    @Option(names = {"-v", "--verbose"}, description = "print every failure as it happens")
    boolean verbose;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "directories, .warc[.gz], .jsonl[.gz], .html[.gz], .htm[.gz] or .txt[.gz] files")
    List<Path> paths;

    /** Set by {@link #main} only: print the counts so far when the user presses Ctrl-C. */
    boolean summaryOnInterrupt;

    public static void main(String[] args) {
        ImportCommand command = new ImportCommand();
        command.summaryOnInterrupt = true;
        System.exit(new CommandLine(command).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        CommandLine cli = spec.commandLine();
        PrintWriter out = cli.getOut();
        PrintWriter err = cli.getErr();
        URI ingest = ingestUri();
        Progress.Mode mode = progressMode();
        if (concurrency < 1 || concurrency > 256) {
            throw new ParameterException(cli, "--concurrency must be between 1 and 256");
        }
        if (retries < 0 || retryDelayMs < 0 || timeoutSeconds < 1 || giveUpAfter < 0 || maxBytes < 1
                || progressInterval <= 0) {
            throw new ParameterException(cli, "--retries, --retry-delay, --give-up-after must not be negative;"
                    + " --timeout, --max-bytes and --progress-interval must be positive");
        }
        Inputs.Found found;
        try {
            found = Inputs.find(paths);
        } catch (Inputs.BadPath e) {
            throw new ParameterException(cli, e.getMessage());
        }

        ObjectMapper json = new ObjectMapper();
        Tally tally = new Tally();
        AtomicLong bytesRead = new AtomicLong();
        IngestClient client = new IngestClient(ingest, apiKey, json, retries, retryDelayMs,
                Duration.ofSeconds(timeoutSeconds));
        Payloads payloads = new Payloads(json, source, maxBytes, !noWarcDate);
        err.printf("Importing %d file%s (%s) into %s%n", found.files().size(), found.files().size() == 1 ? "" : "s",
                Sizes.human(found.totalBytes()), client.endpoint());
        err.flush();
        long started = System.nanoTime();
        AtomicBoolean finished = new AtomicBoolean();
        Progress bar = new Progress(err, mode, Duration.ofMillis(Math.round(progressInterval * 1000)), tally,
                found.knownArticleCount(), found.totalBytes(), bytesRead);
        Importer importer = new Importer(client, payloads, tally, concurrency, giveUpAfter,
                verbose ? bar::message : line -> { });
        Thread onInterrupt = summaryOnInterrupt ? new Thread(() -> {
            if (finished.compareAndSet(false, true)) {
                importer.stop("interrupted");
                bar.close();
                summary(out, tally, found, importer.stopReason(), System.nanoTime() - started);
            }
        }) : null;
        if (onInterrupt != null) {
            Runtime.getRuntime().addShutdownHook(onInterrupt);
        }
        try {
            Inputs inputs = new Inputs(maxBytes, bytesRead);
            for (Inputs.InputFile file : found.files()) {
                if (importer.stopping()) {
                    break;
                }
                inputs.read(file, importer);
            }
            importer.finish();
        } catch (InterruptedException e) {
            importer.abort();
            Thread.currentThread().interrupt();
        }
        if (!finished.compareAndSet(false, true)) {
            return 1;
        }
        if (onInterrupt != null) {
            Runtime.getRuntime().removeShutdownHook(onInterrupt);
        }
        bar.close();
        summary(out, tally, found, importer.stopReason(), System.nanoTime() - started);
        return tally.failed.get() > 0 || importer.stopReason() != null ? 1 : 0;
    }

    private URI ingestUri() {
        try {
            URI uri = new URI(ingestUrl.strip());
            if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null) {
                throw new URISyntaxException(ingestUrl, "not an absolute http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ParameterException(spec.commandLine(), "--ingest-url: " + e.getMessage());
        }
    }

    private Progress.Mode progressMode() {
        try {
            return Progress.Mode.valueOf(progress.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--progress must be auto, bar, lines or none");
        }
    }

    static void summary(PrintWriter out, Tally tally, Inputs.Found found, String stopReason, long elapsedNanos) {
        double seconds = elapsedNanos / 1e9;
        long done = tally.done();
        out.println();
        out.println("Summary");
        out.printf("  imported:   %d (published %d, updated %d)%n", tally.imported(), tally.published.get(),
                tally.updated.get());
        out.printf("  duplicates: %d%s%n", tally.duplicates.get(),
                tally.duplicates.get() > 0 ? " (already imported; nothing published again)" : "");
        out.printf("  failed:     %d%n", tally.failed.get());
        for (Tally.Group group : tally.failures()) {
            out.printf("    %6d  %s%n", group.count.get(), group.reason);
            synchronized (group.examples) {
                for (String example : group.examples) {
                    out.printf("            e.g. %s%n", example);
                }
            }
        }
        Map<String, Long> skipped = tally.skipped();
        if (!skipped.isEmpty() || found.ignored() > 0) {
            StringBuilder s = new StringBuilder("  skipped:    ");
            if (!skipped.isEmpty()) {
                long total = skipped.values().stream().mapToLong(Long::longValue).sum();
                s.append(total).append(" WARC response").append(total == 1 ? "" : "s").append(" (");
                String sep = "";
                for (Map.Entry<String, Long> e : skipped.entrySet()) {
                    s.append(sep).append(e.getValue()).append(' ').append(e.getKey());
                    sep = ", ";
                }
                s.append(')').append(found.ignored() > 0 ? "; " : "");
            }
            if (found.ignored() > 0) {
                s.append(found.ignored()).append(" other file").append(found.ignored() == 1 ? "" : "s")
                        .append(" in the directories");
            }
            out.println(s);
        }
        out.printf(Locale.ROOT, "  elapsed:    %s, %.1f articles/s%n",
                seconds < 60 ? String.format(Locale.ROOT, "%.1f s", seconds) : Progress.clock(seconds),
                seconds > 0 ? done / seconds : 0.0);
        if (stopReason != null) {
            out.println("Stopped early: " + stopReason + ".");
            out.println("Run the same command again later: what was imported comes back as duplicates.");
        } else if (tally.failures().stream().anyMatch(g -> g.reason.startsWith("cannot reach")
                || g.reason.startsWith("HTTP 503") || g.reason.startsWith("HTTP 502")
                || g.reason.startsWith("HTTP 504") || g.reason.startsWith("HTTP 429"))) {
            out.println("Some failures were the service being unavailable: run the same command again to retry"
                    + " them; what was imported comes back as duplicates.");
        }
        out.flush();
    }
}
