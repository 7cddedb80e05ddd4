package news.analysis.theme;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.TreeMap;

/**
 * A learned, explainable theme model: multinomial logistic regression (softmax) over word and bigram features
 * ({@link FeatureExtractor}), kept as data in the resource {@code taxonomy/theme-model.tsv.gz} (gzip-compressed TSV) next to the taxonomy.
 *
 * <p>The classes are theme ids plus {@value #NONE} ("none of the scored themes"). A text's feature vector counts
 * each feature once per occurrence (title occurrences count {@code titleWeight} times), damps repeats with
 * {@code 1 + ln(count)} and is scaled to unit length, so a long text is not more confident merely for being long
 * and one stray word in it weighs little. The logit of a class is its bias plus the sum of feature value times
 * weight; the contribution of each matched feature is the evidence for the class. A model for short texts may also
 * weigh the text's encoding ({@link HeadlineEncoder}): its features {@code e:0}, {@code e:1}, ... are the encoding's
 * numbers, each times its weight added to the logits ({@link #dimensions()}).
 *
 * <p>File format (UTF-8, tab-separated, '#' lines are comments): a {@code classes} line with the class ids, a
 * {@code bias} line with one number per class, then one line per feature: the feature name followed by
 * {@code classIndex:weight} pairs for its non-zero weights. The file is written by
 * {@code news.analysis.theme.ThemeModelTrainer} (test sources); see its javadoc for the command.
 */
public final class ThemeModel {

    /** Classpath location of the default model. */
    public static final String RESOURCE = "taxonomy/theme-model.tsv.gz";

    /** The class for texts about none of the scored themes. */
    public static final String NONE = "none";

    /** The name of a text encoding's number i is this prefix and i: "e:0", "e:1", ... ({@link HeadlineEncoder}). */
    public static final String ENCODING_PREFIX = "e:";

    /** Bits of a feature's hash that {@link #mayKnow} tells apart: 2^18 bits, 32 kB, for about 23,000 features. */
    private static final int HASH_BITS = 18;

    private final List<String> classes;
    private final double[] bias;
    private final List<String> comments;
    /**
     * One bit per feature hash, set for the model's features: most of a text's features (its bigrams above all) are
     * unknown to the model, and this small table says so without a look into the large feature table.
     */
    private final long[] knownHashes = new long[1 << (HASH_BITS - 6)];
    /**
     * The features in an open-addressing table (linear probing, at most half full): each slot's feature, its hash,
     * and its weight per class followed by its mean weight over the classes (for {@link Features#margin}). Looking a
     * feature up touches two arrays instead of a hash map's entry, key and value objects.
     */
    private final String[] slotFeatures;
    private final int[] slotHashes;
    private final float[][] slotWeights;
    /** The weights per class of each number of a text's encoding; none when the model does not read an encoding. */
    private final float[][] encodingWeights;

    /**
     * @param classes  class ids
     * @param bias     one bias per class
     * @param weights  feature to one weight per class
     * @param comments header comments (provenance), written back by {@link #write}
     */
    public ThemeModel(List<String> classes, double[] bias, Map<String, float[]> weights, List<String> comments) {
        if (bias.length != classes.size()) {
            throw new IllegalArgumentException("one bias per class expected");
        }
        this.classes = List.copyOf(classes);
        this.bias = bias.clone();
        int slots = Integer.highestOneBit(Math.max(1, weights.size()) * 2) * 2;
        this.slotFeatures = new String[slots];
        this.slotHashes = new int[slots];
        this.slotWeights = new float[slots][];
        weights.forEach((feature, w) -> {
            float[] withMean = Arrays.copyOf(w, classes.size() + 1);
            double sum = 0;
            for (int c = 0; c < classes.size(); c++) {
                sum += withMean[c];
            }
            withMean[classes.size()] = (float) (sum / classes.size());
            int slot = firstSlot(feature.hashCode(), slots);
            while (slotFeatures[slot] != null) {
                slot = (slot + 1) & (slots - 1);
            }
            slotFeatures[slot] = feature;
            slotHashes[slot] = feature.hashCode();
            slotWeights[slot] = withMean;
            int bit = hashBit(feature.hashCode());
            knownHashes[bit >>> 6] |= 1L << bit;
        });
        this.comments = List.copyOf(comments);
        int dimensions = 0;
        for (String feature : weights.keySet()) {
            if (feature.startsWith(ENCODING_PREFIX)) {
                dimensions = Math.max(dimensions, Integer.parseInt(feature.substring(ENCODING_PREFIX.length())) + 1);
            }
        }
        this.encodingWeights = new float[dimensions][];
        for (int i = 0; i < dimensions; i++) {
            encodingWeights[i] = weights.getOrDefault(ENCODING_PREFIX + i, new float[classes.size()]);
        }
    }

