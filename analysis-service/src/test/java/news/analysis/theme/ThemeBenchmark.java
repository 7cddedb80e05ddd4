package news.analysis.theme;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import news.events.ThemeTag;

/**
 * Scores the {@link ThemeTagger} on the New York Times front-page corpus coded with CAP major topics, as
 * {@code shared/corpora/news-topics/README.md} prescribes: text = title + ". " + summary, an item is gold-positive
 * for theme T when its CAP major topic maps to T, predicted-positive when T is among the tagger's themes;
 * precision, recall and F1 per theme, macro-F1 over the mapped themes.
 *
 * <p>Usage: {@code ThemeBenchmark [csv] [all|even|odd] [--split K/N] [--errors THEME] [--model FILE]
 * [--short-model FILE] [--apart]};
 * {@code --split K/N} keeps the ids with remainder K divided by N (one fold, for a model trained with
 * {@code --train -K/N}); {@code --model} scores
 * a model file other than the shipped one (e.g. one trained on even ids only, to check it on odd ids), with
 * {@code --short-model} as its model of short texts (else the one model for both). The default file is
 * {@code $shared.dir/corpora/news-topics/nyt-frontpage-cap.dev.csv}. "even"/"odd" keep the items with an even or
 * odd id, so one half can be used for tuning and the other to check. {@code --errors THEME} lists that theme's
 * misses and false alarms. {@code --apart} gives the tagger the headline as the title and the summary as the body,
 * as a client posting the two fields would, instead of the one text. {@code --as-posted} runs the whole analysis of
 * each item as {@code POST /api/v1/analyze} does for a headline and summary posted without a language: its language
 * is detected first, and an item read as another language gets no themes.
 */
public final class ThemeBenchmark {

    /** CAP major topic code to project theme; codes not listed are not scored. */
    static final Map<String, String> CAP_TO_THEME = Map.ofEntries(
            Map.entry("18", "trade"), Map.entry("16", "security"), Map.entry("7", "environment"),
            Map.entry("19", "diplomacy"), Map.entry("1", "economy"), Map.entry("15", "economy"),
            Map.entry("5", "labour"), Map.entry("8", "energy"), Map.entry("3", "health"),
            Map.entry("17", "science-technology"), Map.entry("12", "crime-justice"), Map.entry("6", "education"),
            Map.entry("23", "culture"), Map.entry("26", "disaster"), Map.entry("27", "disaster"),
            Map.entry("29", "sport"), Map.entry("20", "politics"), Map.entry("24", "politics"),
            Map.entry("9", "migration"), Map.entry("4", "agriculture"), Map.entry("10", "transport"));

    /** One coded item. */
    public record Item(String id, String capMajor, String title, String summary) {
    }

