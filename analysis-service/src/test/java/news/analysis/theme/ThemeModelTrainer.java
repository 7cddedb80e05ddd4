package news.analysis.theme;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import news.analysis.ReutersStories;

/**
 * Trains the {@link ThemeModel} from the CAP-coded news-topics CSV and writes it as the resource
 * {@code taxonomy/theme-model.tsv.gz} (gzip when {@code --out} ends in .gz). Deterministic: the same data and options give the same file.
 *
 * <p>Each item's text is {@code title + ". " + summary} (as the benchmark scores it), its class the theme its CAP
 * major topic maps to ({@link ThemeBenchmark#CAP_TO_THEME}) or {@link ThemeModel#NONE}. Features that occur in
 * fewer than {@code minCount} items are dropped. Training is multinomial logistic regression by AdaGrad with an
 * L2 penalty, items in a seeded random order each epoch; the weights kept are the average over the last half of
 * the epochs (smoother, better on unseen items).
 *
 * <p>With {@code --newswire DIR} the Reuters-21578 stories of that folder whose Reuters topics map to exactly one
 * theme ({@link NewswireThemeBenchmark#themeOfTopic}) are training items too: the headline, ". " and the story's
 * first {@value #LEAD_WORDS} words, only those of {@code --newswire-ids} ({@code even} by default, so that the odd
 * ones stay apart for {@code ./bench.sh themes-newswire odd}), each weighing {@code --newswire-weight} (default 1) of
 * a news-topics item, in the loss, in its L2 penalty and in the class counts {@code --balance} evens out. The
 * headlines of the New York Times front page hold few commodity stories: a grain tender or a weekly sugar export
 * figure was read by its country names as diplomacy. {@code --newswire-weight-of THEME=X} weighs one theme's
 * stories otherwise (company and market stories, a third of them, pull the economy of headlines towards company news:
 * the shipped options weigh them 0.03), {@code --newswire-skip THEME,...} leaves out the stories of some themes.
 *
 * <p>Command (from the repository root):
 * <pre>
 * ./bench.sh train-themes                       # the shipped options, all ids, into the resource
 * ./bench.sh train-themes --train even --out /tmp/even.tsv   # for a held-out check on the odd ids
 * </pre>
 * Options: {@code --train all|even|odd|K/N|-K/N} (items used; see {@link ThemeBenchmark#inSplit}),
 * {@code --eval even|odd} (print a quick argmax score on the other half), {@code --prune X} (weights below X in size are dropped, default 0.02), {@code --epochs N}, {@code --l2 X}, {@code --rate X}, {@code --min-count N}, {@code --out FILE},
 * {@code --csv FILE}, {@code --seed N} (the order items are shown in; to see how much a figure owes to it),
 * {@code --orders K} (train K times from zero, each in orders drawn from its own seed, N to N+K-1, and keep the
 * average of the K models' weights: a theme of a hundred items then owes less to one order),
 * {@code --encoding} (a model for short texts: the text's encoding by {@link HeadlineEncoder} is
 * weighed beside its words, its 384 numbers scaled by {@code --encoding-scale}, default 24, while training: e5's
 * vectors lie close together, so their differences are small; a few minutes to encode the items).
 */
public final class ThemeModelTrainer {

    private ThemeModelTrainer() {
    }

    record Example(int[] features, double[] values, int label, double weight) {
    }