    /** @return how many numbers of a text's encoding the model reads; 0 when it reads words alone */
    public int dimensions() {
        return encodingWeights.length;
    }

    /** @return the slot where a feature with this hash is looked for first: its hash's high bits folded in */
    private static int firstSlot(int hash, int slots) {
        return (hash ^ (hash >>> 16)) & (slots - 1);
    }

    /** @return the feature's slot in the table, or -1 when the model does not know it */
    private int slotOf(String feature) {
        int hash = feature.hashCode();
        if (!mayKnow(hash)) {
            return -1;
        }
        int mask = slotFeatures.length - 1;
        for (int slot = firstSlot(hash, slotFeatures.length); slotFeatures[slot] != null; slot = (slot + 1) & mask) {
            if (slotHashes[slot] == hash && slotFeatures[slot].equals(feature)) {
                return slot;
            }
        }
        return -1;
    }

    /**
     * The model's own copy of a feature's name, found by its parts ({@link FeatureExtractor.Vocabulary}): an
     * article's features need no names built for the many the model does not know.
     *
     * @return {@code kind:first} (second null) or {@code kind:first_second}, or null when the model lacks it
     */
    String name(int hash, char kind, String first, String second) {
        if (!mayKnow(hash)) {
            return null;
        }
        int length = 2 + first.length() + (second == null ? 0 : 1 + second.length());
        int mask = slotFeatures.length - 1;
        for (int slot = firstSlot(hash, slotFeatures.length); slotFeatures[slot] != null; slot = (slot + 1) & mask) {
            String f = slotFeatures[slot];
            if (slotHashes[slot] == hash && f.length() == length && f.charAt(0) == kind && f.charAt(1) == ':'
                    && f.startsWith(first, 2) && (second == null
                    || f.charAt(2 + first.length()) == '_' && f.startsWith(second, 3 + first.length()))) {
                return f;
            }
        }
        return null;
    }

    /** @return the class ids */
    public List<String> classes() {
        return classes;
    }

    private static int hashBit(int hash) {
        return (hash ^ (hash >>> HASH_BITS)) & ((1 << HASH_BITS) - 1);
    }

    /** @return false when the model surely does not know a feature with this {@link String#hashCode}; else true */
    private boolean mayKnow(int featureHash) {
        int bit = hashBit(featureHash);
        return (knownHashes[bit >>> 6] & (1L << bit)) != 0;
    }

    /** {@link Features}' mark for a feature not looked up yet. */
    private static final int UNSEEN = -2;

    /** @return a fresh numbering of the known features of one article */
    public Features features() {
        return new Features();
    }

    /**
     * The known features of one article, each looked up in the model once and numbered in the order first seen, so
     * the article's pieces are scored and explained without looking a word up again. One per article; not
     * thread-safe.
     */
    public final class Features {
        /**
         * The article's features seen so far and their numbers here ({@code -1} for one the model does not know). A
         * name the feature extractor had from the model is the model's own String, so a repeat is found by identity.
         */
        private final Object2IntOpenHashMap<String> seen = new Object2IntOpenHashMap<>(512);
        /** The weights of each numbered feature, by number. */
        private float[][] rows = new float[256][];
        private int size;
        /** Zeros, one per numbered feature, lent to {@link #vector} to count in (it leaves them zero). */
        private double[] scratch = new double[0];

        private Features() {
            seen.defaultReturnValue(UNSEEN);
        }

        private double[] scratch() {
            if (scratch.length < size) {
                scratch = new double[Math.max(size, 2 * scratch.length)];
            }
            return scratch;
        }

        /** @return the numbers of the occurrences' features, in order; -1 for a feature the model does not know */
        public int[] numbers(List<FeatureExtractor.Occurrence> occurrences) {
            int[] out = new int[occurrences.size()];
            for (int k = 0; k < out.length; k++) {
                out[k] = number(occurrences.get(k).feature());
            }
            return out;
        }

