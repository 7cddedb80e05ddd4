package news.analysis.theme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import news.events.ThemeTag;

/**
 * Scores the {@link ThemeTagger} on whole articles: the English gold bodies of
 * {@code shared/corpora/article-extraction}, whose themes the project coded by hand from the article text alone
 * ({@code src/test/resources/themes/fulltext-themes.csv}, its rules in {@code fulltext-themes.md}: one primary
 * theme, and up to three others the article is substantially about).
 *
 * <p>A theme is gold-positive for an article when it is the primary or one of the others, predicted-positive when
 * it is among the tagger's themes for the body (no title: the corpus keeps none). Prints per-theme precision,
 * recall and F1 (themes with at least three gold articles), micro-F1 over all tags, how often the primary theme is
 * tagged and ranked first, and how many themes an article gets. A program, not a test.
 *
 * <p>Usage: {@code FullTextThemeBenchmark [--errors] [--model FILE [--short-model FILE]]} ({@code ./bench.sh
 * themes-fulltext}); {@code --errors} lists every article whose tags differ from the coding; {@code --model} scores a
 * model file other than the shipped one, as {@code ThemeBenchmark} does.
 */
public final class FullTextThemeBenchmark {

    private FullTextThemeBenchmark() {
    }

    /** One coded article. */
    record Coded(String id, String language, String primary, Set<String> themes) {
    }

    public static void main(String[] args) throws IOException {
        String shared = System.getProperty("shared.dir", "../../shared");
        boolean listErrors = Arrays.asList(args).contains("--errors");
        JsonNode gold = new ObjectMapper().readTree(new File(shared, "corpora/article-extraction/ground-truth.json"));
        List<Coded> coded = read();
        List<String> options = Arrays.asList(args);
        int model = options.indexOf("--model");
        int shortModel = options.indexOf("--short-model");
        ThemeTagger tagger = ThemeBenchmark.tagger(model < 0 ? null : args[model + 1],
                shortModel < 0 ? null : args[shortModel + 1]);
        Map<String, int[]> counts = new TreeMap<>(); // tp, fp, fn
        int articles = 0;
        int tags = 0;
        int primaryTagged = 0;
        int primaryFirst = 0;
        int withPrimary = 0;
        List<String> errors = new ArrayList<>();
        for (Coded c : coded) {
            JsonNode page = gold.get(c.id());
            if (page == null || !"en".equals(c.language())) {
                continue;
            }
            articles++;
            List<ThemeTag> found = tagger.tag(null, page.get("articleBody").asText());
            List<String> predicted = found.stream().map(ThemeTag::theme).toList();
            tags += predicted.size();
            if (!"none".equals(c.primary())) {
                withPrimary++;
                primaryTagged += predicted.contains(c.primary()) ? 1 : 0;
                primaryFirst += !predicted.isEmpty() && predicted.get(0).equals(c.primary()) ? 1 : 0;
            }
            Set<String> all = new LinkedHashSet<>(c.themes());
            all.addAll(predicted);
            for (String t : all) {
                int[] n = counts.computeIfAbsent(t, k -> new int[3]);
                boolean g = c.themes().contains(t);
                boolean p = predicted.contains(t);
                n[g && p ? 0 : p ? 1 : 2]++;
            }
            if (listErrors && !Set.copyOf(predicted).equals(c.themes())) {
                errors.add(c.id().substring(0, 8) + " coded " + c.themes() + " tagged "
                        + found.stream().map(t -> t.theme() + ":" + t.score()).toList());
            }
        }
        errors.forEach(System.out::println);
        System.out.printf("FullTextThemeBenchmark: %d English articles of article-extraction, taxonomy %s%n",
                articles, tagger.taxonomyVersion());
        System.out.printf("%-20s %6s %6s %6s %6s %6s%n", "theme", "gold", "pred", "P", "R", "F1");
        int tp = 0;
        int fp = 0;
        int fn = 0;
        double sumF1 = 0;
        int scored = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] n = e.getValue();
            tp += n[0];
            fp += n[1];
            fn += n[2];
            if (n[0] + n[2] >= 3) {
                double f1 = f1(n[0], n[1], n[2]);
                sumF1 += f1;
                scored++;
                System.out.printf("%-20s %6d %6d %6.3f %6.3f %6.3f%n", e.getKey(), n[0] + n[2], n[0] + n[1],
                        ratio(n[0], n[0] + n[1]), ratio(n[0], n[0] + n[2]), f1);
            }
        }
        System.out.printf("%-20s %34.3f  (themes with >= 3 coded articles)%n", "macro-F1", sumF1 / Math.max(1, scored));
        System.out.printf("%-20s %34.3f  (P %.3f, R %.3f over all tags)%n", "micro-F1", f1(tp, fp, fn),
                ratio(tp, tp + fp), ratio(tp, tp + fn));
        System.out.printf("primary theme tagged %.3f, ranked first %.3f (%d articles with one); %.2f themes per article"
                + " (coded: %.2f)%n", ratio(primaryTagged, withPrimary), ratio(primaryFirst, withPrimary), withPrimary,
                (double) tags / Math.max(1, articles), (double) (tp + fn) / Math.max(1, articles));
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(int tp, int fp, int fn) {
        double p = ratio(tp, tp + fp);
        double r = ratio(tp, tp + fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** @return the coded articles of the resource file */
    static List<Coded> read() throws IOException {
        List<Coded> out = new ArrayList<>();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (var in = FullTextThemeBenchmark.class.getResourceAsStream("/themes/fulltext-themes.csv");
             MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class).with(schema).readValues(in)) {
            while (it.hasNext()) {
                Map<String, String> row = it.next();
                String primary = row.get("primary").strip();
                Set<String> themes = new LinkedHashSet<>();
                if (!"none".equals(primary)) {
                    themes.add(primary);
                }
                String also = row.getOrDefault("also", "");
                Arrays.stream(also == null ? new String[0] : also.split(";")).map(String::strip)
                        .filter(s -> !s.isEmpty() && !"none".equals(s)).forEach(themes::add);
                out.add(new Coded(row.get("id").strip(), row.get("language").strip(), primary, themes));
            }
        }
        return out;
    }
}
