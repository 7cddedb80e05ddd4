package news.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Detects the ISO 639-1 language of a text with Lingua (low-accuracy mode, a fixed set of 43 news languages and 18
 * more when the page declares one of them, models preloaded once per JVM so the detectors are read-only and safe to
 * share), cross-checked with the language the page declares. A text declared English, or declared nothing, whose words
 * are plainly English ({@link #plainlyEnglish}) is English without the detector: most pages, at a fraction of the cost.
 */
public final class LanguageGuesser {

    /**
     * The languages every text is weighed against. Those of a script few others share (Cyrillic, Thai, Georgian,
     * the Indian scripts) cost nothing for a text in another script; each Latin one adds to the cost of every Latin
     * text.
     */
    private static final Language[] LANGUAGES = {
        Language.ENGLISH, Language.GERMAN, Language.FRENCH, Language.SPANISH, Language.PORTUGUESE, Language.ITALIAN,
        Language.DUTCH, Language.RUSSIAN, Language.UKRAINIAN, Language.POLISH, Language.CZECH, Language.SWEDISH,
        Language.DANISH, Language.BOKMAL, Language.FINNISH, Language.TURKISH, Language.ARABIC, Language.PERSIAN,
        Language.HEBREW, Language.HINDI, Language.CHINESE, Language.JAPANESE, Language.KOREAN, Language.VIETNAMESE,
        Language.INDONESIAN, Language.GREEK, Language.ROMANIAN, Language.HUNGARIAN,
        Language.BULGARIAN, Language.SERBIAN, Language.MACEDONIAN, Language.BELARUSIAN, Language.KAZAKH,
        Language.THAI, Language.BENGALI, Language.TAMIL, Language.TELUGU, Language.MARATHI, Language.GUJARATI,
        Language.PUNJABI, Language.URDU, Language.GEORGIAN, Language.ARMENIAN,
    };

    /**
     * Latin-script languages with fewer news pages, weighed only when a page declares one of them: a Slovak page is
     * then told from Czech and a Catalan one from Spanish, while the common text pays nothing for them.
     */
    private static final Language[] WHEN_DECLARED = {
        Language.SLOVAK, Language.SLOVENE, Language.CROATIAN, Language.BOSNIAN, Language.LITHUANIAN,
        Language.LATVIAN, Language.ESTONIAN, Language.CATALAN, Language.BASQUE, Language.ALBANIAN, Language.MALAY,
        Language.TAGALOG, Language.SWAHILI, Language.AFRIKAANS, Language.ICELANDIC, Language.WELSH, Language.IRISH,
        Language.AZERBAIJANI,
    };

    private static final Set<String> DECLARED_CODES = Arrays.stream(WHEN_DECLARED).map(LanguageGuesser::code)
            .collect(Collectors.toUnmodifiableSet());

    private static final class Holder {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(LANGUAGES)
                .withLowAccuracyMode().withPreloadedLanguageModels().build();
    }

    /** Built when a page first declares one of {@link #WHEN_DECLARED}: the models it adds are loaded then. */
    private static final class WiderHolder {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(
                Stream.concat(Arrays.stream(LANGUAGES), Arrays.stream(WHEN_DECLARED)).toArray(Language[]::new))
                .withLowAccuracyMode().withPreloadedLanguageModels().build();
    }

    /** The detector for a text whose page declares this language (null when none). */
    private static LanguageDetector detector(String declared) {
        return declared != null && DECLARED_CODES.contains(declared) ? WiderHolder.DETECTOR : Holder.DETECTOR;
    }

    private LanguageGuesser() {
    }

    /**
     * Loads the models of the languages every text is weighed against, once per JVM (about a second): a service calls
     * this at startup, so that its first page does not wait for them.
     */
    public static void load() {
        Objects.requireNonNull(Holder.DETECTOR); // reading the field builds the detector
    }

    /**
     * The language of {@code text}: the detector's answer when it is sure, else the declared language, else the
     * detector's best guess; null when neither knows.
     *
     * @param declared ISO 639-1 code the page declares, or null
     */
    public static String guess(String text, String declared) {
        String sample = sample(text, SAMPLE_CHARS);
        if (sample.isBlank() || weightedLength(sample) < 20) {
            return declared;
        }
        if ((declared == null || "en".equals(declared)) && plainlyEnglish(sample(text, PLAIN_SAMPLE_CHARS))) {
            return "en"; // the text's own small words say so, and no declaration says otherwise: most pages and texts
        }
        // a short sample settles most pages: its guess agrees with the declared language (two signals agree), or, with
        // none declared, the detector is sure of it
        String head = sample(text, declared == null ? QUICK_SAMPLE_CHARS : QUICK_SAMPLE_CHARS_DECLARED);
        LanguageDetector detector = detector(declared);
        if (head.length() < sample.length()) {
            Guess quick = best(head, detector);
            if (quick != null && (declared == null ? quick.sure() && !quick.mayBeEnglish()
                    : declared.equals(quick.code()))) {
                return quick.code();
            }
        }
        Guess best = best(sample, detector);
        if (best == null) {
            return declared;
        }
        if (declared == null && best.mayBeEnglish()) {
            return null; // a headline or a table of figures the detector reads as Swedish or French, English close
        }
        if (declared == null || declared.equals(best.code())) {
            return best.code();
        }
        // the declaration is often a template default; trust a sure detector on enough text
        boolean enoughText = weightedLength(sample) >= 200;
        return best.sure() && enoughText ? best.code() : declared;
    }

    /**
     * English's commonest small words. Several are words of other languages too ("in", "is", "a", "i", "to", "on"),
     * so they count only beside "the", which no other language weighed writes as a word.
     */
    private static final Set<String> ENGLISH_SMALL_WORDS = Set.of("the", "a", "an", "and", "of", "to", "in", "is",
            "it", "its", "that", "for", "with", "as", "on", "was", "were", "are", "be", "been", "by", "this", "from",
            "has", "have", "had", "which", "their", "but", "not", "would", "said", "who", "they", "his", "she", "you",
            "we", "i");

    /**
     * A text declared English, or declared nothing, is English without asking the detector when its words are plainly
     * so: at least {@value #PLAIN_MIN_WORDS} words, "the" among them, at least a {@value #PLAIN_MIN_SHARE} share of them English
     * small words ({@link #ENGLISH_SMALL_WORDS}: a third of running English, a quarter at least in nine English
     * article openings of ten, some tenth of another Latin-script language's with a name like "The Guardian" in it),
     * and hardly any with letters beyond ASCII. The detector is most of the cost of an extraction otherwise; on the
     * 1,062 corpus and fixture pages it gave these texts English too, and of the 20,500 news-topics headlines with their
     * summaries it left 103 such without a language (read as English all the same) and one as Norwegian.
     */
    static boolean plainlyEnglish(String sample) {
        int words = 0;
        int small = 0;
        int marked = 0;
        boolean the = false;
        int n = sample.length();
        for (int i = 0; i < n; ) {
            if (!Character.isLetter(sample.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            boolean ascii = true;
            while (j < n && Character.isLetter(sample.charAt(j))) {
                ascii &= sample.charAt(j) < 0x80;
                j++;
            }
            words++;
            if (!ascii) {
                marked++;
            } else if (j - i <= 5) {
                String w = sample.substring(i, j).toLowerCase(Locale.ROOT);
                if (ENGLISH_SMALL_WORDS.contains(w)) {
                    small++;
                    the |= w.equals("the");
                }
            }
            i = j;
        }
        return words >= PLAIN_MIN_WORDS && the && small >= PLAIN_MIN_SHARE * words && marked * 20 <= words;
    }

    static final int PLAIN_MIN_WORDS = 10;
    static final double PLAIN_MIN_SHARE = 0.2;
    /** How much of a text {@link #plainlyEnglish} reads: a cheap look, so more than the detector's. */
    static final int PLAIN_SAMPLE_CHARS = 400;

    /**
     * The detector's likeliest language.
     *
     * @param code        ISO 639-1
     * @param sure        whether no other language comes close ({@link #SURE_RUNNER_UP})
     * @param mayBeEnglish whether it is another language than English, with English close behind
     *                    ({@link #ENGLISH_CLOSE}), on a text written in ASCII letters alone
     */
    private record Guess(String code, boolean sure, boolean mayBeEnglish) {
    }

    /**
     * A text that nothing declares, written in ASCII letters alone, whose likeliest language is not English but English
     * comes within this share of it, is of no language the detector can tell: it may well be English (it is analysed
     * as such). The detector's trigrams mislead on a few words and on tables of figures: of 20,500 English headlines
     * with their one-line summaries (the news-topics corpus), 790 were read as another language (Swedish, French,
     * Dutch, ...) and so left without themes, and 342 of 19,043 Reuters stories (mostly results: "Shr 45 cts vs 58 cts
     * Net 1.1 mln"); with this rule 21 and 8 are. Of 6,972 snippets of 40-120 characters in 42 other languages (the
     * Universal Declaration of Human Rights), 11 lose their right language; of 2,188 of 200-800 characters, none.
     */
    static final double ENGLISH_CLOSE = 0.85;

    /** The likeliest language, or null when the detector knows none. */
    private static Guess best(String sample, LanguageDetector detector) {
        SortedMap<Language, Double> confidences = detector.computeLanguageConfidenceValues(sample);
        Map.Entry<Language, Double> best = null;
        double runnerUp = 0;
        for (Map.Entry<Language, Double> e : confidences.entrySet()) {
            if (e.getKey() == Language.UNKNOWN) {
                continue;
            }
            if (best == null || e.getValue() > best.getValue()) {
                runnerUp = best == null ? runnerUp : Math.max(runnerUp, best.getValue());
                best = e;
            } else {
                runnerUp = Math.max(runnerUp, e.getValue());
            }
        }
        if (best == null) {
            return null;
        }
        double english = confidences.getOrDefault(Language.ENGLISH, 0.0);
        return new Guess(code(best.getKey()), runnerUp <= SURE_RUNNER_UP * best.getValue(),
                best.getKey() != Language.ENGLISH && english >= ENGLISH_CLOSE * best.getValue()
                        && asciiLetters(sample));
    }

    /**
     * @return true when every letter is one of the 52 of ASCII, without accents written apart (typographic quotes and
     *         dashes may be there)
     */
    private static boolean asciiLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK)) {
                return false;
            }
        }
        return true;
    }

    /**
     * How close the runner-up may come to the likeliest language for the detector to be sure. Lingua gives the
     * likeliest language 1.0 and every other its likelihood relative to that one. Over the 890 corpus pages the
     * runner-up of a right answer on a short sample stayed below 0.9 nine times in ten, and every wrong one (names,
     * product lists, an English text read as French, Danish or Romanian) came above 0.94.
     */
    static final double SURE_RUNNER_UP = 0.94;

    /** The short first samples (without and with a declared language to agree with). */
    static final int QUICK_SAMPLE_CHARS = 250;
    static final int QUICK_SAMPLE_CHARS_DECLARED = 100;

    /** How much text is sampled: the detector's accuracy levels off well before; its cost grows with the length. */
    static final int SAMPLE_CHARS = 800;

    /** The first {@code chars} characters of the text, cut at a space when there is one near the end. */
    private static String sample(String text, int chars) {
        if (text == null) {
            return "";
        }
        if (text.length() <= chars) {
            return text;
        }
        int cut = text.lastIndexOf(' ', chars);
        return text.substring(0, cut > chars / 2 ? cut : chars);
    }

    /** Length with Chinese, Japanese and Korean characters counting three: each carries a word. */
    private static int weightedLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += weight(s.charAt(i));
        }
        return n;
    }

    /**
     * How many Latin letters a character stands for when texts of different scripts are compared by length: three
     * for a Chinese, Japanese or Korean character (CJK blocks, Hangul included), which carries a word; else one.
     */
    public static int weight(char c) {
        return c >= 0x2E80 && c <= 0xD7FF || c >= 0xF900 && c <= 0xFAFF ? 3 : 1;
    }

    private static String code(Language language) {
        String c = language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
        return "nb".equals(c) ? "no" : c;
    }

    /** "en-US" → "en", "pt_BR" → "pt"; null when it is not a two-letter code. */
    public static String primarySubtag(String tag) {
        if (tag == null) {
            return null;
        }
        String p = tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        if ("nb".equals(p) || "nn".equals(p)) {
            return "no";
        }
        return p.matches("[a-z]{2}") ? p : null;
    }
}