        /**
         * @return the feature's number, numbering it when the model knows it and it is new (the model's table is
         *         looked into once per feature of the article); else -1
         */
        private int number(String feature) {
            int number = seen.getInt(feature);
            if (number == UNSEEN) {
                int slot = slotOf(feature);
                number = slot < 0 ? -1 : size++;
                if (slot >= 0) {
                    if (number == rows.length) {
                        rows = Arrays.copyOf(rows, 2 * number);
                    }
                    rows[number] = slotWeights[slot];
                }
                seen.put(feature, number);
            }
            return number;
        }

        /** @return how many known features have been numbered */
        public int size() {
            return size;
        }

        /**
         * @return how much more the numbered feature's weight for class {@code c} is than its mean weight over all
         *         classes: what it says for this class rather than another
         */
        public double margin(int number, int c) {
            float[] w = rows[number];
            return w[c] - w[classes.size()];
        }
    }

    /**
     * A text's feature vector: the numbers ({@link Features}) of its known features in the order first seen, and
     * their values.
     */
    public record Vector(int[] features, double[] values) {

        /** @return true when the text has no known feature */
        public boolean isEmpty() {
            return features.length == 0;
        }
    }

    /**
     * The feature vector of a text: {@code 1 + ln(count)} per known feature (title occurrences counted
     * {@code titleWeight} times), scaled to unit length.
     *
     * @param title the feature numbers of the title's occurrences ({@link Features#numbers})
     * @param body  the feature numbers of the body's occurrences
     */
    public Vector vector(Features features, int[] title, int[] body, double titleWeight) {
        double[] counts = features.scratch();
        int[] order = new int[title.length + body.length];
        int n = 0;
        for (int k = 0; k < order.length; k++) {
            int f = k < title.length ? title[k] : body[k - title.length];
            if (f >= 0) {
                if (counts[f] == 0) {
                    order[n++] = f;
                }
                counts[f] += k < title.length ? titleWeight : 1.0;
            }
        }
        double[] values = new double[n];
        double norm = 0;
        for (int k = 0; k < n; k++) {
            values[k] = damp(counts[order[k]]);
            counts[order[k]] = 0; // the scratch array is all zeros again for the next piece
            norm += values[k] * values[k];
        }
        double length = Math.sqrt(norm);
        for (int k = 0; k < n; k++) {
            values[k] /= length;
        }
        return new Vector(Arrays.copyOf(order, n), values);
    }

    /** @return the class probabilities of a feature vector, in {@link #classes()} order */
    public double[] probabilities(Features features, Vector vector) {
        return softmax(logits(features, vector));
    }

    /**
     * @param encoding the text's encoding, {@link #dimensions()} numbers ({@link HeadlineEncoder#encode})
     * @return the class probabilities of a feature vector and the encoding of its text, in {@link #classes()} order
     */
    public double[] probabilities(Features features, Vector vector, float[] encoding) {
        if (encoding.length != encodingWeights.length) {
            throw new IllegalArgumentException("the model reads " + encodingWeights.length + " numbers of a text's"
                    + " encoding, not " + encoding.length);
        }
        double[] z = logits(features, vector);
        for (int i = 0; i < encoding.length; i++) {
            float[] w = encodingWeights[i];
            for (int c = 0; c < z.length; c++) {
                z[c] += encoding[i] * w[c];
            }
        }
        return softmax(z);
    }

    private double[] logits(Features features, Vector vector) {
        double[] z = bias.clone();
        for (int k = 0; k < vector.features().length; k++) {
            float[] w = features.rows[vector.features()[k]];
            double v = vector.values()[k];
            for (int c = 0; c < z.length; c++) {
                z[c] += v * w[c];
            }
        }
        return z;
    }

    /** @return the class probabilities of one text's feature occurrences (all counted once), in {@link #classes()} order */
    public double[] probabilities(List<FeatureExtractor.Occurrence> occurrences) {
        Features features = features();
        return probabilities(features, vector(features, new int[0], features.numbers(occurrences), 1));
    }

    /** @return {@code 1 + ln(count)} per feature, scaled to unit length (how the trainer builds its vectors) */
    public static Map<String, Double> normalise(Map<String, Double> counts) {
        double norm = 0;
        for (Map.Entry<String, Double> e : counts.entrySet()) {
            double v = damp(e.getValue());
            e.setValue(v);
            norm += v * v;
        }
        double n = Math.sqrt(norm);
        if (n > 0) {
            counts.replaceAll((k, v) -> v / n);
        }
        return counts;
    }