    private ThemeBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        String shared = System.getProperty("shared.dir", "../../shared");
        String csv = shared + "/corpora/news-topics/nyt-frontpage-cap.dev.csv";
        String split = "all";
        String errorsFor = null;
        String modelFile = null;
        String shortModelFile = null;
        boolean apart = false;
        boolean asPosted = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "all", "even", "odd" -> split = args[i];
                case "--split" -> split = args[++i];
                case "--errors" -> errorsFor = args[++i];
                case "--model" -> modelFile = args[++i];
                case "--short-model" -> shortModelFile = args[++i];
                case "--apart" -> apart = true;
                case "--as-posted" -> asPosted = true;
                default -> csv = args[i];
            }
        }
        List<Item> items = read(new File(csv), split);
        ThemeTagger tagger = tagger(modelFile, shortModelFile);
        // as POST /api/v1/analyze answers {"title": headline, "body": summary} that names no language: the whole
        // analysis, its language detected first
        news.analysis.ArticleAnalyzer analyzer = !asPosted ? null : new news.analysis.ArticleAnalyzer(tagger,
                news.analysis.entity.CountryDetector.fromClasspath(), news.analysis.entity.EntityDetector.fromClasspath(),
                news.analysis.tone.ToneScorer.fromClasspath(), java.time.Clock.systemUTC());
        int notAnalysed = 0;
        Set<String> themes = new TreeSet<>(CAP_TO_THEME.values());
        Map<String, int[]> counts = new LinkedHashMap<>(); // tp, fp, fn
        themes.forEach(t -> counts.put(t, new int[3]));
        List<String> errors = new ArrayList<>();
        long started = System.nanoTime();
        for (Item item : items) {
            String gold = CAP_TO_THEME.get(item.capMajor());
            String text = item.title() + ". " + item.summary();
            List<ThemeTag> tags;
            if (asPosted) {
                news.analysis.ArticleAnalyzer.Analysis analysis = analyzer.analyze(item.title(), item.summary(), null);
                tags = analysis.themes();
                notAnalysed += analysis.themesStatus().equals(news.analysis.ArticleAnalyzer.ANALYSED) ? 0 : 1;
            } else {
                tags = apart ? tagger.tag(item.title(), item.summary()) : tagger.tag(null, text);
            }
            Set<String> predicted = tags.stream().map(ThemeTag::theme).collect(Collectors.toSet());
            for (String t : themes) {
                boolean g = t.equals(gold);
                boolean p = predicted.contains(t);
                int[] c = counts.get(t);
                if (g && p) {
                    c[0]++;
                } else if (p) {
                    c[1]++;
                } else if (g) {
                    c[2]++;
                }
                if (t.equals(errorsFor) && g != p) {
                    errors.add((g ? "MISS " : "FP   ") + item.capMajor() + " " + text + "  => "
                            + tags.stream().map(x -> x.theme() + ":" + x.score() + x.evidence().stream()
                                    .map(e -> e.text()).toList()).toList());
                }
            }
        }
        double ms = (System.nanoTime() - started) / 1e6;
        errors.forEach(System.out::println);
        System.out.printf("ThemeBenchmark on %s (%s ids, %d items, %s, taxonomy %s, %.0f ms)%n",
                new File(csv).getName(), split, items.size(), asPosted ? "as posted to /api/v1/analyze: headline as"
                        + " title, summary as body, no language (" + notAnalysed + " read as another language, not"
                        + " analysed for themes)" : apart ? "headline as title, summary as body"
                        : "title + \". \" + summary as the body", tagger.taxonomyVersion(), ms);
        System.out.println("model: " + (modelFile == null ? "shipped resource, trained on all these ids: a training-set"
                + " score, not an estimate for unseen items (train on one half and score the other, see README)" : modelFile));
        System.out.printf("%-20s %6s %6s %6s %6s %6s %6s%n", "theme", "gold", "pred", "P", "R", "F1", "");
        double sumF1 = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
            double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            sumF1 += f1;
            System.out.printf("%-20s %6d %6d %6.3f %6.3f %6.3f%n", e.getKey(), c[0] + c[2], c[0] + c[1], p, r, f1);
        }
        System.out.printf("%-20s %34.3f%n", "macro-F1", sumF1 / counts.size());
    }

    /** A fold split: "K/N" or "-K/N". */
    private static final Pattern FOLD = Pattern.compile("(-?)(\\d+)/(\\d+)");

    /**
     * Whether an item id belongs to a split: "all"; "even" or "odd" ids; "K/N", the ids with remainder K divided by N
     * (one fold of N), and "-K/N", all the others (the training part for that fold).
     */
    static boolean inSplit(long id, String split) {
        Matcher fold = FOLD.matcher(split);
        if (fold.matches()) {
            boolean inFold = id % Long.parseLong(fold.group(3)) == Long.parseLong(fold.group(2));
            return fold.group(1).isEmpty() == inFold;
        }
        return switch (split) {
            case "all" -> true;
            case "even" -> id % 2 == 0;
            case "odd" -> id % 2 != 0;
            default -> throw new IllegalArgumentException("unknown split " + split + " (all, even, odd, K/N or -K/N)");
        };
    }

    /** @return the items of the CSV file in the split ({@link #inSplit}) */
    public static List<Item> read(File csv, String split) throws IOException {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<Item> items = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class).with(schema).readValues(csv)) {
            while (it.hasNext()) {
                Map<String, String> row = it.next();
                Item item = new Item(row.get("id"), row.get("cap_major"), row.get("title"), row.get("summary"));
                if (inSplit(Long.parseLong(item.id().trim()), split)) {
                    items.add(item);
                }
            }
        }
        return items;
    }

    /**
     * @return the shipped tagger, or one with the models in these files (a file of the model of short texts, or null
     *         for the one model for both) when {@code modelFile} is not null
     */
    static ThemeTagger tagger(String modelFile, String shortModelFile) throws IOException {
        return modelFile == null ? ThemeTagger.fromClasspath()
                : new ThemeTagger(Taxonomy.fromClasspath(), news.analysis.entity.CountryDetector.fromClasspath(),
                        readModel(modelFile), shortModelFile == null ? null : readModel(shortModelFile));
    }

    private static ThemeModel readModel(String file) throws IOException {
        try (java.io.InputStream in = new java.io.FileInputStream(file)) {
            return ThemeModel.read(file.endsWith(".gz") ? new java.util.zip.GZIPInputStream(in) : in);
        }
    }
}
