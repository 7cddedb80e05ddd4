package news.analysis.tone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.analysis.theme.TextTokenizer;
import news.analysis.theme.TextTokenizer.Token;
import news.events.Tone;

/**
 * Scores the tone of a text with a word lexicon ({@code tone/lexicon.txt}): counts positive and negative words
 * (matched on light stems, also without "-ed"/"-ing", case ignored); a word within three words after a negator ("not", "never", "without")
 * counts for the other side. Title words count twice. The score is
 * {@code (positive - negative) / (positive + negative + 1)}: -1..+1, near 0 when opinion words are few, and the
 * counts it came from travel with it ({@link Tone}). A lexicon score, not a reading of the text: sarcasm,
 * quotation and topic words ("war") are not understood.
 */
public final class ToneScorer {

    /** Classpath location of the default lexicon. */
    public static final String RESOURCE = "tone/lexicon.txt";

    private static final int NEGATION_WINDOW = 3;

    private static final int POSITIVE = 1;
    private static final int NEGATIVE = 2;

    /** Each lexicon word's stem and its side(s): {@link #POSITIVE}, {@link #NEGATIVE}, or both bits. */
    private final Map<String, Integer> sides = new HashMap<>();
    private final Set<String> negators = new HashSet<>();

    private ToneScorer() {
    }

    /** @return a scorer over {@code tone/lexicon.txt} on the classpath */
    public static ToneScorer fromClasspath() {
        try (InputStream in = ToneScorer.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("tone lexicon not found: " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tone lexicon " + RESOURCE, e);
        }
    }

    /** Reads a lexicon with sections {@code [positive]}, {@code [negative]}, {@code [negators]}. */
    public static ToneScorer read(InputStream in) throws IOException {
        ToneScorer s = new ToneScorer();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int section = -1; // a side, or 0 for the negators
        String line;
        while ((line = reader.readLine()) != null) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            switch (line) {
                case "[positive]" -> section = POSITIVE;
                case "[negative]" -> section = NEGATIVE;
                case "[negators]" -> section = 0;
                default -> {
                    if (section < 0) {
                        throw new IOException("tone lexicon: word outside a section: " + line);
                    }
                    String norm = TextTokenizer.normalise(line);
                    if (section == 0) {
                        s.negators.add(norm);
                    } else {
                        s.sides.merge(TextTokenizer.stem(norm), section, (a, b) -> a | b);
                    }
                }
            }
        }
        return s;
    }

    /** @return the tone of a title and body (either may be null) */
    public Tone score(String title, String body) {
        int[] counts = new int[3]; // positive, negative, words
        count(title, 2, counts);
        count(body, 1, counts);
        double score = (counts[0] - counts[1]) / (counts[0] + counts[1] + 1.0);
        return new Tone(Math.round(score * 1000) / 1000.0, counts[0], counts[1], counts[2]);
    }

    /** Endings whose word without them is looked up too. */
    private static final String[] ENDINGS = {"ed", "ing"};

    /**
     * @return the sides of the lexicon the word is on by its stem, or by the stem without "-ed" or "-ing"
     *         ("welcomed", "improving"); 0 when on neither
     */
    private int sides(Token token) {
        int found = sides.getOrDefault(token.stem(), 0);
        String norm = token.norm();
        for (String ending : ENDINGS) {
            if (norm.length() > ending.length() + 2 && norm.endsWith(ending)) {
                found |= sides.getOrDefault(TextTokenizer.stem(norm.substring(0, norm.length() - ending.length())), 0);
            }
        }
        return found;
    }

    private void count(String text, int weight, int[] counts) {
        List<Token> tokens = TextTokenizer.tokenize(text);
        int lastNegator = -NEGATION_WINDOW - 1;
        for (int i = 0; i < tokens.size(); i++) {
            String norm = tokens.get(i).norm();
            counts[2]++;
            if (negators.contains(norm) || norm.endsWith("n't")) {
                lastNegator = i;
                continue;
            }
            boolean negated = i - lastNegator <= NEGATION_WINDOW;
            int side = sides(tokens.get(i));
            if ((side & POSITIVE) != 0) {
                counts[negated ? 1 : 0] += weight;
            } else if (side == NEGATIVE) {
                counts[negated ? 0 : 1] += weight;
            }
        }
    }
}