    /** @return a feature's value before scaling: {@code 1 + ln(count)}, so repeats weigh less and less */
    private static double damp(double count) {
        return count >= 1 ? 1 + Math.log(count) : count;
    }

    /** @return softmax of the logits, in place */
    public static double[] softmax(double[] z) {
        double max = Arrays.stream(z).max().orElse(0);
        double sum = 0;
        for (int c = 0; c < z.length; c++) {
            z[c] = Math.exp(z[c] - max);
            sum += z[c];
        }
        for (int c = 0; c < z.length; c++) {
            z[c] /= sum;
        }
        return z;
    }

    /** @return the model in {@code taxonomy/theme-model.tsv.gz} on the classpath */
    public static ThemeModel fromClasspath() {
        return fromClasspath(RESOURCE);
    }

    /** @return the model in the given classpath resource (gzip-compressed when its name ends in .gz) */
    public static ThemeModel fromClasspath(String resource) {
        try (InputStream in = ThemeModel.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("theme model resource not found: " + resource);
            }
            return read(resource.endsWith(".gz") ? new GZIPInputStream(in) : in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read theme model " + resource, e);
        }
    }

    /** @return the model read from its TSV form */
    public static ThemeModel read(InputStream tsv) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8));
        List<String> classes = null;
        double[] bias = null;
        List<String> comments = new ArrayList<>();
        Map<String, float[]> weights = new HashMap<>();
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.startsWith("#")) {
                comments.add(line.substring(1).trim());
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t");
            if (classes == null) {
                if (!cols[0].equals("classes")) {
                    throw new IOException("theme model line " + lineNo + ": 'classes' expected");
                }
                classes = List.of(Arrays.copyOfRange(cols, 1, cols.length));
            } else if (bias == null) {
                if (!cols[0].equals("bias") || cols.length != classes.size() + 1) {
                    throw new IOException("theme model line " + lineNo + ": 'bias' with one value per class expected");
                }
                bias = new double[classes.size()];
                for (int c = 0; c < bias.length; c++) {
                    bias[c] = Double.parseDouble(cols[c + 1]);
                }
            } else {
                float[] w = new float[classes.size()];
                for (int k = 1; k < cols.length; k++) {
                    int colon = cols[k].indexOf(':');
                    w[Integer.parseInt(cols[k].substring(0, colon))] = Float.parseFloat(cols[k].substring(colon + 1));
                }
                weights.put(cols[0], w);
            }
        }
        if (bias == null) {
            throw new IOException("theme model: no classes/bias lines");
        }
        return new ThemeModel(classes, bias, weights, comments);
    }

    /** Writes the model in its TSV form, features sorted, weights rounded to 4 decimals, zeros left out. */
    public void write(Writer out) throws IOException {
        for (String c : comments) {
            out.write("# " + c + "\n");
        }
        out.write("classes\t" + String.join("\t", classes) + "\n");
        out.write("bias");
        for (double b : bias) {
            out.write("\t" + fmt(b));
        }
        out.write("\n");
        Map<String, float[]> sorted = new TreeMap<>();
        for (int slot = 0; slot < slotFeatures.length; slot++) {
            if (slotFeatures[slot] != null) {
                sorted.put(slotFeatures[slot], slotWeights[slot]);
            }
        }
        for (Map.Entry<String, float[]> e : sorted.entrySet()) {
            StringBuilder sb = new StringBuilder(e.getKey());
            float[] w = e.getValue();
            for (int c = 0; c < classes.size(); c++) {
                String v = fmt(w[c]);
                if (Double.parseDouble(v) != 0) {
                    sb.append('\t').append(c).append(':').append(v);
                }
            }
            if (sb.length() > e.getKey().length()) {
                out.write(sb.append('\n').toString());
            }
        }
    }

    /**
     * A number as the file keeps it: three decimals, which move a text's logits by a hundredth at most and keep
     * the shipped models at about 2 MB each (the fourth decimal made the model of long texts 2.5 MB).
     */
    private static String fmt(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v);
        return s.equals("-0.000") ? "0.000" : s.replaceAll("\\.?0+$", "");
    }
}
