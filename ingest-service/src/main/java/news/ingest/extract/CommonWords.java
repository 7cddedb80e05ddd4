package news.ingest.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * English words that are only ever common words, never a name: "type", "policy", "behalf", "modified"; not "gray",
 * "king" or "will", which are surnames and given names too. The list ({@value #RESOURCE}) is made from SCOWL's
 * standard American English word list: the words it writes in small letters and not also capitalised, as a proper
 * noun. Plain Java, thread-safe; loaded on first use (63,000 words).
 */
final class CommonWords {

    static final String RESOURCE = "extract/common-english-words.txt.gz";

    private CommonWords() {
    }

    private static final class Holder {
        static final Set<String> WORDS = load();
    }

    /** @return true when the word, in any case, is one of the common words */
    static boolean contains(String word) {
        return Holder.WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * @return true when every word of the text is a common word: a label or heading ("Privacy Policy", "Event Type",
     *         "Last Modified"), not a person's name; false for a text without words
     */
    static boolean allCommon(String text) {
        String[] words = Text.SPACE_RUN.split(text.strip());
        for (String word : words) {
            if (word.isEmpty() || !contains(word)) {
                return false;
            }
        }
        return words.length > 0;
    }

    /**
     * @return true when no word of the text is a common word: a name may stand there ("Mahua Das", not "Friday
     *         Philosophy")
     */
    static boolean noneIn(String text) {
        for (String word : Text.SPACE_RUN.split(text.strip())) {
            if (contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @return the share of the text's words (runs of letters; the first {@value #SAMPLE_WORDS}) that are common English
     *         words: about three in four in English prose, less than one in ten in Spanish or German; 0 for a text
     *         without words
     */
    static double share(String text) {
        Matcher word = WORD.matcher(text);
        int words = 0;
        int common = 0;
        while (words < SAMPLE_WORDS && word.find()) {
            words++;
            common += contains(word.group()) ? 1 : 0;
        }
        return words == 0 ? 0 : common / (double) words;
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** How many words of a text {@link #share} reads: enough to tell English from another language. */
    private static final int SAMPLE_WORDS = 300;

    private static Set<String> load() {
        try (InputStream in = CommonWords.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource not found: " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                    StandardCharsets.UTF_8));
            Set<String> words = new HashSet<>(100_000);
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
