package news.ingest.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * How long the extractor takes on each of {@link HostilePages}, pages built to hurt it (issue #4: "deeply nested or
 * broken HTML neither crashes nor takes more than a second"): the first extraction of each page in a fresh JVM (cold:
 * the JIT compiler has not seen the code yet, and the first page also loads the language detector's models) and the
 * median of the next rounds (warm, as in a service that has run for a while), in milliseconds of the thread's CPU
 * time and of the clock, beside jsoup's parsing alone. A program, not a test.
 *
 * <p>{@code ./bench.sh hostile-pages [rounds]} (default 5 warm rounds) from the repository root.
 */
public final class HostilePagesBenchmark {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private HostilePagesBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Map<String, String> pages = HostilePages.all();
        ArticleExtractor extractor = new ArticleExtractor();
        System.out.printf("HostilePagesBenchmark: %d pages, first extraction of each (cold), then the median of %d"
                + " rounds (warm); ms of thread CPU (ms by the clock)%n", pages.size(), rounds);
        System.out.printf("  %-32s %8s %18s %18s %18s%n", "page", "size", "cold", "warm", "parse alone, warm");
        long[][] cpu = new long[pages.size()][rounds + 1];
        long[][] clock = new long[pages.size()][rounds + 1];
        long[][] parseCpu = new long[pages.size()][rounds];
        long[][] parseClock = new long[pages.size()][rounds];
        String[] names = pages.keySet().toArray(new String[0]);
        for (int round = 0; round <= rounds; round++) {
            for (int p = 0; p < names.length; p++) {
                String html = pages.get(names[p]);
                if (round > 0) {
                    long c = CPU.getCurrentThreadCpuTime();
                    long t = System.nanoTime();
                    org.jsoup.Jsoup.parse(html);
                    parseCpu[p][round - 1] = CPU.getCurrentThreadCpuTime() - c;
                    parseClock[p][round - 1] = System.nanoTime() - t;
                }
                long c = CPU.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                try {
                    extractor.fromHtml(html, null);
                } catch (UnreadablePageException refused) {
                    // a page the extractor refuses is done with too
                }
                cpu[p][round] = CPU.getCurrentThreadCpuTime() - c;
                clock[p][round] = System.nanoTime() - t;
            }
        }
        long slowestWarm = 0;
        for (int p = 0; p < names.length; p++) {
            long warm = median(Arrays.copyOfRange(cpu[p], 1, rounds + 1));
            slowestWarm = Math.max(slowestWarm, warm);
            System.out.printf(Locale.ROOT, "  %-32s %6.1f MB %8d (%6d)   %8d (%6d)   %8d (%6d)%n", names[p],
                    pages.get(names[p]).length() / 1e6, cpu[p][0] / 1_000_000, clock[p][0] / 1_000_000,
                    warm / 1_000_000, median(Arrays.copyOfRange(clock[p], 1, rounds + 1)) / 1_000_000,
                    median(parseCpu[p]) / 1_000_000, median(parseClock[p]) / 1_000_000);
        }
        System.out.printf(Locale.ROOT, "slowest warm extraction: %d ms of thread CPU (the issue asks for no more than"
                + " 1,000)%n", slowestWarm / 1_000_000);
        pastedTexts(extractor, rounds);
    }

    /** The same for the pasted texts built to hurt the text path ({@link HostileTexts}); nothing to parse there. */
    private static void pastedTexts(ArticleExtractor extractor, int rounds) {
        Map<String, String> texts = HostileTexts.all();
        System.out.printf("pasted texts (%d): first extraction of each (cold), then the median of %d rounds (warm)%n",
                texts.size(), rounds);
        texts.forEach((name, text) -> {
            long[] cpu = new long[rounds + 1];
            long[] clock = new long[rounds + 1];
            for (int round = 0; round <= rounds; round++) {
                long c = CPU.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                extractor.fromText(text);
                cpu[round] = CPU.getCurrentThreadCpuTime() - c;
                clock[round] = System.nanoTime() - t;
            }
            System.out.printf(Locale.ROOT, "  %-32s %6.1f MB %8d (%6d)   %8d (%6d)%n", name, text.length() / 1e6,
                    cpu[0] / 1_000_000, clock[0] / 1_000_000, median(Arrays.copyOfRange(cpu, 1, rounds + 1)) / 1_000_000,
                    median(Arrays.copyOfRange(clock, 1, rounds + 1)) / 1_000_000);
        });
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