    public static void main(String[] args) throws IOException {
        String shared = System.getProperty("shared.dir", "../../shared");
        String csv = shared + "/corpora/news-topics/nyt-frontpage-cap.dev.csv";
        String train = "all";
        String eval = null;
        String out = null;
        int epochs = 12;
        double l2 = 1e-5;
        double rate = 0.5;
        int minCount = 2;
        double balance = 0;
        double prune = 0.02;
        boolean cues = false;
        boolean encoding = false;
        double encodingScale = 24;
        String newswire = null;
        String newswireIds = "even";
        Set<String> newswireSkip = Set.of();
        double newswireWeight = 1;
        long seed = 20261101L;
        int orders = 1;
        Map<String, Double> newswireWeightOf = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--train" -> train = args[++i];
                case "--eval" -> eval = args[++i];
                case "--out" -> out = args[++i];
                case "--epochs" -> epochs = Integer.parseInt(args[++i]);
                case "--l2" -> l2 = Double.parseDouble(args[++i]);
                case "--rate" -> rate = Double.parseDouble(args[++i]);
                case "--min-count" -> minCount = Integer.parseInt(args[++i]);
                case "--csv" -> csv = args[++i];
                case "--balance" -> balance = Double.parseDouble(args[++i]);
                case "--cues" -> cues = true;
                case "--prune" -> prune = Double.parseDouble(args[++i]);
                case "--encoding" -> encoding = true;
                case "--encoding-scale" -> encodingScale = Double.parseDouble(args[++i]);
                case "--newswire" -> newswire = args[++i];
                case "--newswire-ids" -> newswireIds = args[++i];
                case "--newswire-skip" -> newswireSkip = Set.of(args[++i].split(","));
                case "--newswire-weight" -> newswireWeight = Double.parseDouble(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--orders" -> orders = Integer.parseInt(args[++i]);
                case "--newswire-weight-of" -> {
                    String[] themeWeight = args[++i].split("=");
                    newswireWeightOf.put(themeWeight[0], Double.parseDouble(themeWeight[1]));
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<String> classes = new ArrayList<>(new TreeSet<>(ThemeBenchmark.CAP_TO_THEME.values()));
        classes.add(ThemeModel.NONE);
        List<ThemeBenchmark.Item> items = ThemeBenchmark.read(new File(csv), train);
        CueMatcher matcher = cues ? new CueMatcher(Taxonomy.fromClasspath()) : null;
        List<String> texts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (ThemeBenchmark.Item item : items) {
            texts.add(text(item));
            labels.add(ThemeBenchmark.CAP_TO_THEME.get(item.capMajor()));
        }
        int wire = newswire == null ? 0 : addNewswire(new File(newswire), newswireIds, newswireSkip, texts,
                labels);

        Map<String, Integer> df = new HashMap<>();
        List<Map<String, Double>> counts = new ArrayList<>();
        List<float[]> encodings = new ArrayList<>();
        long encodingStarted = System.nanoTime();
        for (String text : texts) {
            if (encoding) {
                encodings.add(HeadlineEncoder.shared().encode(text));
            }
            Map<String, Double> c = new HashMap<>();
            for (FeatureExtractor.Occurrence o : FeatureExtractor.extract(text, matcher)) {
                c.merge(o.feature(), 1.0, Double::sum);
            }
            c.keySet().forEach(f -> df.merge(f, 1, Integer::sum));
            counts.add(c);
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        for (String f : new TreeSet<>(df.keySet())) {
            if (df.get(f) >= minCount) {
                index.put(f, index.size());
            }
        }
        int dimensions = encoding ? encodings.get(0).length : 0;
        if (encoding) {
            System.out.printf("encoded %d items in %.0f s%n", texts.size(), (System.nanoTime() - encodingStarted) / 1e9);
            for (int i = 0; i < dimensions; i++) {
                index.put(ThemeModel.ENCODING_PREFIX + i, index.size());
            }
        }
        List<Example> examples = new ArrayList<>();
        for (int k = 0; k < texts.size(); k++) {
            Map<String, Double> c = counts.get(k);
            c.keySet().retainAll(index.keySet());
            Map<String, Double> x = ThemeModel.normalise(c);
            int[] fs = new int[x.size() + dimensions];
            double[] vs = new double[x.size() + dimensions];
            int j = 0;
            for (Map.Entry<String, Double> e : new java.util.TreeMap<>(x).entrySet()) {
                fs[j] = index.get(e.getKey());
                vs[j++] = e.getValue();
            }
            for (int i = 0; i < dimensions; i++) { // the encoding, scaled to weigh beside the unit-length words
                fs[j] = index.get(ThemeModel.ENCODING_PREFIX + i);
                vs[j++] = encodingScale * encodings.get(k)[i];
            }
            String theme = labels.get(k);
            examples.add(new Example(fs, vs, classes.indexOf(theme == null ? ThemeModel.NONE : theme),
                    k < items.size() ? 1 : newswireWeightOf.getOrDefault(theme, newswireWeight)));
        }

        int nc = classes.size();
        int nf = index.size();
        double[] classWeight = new double[nc];
        double[] perClass = new double[nc];
        examples.forEach(ex -> perClass[ex.label] += ex.weight);
        double total = examples.stream().mapToDouble(Example::weight).sum();
        for (int c = 0; c < nc; c++) {
            classWeight[c] = perClass[c] == 0 ? 1 : Math.pow(total / (nc * perClass[c]), balance);
        }
        double[][] avg = new double[nf + 1][nc];
        int averaged = 0;
        for (int order = 0; order < orders; order++) {
            // each order of the items trains from zero; the weights kept are the average over every order's last epochs
            double[][] w = new double[nf + 1][nc]; // last row: bias
            double[][] g2 = new double[nf + 1][nc];
            Random random = new Random(seed + order);
            for (int epoch = 0; epoch < epochs; epoch++) {
                java.util.Collections.shuffle(examples, random);
                for (Example ex : examples) {
                    double[] z = new double[nc];
                    for (int c = 0; c < nc; c++) {
                        z[c] = w[nf][c];
                    }
                    for (int j = 0; j < ex.features.length; j++) {
                        double[] row = w[ex.features[j]];
                        for (int c = 0; c < nc; c++) {
                            z[c] += ex.values[j] * row[c];
                        }
                    }
                    double[] p = ThemeModel.softmax(z);
                    for (int c = 0; c < nc; c++) {
                        double err = ex.weight * classWeight[ex.label] * (p[c] - (c == ex.label ? 1 : 0));
                        for (int j = 0; j <= ex.features.length; j++) {
                            int f = j < ex.features.length ? ex.features[j] : nf;
                            double v = j < ex.features.length ? ex.values[j] : 1.0;
                            // the penalty too is the example's share: a newswire story weighing a tenth of a headline
                            // does not wear down the weights of the words it shares with headlines as a headline would
                            double g = err * v + (f == nf ? 0 : ex.weight * l2 * total * w[f][c] / 1000.0);
                            g2[f][c] += g * g;
                            w[f][c] -= rate * g / Math.sqrt(g2[f][c] + 1e-8);
                        }
                    }
                }
                if (epoch >= epochs / 2) {
                    for (int f = 0; f <= nf; f++) {
                        for (int c = 0; c < nc; c++) {
                            avg[f][c] += w[f][c];
                        }
                    }
                    averaged++;
                }
            }
        }
        Map<String, float[]> weights = new HashMap<>();
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            float[] row = new float[nc];
            boolean encoded = e.getKey().startsWith(ThemeModel.ENCODING_PREFIX);
            for (int c = 0; c < nc; c++) {
                double v = avg[e.getValue()][c] / averaged;
                // the model file takes the encoding as it comes (unit length): the scale goes into its weights
                row[c] = encoded ? (float) (v * encodingScale) : Math.abs(v) < prune ? 0f : (float) v;
            }
            weights.put(e.getKey(), row);
        }
        double[] bias = new double[nc];
        for (int c = 0; c < nc; c++) {
            bias[c] = avg[nf][c] / averaged;
        }
        List<String> comments = new ArrayList<>(List.of(
                "Theme model: multinomial logistic regression over word and bigram features (FeatureExtractor).",
                "Trained by news.analysis.theme.ThemeModelTrainer from nyt-frontpage-cap.dev.csv (" + train
                        + " ids, " + items.size() + " items)" + (wire == 0 ? "" : " and " + wire + " Reuters-21578 stories ("
                        + newswireIds + " ids)") + "; no item ids or texts are stored, only feature weights.",
                String.format(java.util.Locale.ROOT, "Options: --epochs %d --l2 %s --rate %s --min-count %d --balance %s --prune %s%s%s",
                        epochs, l2, rate, minCount, balance, prune, cues ? " --cues" : "",
                        encoding ? " --encoding --encoding-scale " + encodingScale : "")
                        + (wire == 0 ? "" : " --newswire-ids " + newswireIds + " --newswire-weight " + newswireWeight
                        + newswireWeightOf.entrySet().stream().map(e -> " --newswire-weight-of " + e.getKey() + "="
                        + e.getValue()).sorted().collect(java.util.stream.Collectors.joining()))
                        + (seed == 20261101L ? "" : " --seed " + seed) + (orders == 1 ? "" : " --orders " + orders),
                "Format: 'classes' line, 'bias' line, then feature TAB classIndex:weight ..."));
        if (encoding) {
            comments.add("Features e:0 to e:" + (dimensions - 1) + ": the numbers of the text's encoding by"
                    + " e5-small-v2 (HeadlineEncoder), weights for the unit-length vector.");
        }
        ThemeModel model = new ThemeModel(classes, bias, weights, comments);
        System.out.printf("trained on %d items (%d of them newswire), %d features, %d classes%n", texts.size(), wire,
                nf, nc);
        if (out != null) {
            java.io.OutputStream file = Files.newOutputStream(Path.of(out));
            try (Writer writer = new java.io.OutputStreamWriter(out.endsWith(".gz")
                    ? new java.util.zip.GZIPOutputStream(file) : file, StandardCharsets.UTF_8)) {
                model.write(writer);
            }
            System.out.println("wrote " + out);
        }
        if (eval != null) {
            evaluate(model, ThemeBenchmark.read(new File(csv), eval), classes, matcher);
        }
    }

    /** How much of a newswire story is a training item: about a headline's summary. */
    static final int LEAD_WORDS = 40;

    /**
     * Adds the Reuters-21578 stories whose topics map to exactly one theme ({@link NewswireThemeBenchmark#themeOfTopic})
     * as training items: the headline, ". " and the story's first {@value #LEAD_WORDS} words.
     *
     * @param ids {@code all}, {@code even} or {@code odd} story ids
     * @return how many were added
     */
    static int addNewswire(File dir, String ids, Set<String> skip, List<String> texts, List<String> labels)
            throws IOException {
        Map<String, String> themeOfTopic = NewswireThemeBenchmark.themeOfTopic();
        int added = 0;
        for (ReutersStories.Story story : ReutersStories.read(dir)) {
            Set<String> themes = new TreeSet<>();
            story.topics().forEach(t -> {
                if (themeOfTopic.containsKey(t)) {
                    themes.add(themeOfTopic.get(t));
                }
            });
            if (themes.size() == 1 && !skip.containsAll(themes) && NewswireThemeBenchmark.inSplit(story, ids)) {
                String[] words = story.body().split("\\s+");
                texts.add(story.title() + ". " + String.join(" ", Arrays.copyOf(words, Math.min(words.length, LEAD_WORDS))));
                labels.add(themes.iterator().next());
                added++;
            }
        }
        return added;
    }

    static String text(ThemeBenchmark.Item item) {
        return item.title() + ". " + item.summary();
    }

    /** Prints per-theme F1 of the bare model (argmax, no threshold) on some items. */
    private static void evaluate(ThemeModel model, List<ThemeBenchmark.Item> items, List<String> classes,
                                 CueMatcher matcher) {
        int nc = classes.size();
        int[][] counts = new int[nc][3];
        for (ThemeBenchmark.Item item : items) {
            List<FeatureExtractor.Occurrence> occ = FeatureExtractor.extract(text(item), matcher);
            ThemeModel.Features features = model.features();
            ThemeModel.Vector vector = model.vector(features, new int[0], features.numbers(occ), 1);
            double[] p = model.dimensions() == 0 ? model.probabilities(features, vector)
                    : model.probabilities(features, vector, HeadlineEncoder.shared().encode(text(item)));
            int best = 0;
            for (int c = 1; c < nc; c++) {
                if (p[c] > p[best]) {
                    best = c;
                }
            }
            String theme = ThemeBenchmark.CAP_TO_THEME.get(item.capMajor());
            int gold = classes.indexOf(theme == null ? ThemeModel.NONE : theme);
            String show = System.getProperty("errors");
            if (show != null && gold != best && (classes.get(gold).equals(show) || classes.get(best).equals(show))) {
                System.out.printf("%s gold=%s(%s) pred=%s %.2f | %s%n", classes.get(gold).equals(show) ? "MISS" : "FP  ",
                        classes.get(gold), item.capMajor(), classes.get(best), p[best], text(item));
            }
            for (int c = 0; c < nc; c++) {
                if (c == gold && c == best) {
                    counts[c][0]++;
                } else if (c == best) {
                    counts[c][1]++;
                } else if (c == gold) {
                    counts[c][2]++;
                }
            }
        }
        double sum = 0;
        for (int c = 0; c < nc - 1; c++) {
            int[] k = counts[c];
            double p = k[0] + k[1] == 0 ? 0 : (double) k[0] / (k[0] + k[1]);
            double r = k[0] + k[2] == 0 ? 0 : (double) k[0] / (k[0] + k[2]);
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            sum += f1;
            System.out.printf("%-20s P %.3f R %.3f F1 %.3f%n", classes.get(c), p, r, f1);
        }
        System.out.printf("macro-F1 %.3f over %d themes, %d items%n", sum / (nc - 1), nc - 1, items.size());
    }
}
