package news.importer;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The progress bar on stderr: redrawn in place with {@code \r} on a terminal, a plain line every few seconds
 * otherwise. Counts articles done against the total when every input file is one article; for WARC and JSON Lines
 * the share of input bytes read stands in for the total.
 */
final class Progress implements AutoCloseable {

    enum Mode { AUTO, BAR, LINES, NONE }

    private static final long BAR_REFRESH_MS = 200;
    private static final long RATE_WINDOW_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final int BAR_WIDTH = 24;

    private final PrintWriter err;
    private final Mode mode;
    private final Tally tally;
    private final long totalArticles;
    private final long totalBytes;
    private final AtomicLong bytesRead;
    private final long started = System.nanoTime();
    private final Deque<long[]> samples = new ArrayDeque<>();
    private final ScheduledExecutorService timer;
    private int lastWidth;

    Progress(PrintWriter err, Mode mode, Duration lineInterval, Tally tally, long totalArticles, long totalBytes,
             AtomicLong bytesRead) {
        this.err = err;
        this.mode = mode == Mode.AUTO ? (stderrIsTerminal() ? Mode.BAR : Mode.LINES) : mode;
        this.tally = tally;
        this.totalArticles = totalArticles;
        this.totalBytes = totalBytes;
        this.bytesRead = bytesRead;
        if (this.mode == Mode.NONE) {
            timer = null;
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "progress");
            t.setDaemon(true);
            return t;
        });
        long period = this.mode == Mode.BAR ? BAR_REFRESH_MS : Math.max(100, lineInterval.toMillis());
        timer.scheduleAtFixedRate(this::draw, period, period, TimeUnit.MILLISECONDS);
    }

    Mode mode() {
        return mode;
    }

    /** Prints a message on its own line without breaking the bar. */
    synchronized void message(String line) {
        if (mode == Mode.BAR && lastWidth > 0) {
            err.print("\r" + " ".repeat(lastWidth) + "\r");
            lastWidth = 0;
        }
        err.println(line);
        err.flush();
    }

    private synchronized void draw() {
        String line = line(System.nanoTime());
        if (mode == Mode.BAR) {
            err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
            lastWidth = line.length();
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** Draws the final state and leaves the cursor on a fresh line. */
    @Override
    public synchronized void close() {
        if (timer == null) {
            return;
        }
        timer.shutdownNow();
        draw();
        if (mode == Mode.BAR) {
            err.println();
            err.flush();
        }
    }

    String line(long now) {
        long done = tally.done();
        double elapsed = (now - started) / 1e9;
        double rate = rate(now, done, elapsed);
        double fraction = -1;
        double eta = -1;
        String count;
        if (totalArticles >= 0) {
            count = done + "/" + totalArticles;
            fraction = totalArticles == 0 ? 1 : Math.min(1, (double) done / totalArticles);
            eta = rate > 0 ? (totalArticles - done) / rate : -1;
        } else {
            count = String.valueOf(done);
            if (totalBytes > 0) {
                fraction = Math.min(1, (double) bytesRead.get() / totalBytes);
                eta = fraction > 0.001 ? elapsed * (1 - fraction) / fraction : -1;
            }
        }
        StringBuilder s = new StringBuilder();
        if (mode == Mode.BAR && fraction >= 0) {
            int filled = (int) Math.round(fraction * BAR_WIDTH);
            s.append('[').append("#".repeat(filled)).append("-".repeat(BAR_WIDTH - filled)).append("] ");
        }
        if (fraction >= 0) {
            s.append(String.format(Locale.ROOT, "%3.0f%% ", fraction * 100));
        }
        s.append(count).append(" articles");
        if (totalArticles < 0 && totalBytes > 0) {
            s.append(" (").append(Sizes.human(bytesRead.get())).append(" of ").append(Sizes.human(totalBytes))
                    .append(" read)");
        }
        s.append(String.format(Locale.ROOT, "  %.1f/s", rate));
        s.append("  ETA ").append(eta >= 0 && fraction < 1 ? clock(eta) : fraction >= 1 ? "0:00" : "--:--");
        s.append("  imported ").append(tally.imported())
                .append(", duplicates ").append(tally.duplicates.get())
                .append(", failed ").append(tally.failed.get());
        return s.toString();
    }

    /** Articles per second over the last ten seconds (since the start while younger than that). */
    private double rate(long now, long done, double elapsed) {
        synchronized (samples) {
            samples.addLast(new long[] {now, done});
            while (samples.size() > 2 && now - samples.peekFirst()[0] > RATE_WINDOW_NANOS) {
                samples.removeFirst();
            }
            long[] oldest = samples.peekFirst();
            if (now - oldest[0] >= TimeUnit.SECONDS.toNanos(2)) {
                return (done - oldest[1]) / ((now - oldest[0]) / 1e9);
            }
        }
        return elapsed > 0 ? done / elapsed : 0;
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** Whether file descriptor 2 is a terminal (Linux {@code /proc}; elsewhere, whether a console is attached). */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return System.console() != null;
        }
    }
}
