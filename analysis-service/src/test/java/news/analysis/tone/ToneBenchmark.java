package news.analysis.tone;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.analysis.ReutersStories;
import news.analysis.theme.ThemeBenchmark;
import news.events.Tone;

/**
 * The tone scorer against 300 texts whose tone was coded by hand ({@code src/test/resources/tone/tone-coded.csv}: 140
 * news-topics headlines with their summaries, 160 Reuters-21578 stories): for the rows read while the lexicon was
 * written and for the rows kept apart, how many texts hold no word of the lexicon, the share of texts put on the
 * coded side (bad, neither, good: a score of -0.2 or less, between, 0.2 or more), the macro-F1 of those three classes,
 * how often the score leans the coded way where the coding is bad or good, and Spearman's rank correlation of score
 * and coding. Then how many of all the Reuters stories hold no word of the lexicon (they score 0). A program, not a
 * test: it prints figures.
 *
 * <p>{@code ./bench.sh tone [--errors] [--lexicon FILE]} from the repository root. Args: the folder of the newswire's
 * {@code reuters-*.json} (the script fetches it), then the options: {@code --errors} lists the texts put on another
 * side than coded, {@code --lexicon FILE} scores with another lexicon.
 */
public final class ToneBenchmark {

    /** A score this far from 0 puts a text on a side; nearer, it is neither. */
    private static final double SIDE = 0.2;

    private record Coded(String id, String title, String body, int tone) {
    }

    private ToneBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        File newswireDir = new File(args[0]);
        boolean errors = Arrays.asList(args).contains("--errors");
        int lexiconAt = Arrays.asList(args).indexOf("--lexicon");
        ToneScorer scorer;
        if (lexiconAt > 0) {
            try (InputStream in = Files.newInputStream(Path.of(args[lexiconAt + 1]))) {
                scorer = ToneScorer.read(in);
            }
        } else {
            scorer = ToneScorer.fromClasspath();
        }
        Path shared = Path.of(System.getProperty("shared.dir", "../shared"));
        Map<String, String> headlines = new HashMap<>();
        for (ThemeBenchmark.Item item : ThemeBenchmark.read(
                shared.resolve("corpora/news-topics/nyt-frontpage-cap.dev.csv").toFile(), "all")) {
            headlines.put(item.id().strip(), item.title() + ". " + item.summary());
        }
        List<ReutersStories.Story> stories = ReutersStories.read(newswireDir);
        Map<String, ReutersStories.Story> storyById = new HashMap<>();
        stories.forEach(s -> storyById.put(s.id(), s));
        List<Coded> coded = new ArrayList<>();
        List<String> lines;
        try (InputStream in = ToneBenchmark.class.getResourceAsStream("/tone/tone-coded.csv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        for (String line : lines) {
            if (line.startsWith("#") || line.startsWith("source,") || line.isBlank()) {
                continue;
            }
            String[] f = line.split(",");
            int tone = Integer.parseInt(f[2]);
            if (f[0].equals("news-topics")) {
                coded.add(new Coded("news-topics " + f[1], null, headlines.get(f[1]), tone));
            } else {
                ReutersStories.Story s = storyById.get(f[1]);
                coded.add(new Coded("newswire " + f[1], s.title(), s.body(), tone));
            }
        }
        System.out.printf("ToneBenchmark: %d texts coded by hand (%s)%n", coded.size(),
                lexiconAt > 0 ? "lexicon " + args[lexiconAt + 1] : "the shipped lexicon");
        System.out.printf("  %-38s %5s %8s %9s %8s %11s %8s%n", "rows", "texts", "no word", "on side", "macro-F1",
                "leans right", "Spearman");
        for (int half = 1; half >= 0; half--) {
            report(half == 1 ? "read while writing the lexicon (odd)" : "kept apart (even)", coded, half, scorer, errors);
        }
        long silent = stories.stream().filter(s -> {
            Tone t = scorer.score(s.title(), s.body());
            return t.positive() + t.negative() == 0;
        }).count();
        System.out.printf(Locale.ROOT, "all %d Reuters-21578 stories: %d (%.1f%%) hold no word of the lexicon and score 0%n",
                stories.size(), silent, 100.0 * silent / stories.size());
    }

    /** Prints the figures of the rows numbered (from 1) with the parity {@code odd}. */
    private static void report(String name, List<Coded> coded, int odd, ToneScorer scorer, boolean errors) {
        int[][] confusion = new int[3][3]; // coded side, given side: bad, neither, good
        List<double[]> pairs = new ArrayList<>();
        int n = 0;
        int silent = 0;
        int leaning = 0;
        int leansRight = 0;
        for (int i = 0; i < coded.size(); i++) {
            if ((i + 1) % 2 != odd) {
                continue;
            }
            Coded c = coded.get(i);
            Tone t = scorer.score(c.title(), c.body());
            int side = t.score() >= SIDE ? 1 : t.score() <= -SIDE ? -1 : 0;
            n++;
            silent += t.positive() + t.negative() == 0 ? 1 : 0;
            confusion[c.tone() + 1][side + 1]++;
            if (c.tone() != 0) {
                leaning++;
                leansRight += Math.signum(t.score()) == c.tone() ? 1 : 0;
            }
            pairs.add(new double[] {t.score(), c.tone()});
            if (errors && side != c.tone()) {
                String text = (c.title() == null ? "" : c.title() + " | ") + c.body().replaceAll("\\s+", " ");
                System.out.printf(Locale.ROOT, "    %-18s coded %2d, scored %6.3f (+%d -%d) %s%n", c.id(), c.tone(),
                        t.score(), t.positive(), t.negative(), text.substring(0, Math.min(110, text.length())));
            }
        }
        int right = confusion[0][0] + confusion[1][1] + confusion[2][2];
        double f1 = 0;
        for (int k = 0; k < 3; k++) {
            int given = confusion[0][k] + confusion[1][k] + confusion[2][k];
            int codedAs = confusion[k][0] + confusion[k][1] + confusion[k][2];
            double p = given == 0 ? 0 : (double) confusion[k][k] / given;
            double r = codedAs == 0 ? 0 : (double) confusion[k][k] / codedAs;
            f1 += p + r == 0 ? 0 : 2 * p * r / (p + r) / 3;
        }
        System.out.printf(Locale.ROOT, "  %-38s %5d %7.0f%% %9.3f %8.3f %5d/%-5d %8.3f%n", name, n, 100.0 * silent / n,
                (double) right / n, f1, leansRight, leaning, spearman(pairs));
        System.out.printf("  %-38s rows coded bad, neither, good; columns given so: %s%n", "",
                Arrays.deepToString(confusion));
    }

    /** Spearman's rank correlation of the pairs' two numbers, ties ranked by their mean rank. */
    private static double spearman(List<double[]> pairs) {
        double[] x = ranks(pairs, 0);
        double[] y = ranks(pairs, 1);
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    private static double[] ranks(List<double[]> pairs, int k) {
        Integer[] order = new Integer[pairs.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(pairs.get(a)[k], pairs.get(b)[k]));
        double[] ranks = new double[order.length];
        for (int i = 0; i < order.length; ) {
            int j = i;
            while (j + 1 < order.length && pairs.get(order[j + 1])[k] == pairs.get(order[i])[k]) {
                j++;
            }
            for (int q = i; q <= j; q++) {
                ranks[order[q]] = (i + j) / 2.0;
            }
            i = j + 1;
        }
        return ranks;
    }
}
