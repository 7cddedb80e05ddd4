package news.analysis.theme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import news.analysis.theme.FeatureExtractor.Occurrence;
import news.events.Evidence;

/**
 * Applies the learned {@link ThemeModel} to an article and explains its decisions.
 *
 * <p>A short text (up to {@code chunkWords} words, title counted {@code titleWeight} times) is one piece, read as
 * the model learned from headlines and their summaries: title and body as one text, so a headline posted apart from
 * its summary scores as the two posted together. The model for short texts may also read the text's encoding
 * ({@link HeadlineEncoder}; a few milliseconds a text), which says what a headline's few words mean. Its leading
 * theme is tagged with its probability as score, and a further theme when it reaches {@code secondaryProb}. A long
 * text is cut into pieces of whole sentences of about {@code chunkWords} words, the model was trained on texts of
 * that size; the title is one more piece counting {@code titleWeight} times. A
 * theme's share is its probability mass summed over the pieces (each weighted by its length) over the total, and
 * it is tagged when the share reaches {@code minShare} and it leads in {@code minPieces} pieces (or in half
 * of them, when there are fewer). So an 800-word
 * trade story is trade throughout, and a sports story with one sentence about a player "acquired in a trade" is
 * not.
 *
 * <p>Evidence: the matched features whose weight for the theme most exceeds their average weight over all
 * classes, i.e. the words that pushed the text towards this theme rather than another, each with its field and
 * exact offsets; each feature once (its strongest occurrence, title first), each phrase once (two features may
 * be the same words), overlapping spans once (the phrase, not its words), and only features contributing at least
 * 15% of the strongest one.
 */
final class ModelThemes {

    /** A theme the model supports, with its score and evidence. */
    record Result(String theme, double score, List<Evidence> evidence) {
    }

    /**
     * What the model makes of a text.
     *
     * @param tagged   the themes it tags
     * @param shares   every known theme's probability (short text) or share (long text)
     * @param longText whether the text was scored in pieces
     */
    record Scored(Map<String, Result> tagged, Map<String, Double> shares, boolean longText) {
    }

    /** A piece of the text, its feature occurrences, the model's numbers for their features, and its weight. */
    private record Piece(String field, String text, List<Occurrence> occurrences, int[] features, double weight) {
    }

    /** A feature is evidence when it contributes at least this share of the strongest feature's contribution. */
    private static final double MIN_EVIDENCE_SHARE = 0.15;

    private final ThemeModel model;
    private final ThemeModel shortModel;
    /** Encodes short texts for {@code shortModel}; null when it reads words alone. */
    private final HeadlineEncoder encoder;
    private final Taxonomy.ModelScoring params;
    private final double titleWeight;
    private final int maxEvidence;
    private final int none;

    /**
     * @param model      the model of long texts
     * @param shortModel the model of short texts (may be {@code model}); its classes are the same
     */
    ModelThemes(ThemeModel model, ThemeModel shortModel, Taxonomy taxonomy) {
        if (!shortModel.classes().equals(model.classes())) {
            throw new IllegalArgumentException("the models of short and long texts tell different classes apart");
        }
        this.model = model;
        this.shortModel = shortModel;
        this.encoder = shortModel.dimensions() == 0 ? null : HeadlineEncoder.shared();
        this.params = taxonomy.model();
        this.titleWeight = taxonomy.scoring().titleWeight();
        this.maxEvidence = taxonomy.scoring().maxEvidence();
        this.none = model.classes().indexOf(ThemeModel.NONE);
    }

    /** @return true when the model knows this theme */
    boolean knows(String theme) {
        return model.classes().contains(theme);
    }

    /**
     * @return the themes the model tags in a text, and its share of the text for every theme, given the taxonomy's
     *         cues as matched in title and body
     */
    Scored score(String title, String body, List<CueMatcher.Match> titleCues, List<CueMatcher.Match> bodyCues,
                 List<int[]> titlePlaces, List<int[]> bodyPlaces) {
        List<Occurrence> titleOcc = FeatureExtractor.extract(title, titleCues, model::name);
        List<Occurrence> bodyOcc = FeatureExtractor.extract(body, bodyCues, model::name);
        double length = words(bodyOcc) + titleWeight * words(titleOcc);
        Map<String, Double> shares = new HashMap<>();
        ThemeModel.Features features = model.features();
        if (length <= params.chunkWords()) {
            if (shortModel != model) {
                features = shortModel.features();
                titleOcc = FeatureExtractor.extract(title, titleCues, shortModel::name);
                bodyOcc = FeatureExtractor.extract(body, bodyCues, shortModel::name);
            }
            List<Piece> pieces = List.of(piece("title", title, titleOcc, titleWeight, features),
                    piece("body", body, bodyOcc, 1, features));
            return new Scored(scoreShort(pieces, features, shares), shares, false);
        }
        List<Piece> pieces = new ArrayList<>();
        if (!titleOcc.isEmpty()) {
            pieces.add(piece("title", title, withoutPlaces(titleOcc, titlePlaces), titleWeight, features));
        }
        for (List<Occurrence> occurrences : split(body, bodyOcc)) {
            pieces.add(piece("body", body, withoutPlaces(occurrences, bodyPlaces), 1, features));
        }
        return new Scored(scoreLong(pieces, features, shares), shares, true);
    }

