package news.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.ToIntFunction;
import news.analysis.entity.CountryDetector;
import news.analysis.entity.EntityDetector;
import news.analysis.theme.ThemeTagger;
import news.analysis.tone.ToneScorer;
import news.language.LanguageGuesser;

/**
 * Prints how many articles per second {@link ArticleAnalyzer} analyses on one thread (themes, countries, people and
 * organisations, tone), over the 181 gold article bodies of {@code shared/corpora/article-extraction}, twice: each
 * body with the language detected in it, as ingest-service sends articles (the 20 that are not English get only
 * their countries), and every body read as English (the most work the analysis can be given). A program, not a test.
 *
 * <p>Usage: {@code AnalysisBenchmark [rounds]} (default 30) with {@code -Dshared.dir=../shared}. First, rounds of both
 * ways run uncounted for {@value #WARM_UP_SECONDS} seconds, until the JIT has compiled the analysis as a running
 * service has it (eight rounds, about 1,500 articles, were too few, and so were 5 seconds); then each round is
 * measured both ways in turn.
 */
public final class AnalysisBenchmark {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private static final int WARM_UP_SECONDS = 15;

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        String shared = System.getProperty("shared.dir", "../../shared");
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        JsonNode gold = new ObjectMapper().readTree(new File(shared, "corpora/article-extraction/ground-truth.json"));
        List<String> bodies = new ArrayList<>();
        gold.forEach(item -> bodies.add(item.path("articleBody").asText()));
        long chars = bodies.stream().mapToLong(String::length).sum();

        // every body read as English, the most work; and as the pipeline sends them, each body with the language the
        // detector ingest-service uses finds in it (20 of the 181 are not English and get only their countries)
        List<String> languages = new ArrayList<>();
        for (String body : bodies) {
            languages.add(LanguageGuesser.guess(body.length() > 1000 ? body.substring(0, 1000) : body, null));
        }
        long english = languages.stream().filter("en"::equals).count();
        List<String> allEnglish = Collections.nCopies(bodies.size(), "en");
        ArticleAnalyzer analyzer = ArticleAnalyzer.fromClasspath();
        System.out.printf("AnalysisBenchmark: %d bodies (%.1f MB of text; %d English) x %d rounds on one thread, after"
                + " %d s of warm-up%n", bodies.size(), chars / 1e6, english, rounds, WARM_UP_SECONDS);
        measure(analyzer, bodies, rounds, new String[] {"every body read as English",
                "each in its own language (as ingest-service sends them)"}, List.of(allEnglish, languages));
        // where the time goes: each step alone
        ThemeTagger themes = ThemeTagger.fromClasspath();
        CountryDetector countries = CountryDetector.fromClasspath();
        EntityDetector entities = EntityDetector.fromClasspath();
        ToneScorer tone = ToneScorer.fromClasspath();
        step("themes", bodies, rounds, body -> themes.tag(null, body).size());
        step("countries", bodies, rounds, body -> countries.detect(null, body).size());
        step("entities", bodies, rounds, body -> entities.detect(null, body).size());
        step("tone", bodies, rounds, body -> tone.score(null, body).words());
    }

    /**
     * Measures the ways of sending the bodies round by round in turn (A B, B A, A B, ...), after warming up on all of
     * them: a shared machine's slow spells and the JIT's late decisions then fall on every way alike. Measured one
     * after the other, the second figure came out 5-25 % apart from what it is in turn, higher or lower by the run.
     */
    private static void measure(ArticleAnalyzer analyzer, List<String> bodies, int rounds, String[] names,
                                List<List<String>> languages) {
        int ways = names.length;
        long sink = 0;
        long warmUntil = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            for (List<String> way : languages) {
                sink += analyseAll(analyzer, bodies, way);
            }
        }
        double[][] roundCpu = new double[ways][rounds];
        double[] seconds = new double[ways];
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < ways; k++) {
                int way = round % 2 == 0 ? k : ways - 1 - k;
                long started = System.nanoTime();
                long cpuStarted = CPU.getCurrentThreadCpuTime();
                sink += analyseAll(analyzer, bodies, languages.get(way));
                roundCpu[way][round] = (CPU.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
                seconds[way] += (System.nanoTime() - started) / 1e9;
            }
        }
        int analysed = rounds * bodies.size();
        for (int way = 0; way < ways; way++) {
            double cpuSeconds = Arrays.stream(roundCpu[way]).sum();
            System.out.printf("  %s:%n", names[way]);
            System.out.printf("    %.0f articles/s by the clock, %.0f articles/s of thread CPU time (%.2f ms CPU per"
                    + " article; the CPU figure holds when other processes share the machine) (checksum %d)%n",
                    analysed / seconds[way], analysed / cpuSeconds, cpuSeconds * 1000 / analysed, sink);
            // a shared machine slows some rounds down (even in thread CPU time); the median and fastest round show
            // how much of the mean that is
            Arrays.sort(roundCpu[way]);
            System.out.printf("    per round of %d articles (thread CPU): median %.0f articles/s, fastest %.0f"
                    + " articles/s%n", bodies.size(), bodies.size() / roundCpu[way][rounds / 2],
                    bodies.size() / roundCpu[way][0]);
        }
    }

    /** @return a checksum of the analyses, so that none of the work can be left out */
    private static long analyseAll(ArticleAnalyzer analyzer, List<String> bodies, List<String> languages) {
        long sink = 0;
        for (int i = 0; i < bodies.size(); i++) {
            ArticleAnalyzer.Analysis analysis = analyzer.analyze(null, bodies.get(i), languages.get(i));
            sink += analysis.themes().size() + analysis.countries().size() + analysis.entities().size();
        }
        return sink;
    }

    private static void step(String name, List<String> bodies, int rounds, ToIntFunction<String> work) {
        long sink = 0;
        for (String body : bodies) {
            sink += work.applyAsInt(body);
        }
        long started = CPU.getCurrentThreadCpuTime();
        for (int round = 0; round < rounds; round++) {
            for (String body : bodies) {
                sink += work.applyAsInt(body);
            }
        }
        double ms = (CPU.getCurrentThreadCpuTime() - started) / 1e6 / (rounds * bodies.size());
        System.out.printf("  %-10s %.3f ms CPU per article (checksum %d)%n", name, ms, sink);
    }
}