    private static Piece piece(String field, String text, List<Occurrence> occurrences, double weight,
                               ThemeModel.Features features) {
        return new Piece(field, text, occurrences, features.numbers(occurrences), weight);
    }

    /**
     * @return the occurrences that do not lie inside one of the spans: in a long text a country's name says where
     *         something happens, not that it is foreign affairs (as it mostly does in a headline)
     */
    private static List<Occurrence> withoutPlaces(List<Occurrence> occurrences, List<int[]> spans) {
        if (spans.isEmpty()) {
            return occurrences;
        }
        List<Occurrence> out = new ArrayList<>(occurrences.size());
        for (Occurrence o : occurrences) {
            int[] span = lastStartingAtOrBefore(spans, o.start());
            if (span == null || o.end() > span[1]) {
                out.add(o);
            }
        }
        return out;
    }

    /** @return the last of the spans (in text order, not overlapping) that starts at or before an offset, or null */
    private static int[] lastStartingAtOrBefore(List<int[]> spans, int offset) {
        int lo = 0;
        int hi = spans.size() - 1;
        int[] found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid)[0] <= offset) {
                found = spans.get(mid);
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** @return the number of content words among the occurrences */
    private static int words(List<Occurrence> occurrences) {
        int n = 0;
        for (Occurrence o : occurrences) {
            if (o.feature().startsWith("w:")) {
                n++;
            }
        }
        return n;
    }

    /** Scores the title and body as one piece; {@code pieces} are the title and the body. */
    private Map<String, Result> scoreShort(List<Piece> pieces, ThemeModel.Features features,
                                           Map<String, Double> shares) {
        // the model learned from a headline and its summary as one text: here the title counts once, as it did there
        ThemeModel.Vector x = shortModel.vector(features, pieces.get(0).features(), pieces.get(1).features(), 1.0);
        double[] p = encoder == null ? shortModel.probabilities(features, x) : shortModel.probabilities(features, x,
                encoder.encode(oneText(pieces.get(0).text(), pieces.get(1).text())));
        double[] values = values(x, features.size());
        int best = argmax(p);
        Map<String, Result> out = new LinkedHashMap<>();
        for (int c = 0; c < p.length; c++) {
            if (c == none) {
                continue;
            }
            shares.put(shortModel.classes().get(c), p[c]);
            boolean tagged = c == best ? p[c] >= params.minProb() : p[c] >= params.secondaryProb();
            if (tagged) {
                out.put(shortModel.classes().get(c), new Result(shortModel.classes().get(c), p[c],
                        evidence(pieces, features, c, values)));
            }
        }
        return out;
    }

    /** @return title and body as the model of short texts learned them: a headline, ". " and its summary */
    static String oneText(String title, String body) {
        if (title.isBlank()) {
            return body;
        }
        return body.isBlank() ? title : title + ". " + body;
    }

    private Map<String, Result> scoreLong(List<Piece> pieces, ThemeModel.Features features,
                                          Map<String, Double> shares) {
        int nc = model.classes().size();
        double[] mass = new double[nc];
        double[] leads = new double[nc];
        double total = 0;
        double pieceWeight = 0;
        double[] merged = new double[features.size()]; // each feature's largest value in any piece
        for (Piece piece : pieces) {
            ThemeModel.Vector x = model.vector(features, new int[0], piece.features(), 1);
            if (x.isEmpty()) {
                continue;
            }
            for (int k = 0; k < x.features().length; k++) {
                merged[x.features()[k]] = Math.max(merged[x.features()[k]], x.values()[k]);
            }
            double[] p = model.probabilities(features, x);
            double w = piece.weight() * Math.max(1, piece.occurrences().size());
            for (int c = 0; c < nc; c++) {
                mass[c] += w * p[c];
            }
            leads[argmax(p)] += piece.weight();
            pieceWeight += piece.weight();
            total += w;
        }
        Map<String, Result> out = new LinkedHashMap<>();
        if (total == 0) {
            return out;
        }
        for (int c = 0; c < nc; c++) {
            if (c == none) {
                continue;
            }
            double share = mass[c] / total;
            shares.put(model.classes().get(c), share);
            if (share >= params.minShare() && leads[c] >= Math.min(params.minPieces(), pieceWeight / 2)) {
                out.put(model.classes().get(c), new Result(model.classes().get(c), Math.min(1, share),
                        evidence(pieces, features, c, merged)));
            }
        }
        return out;
    }

    /** @return a vector's values by feature number (0 where the feature is not in it) */
    private static double[] values(ThemeModel.Vector x, int features) {
        double[] out = new double[features];
        for (int k = 0; k < x.features().length; k++) {
            out[x.features()[k]] = x.values()[k];
        }
        return out;
    }

    /**
     * @param values the text's vector by feature number
     * @return the occurrences of the features that speak most for class c, as evidence
     */
    private List<Evidence> evidence(List<Piece> pieces, ThemeModel.Features features, int c, double[] values) {
        double[] margin = new double[values.length];
        for (int f = 0; f < margin.length; f++) {
            margin[f] = values[f] == 0 ? 0 : features.margin(f, c);
        }
        List<Candidate> candidates = new ArrayList<>();
        double top = 0;
        for (Piece piece : pieces) {
            for (int k = 0; k < piece.occurrences().size(); k++) {
                int f = piece.features()[k];
                if (f >= 0 && margin[f] > 0) {
                    Candidate cand = new Candidate(piece, piece.occurrences().get(k),
                            margin[f] * values[f] * piece.weight());
                    candidates.add(cand);
                    top = Math.max(top, cand.contribution());
                }
            }
        }
        // only those above the evidence floor can be chosen: sort just them, strongest first (ties in text order)
        double floor = MIN_EVIDENCE_SHARE * top;
        candidates.removeIf(cand -> cand.contribution() <= floor);
        candidates.sort(Comparator.comparingDouble(Candidate::contribution).reversed());
        List<Evidence> out = new ArrayList<>();
        List<Candidate> chosen = new ArrayList<>();
        Set<String> phrases = new HashSet<>();
        for (Candidate cand : candidates) {
            if (out.size() >= maxEvidence) {
                break;
            }
            Occurrence o = cand.occ();
            String phrase = cand.piece().text().substring(o.start(), o.end());
            // a phrase once: two features may stand for the same words ("foreign minister" as a cue and as a pair)
            if (!overlapsOne(chosen, cand.piece(), o) && phrases.add(phrase.toLowerCase(Locale.ROOT))) {
                chosen.add(cand);
                out.add(new Evidence(cand.piece().field(), phrase, o.start(), o.end()));
            }
        }
        return out;
    }

    /** A feature's occurrence that may be shown as evidence, and how much it contributes. */
    private record Candidate(Piece piece, Occurrence occ, double contribution) {
    }

    /** @return true when one of the chosen is the same feature or overlaps the occurrence in the same field */
    private static boolean overlapsOne(List<Candidate> chosen, Piece piece, Occurrence occ) {
        for (Candidate k : chosen) {
            if (k.occ().feature().equals(occ.feature()) || k.piece().field().equals(piece.field())
                    && k.occ().start() < occ.end() && occ.start() < k.occ().end()) {
                return true;
            }
        }
        return false;
    }

    /** @return the body's occurrences cut into pieces of whole sentences of about {@code chunkWords} words */
    private List<List<Occurrence>> split(String body, List<Occurrence> occurrences) {
        List<List<Occurrence>> pieces = new ArrayList<>();
        List<Occurrence> current = new ArrayList<>();
        int words = 0;
        int lastEnd = 0;
        for (Occurrence o : occurrences) {
            if (words >= params.chunkWords() && sentenceEndBetween(body, lastEnd, o.start())) {
                pieces.add(current);
                current = new ArrayList<>();
                words = 0;
            }
            current.add(o);
            if (o.feature().startsWith("w:")) {
                words++;
                lastEnd = o.end();
            }
        }
        if (!current.isEmpty()) {
            pieces.add(current);
        }
        return pieces;
    }

    private static boolean sentenceEndBetween(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char ch = text.charAt(k);
            if (ch == '.' || ch == '!' || ch == '?' || ch == '\n') {
                return true;
            }
        }
        return false;
    }

    private static int argmax(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }
}
