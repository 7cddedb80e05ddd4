package news.ingest.extract;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Detects the ISO 639-1 language of a text with Lingua (low-accuracy mode, a fixed set of common news languages,
 * models preloaded once per JVM so the detector is read-only and safe to share), cross-checked with the language
 * the page declares.
 */
final class LanguageGuesser {

    private static final Language[] LANGUAGES = {
        Language.ENGLISH, Language.GERMAN, Language.FRENCH, Language.SPANISH, Language.PORTUGUESE, Language.ITALIAN,
        Language.DUTCH, Language.RUSSIAN, Language.UKRAINIAN, Language.POLISH, Language.CZECH, Language.SWEDISH,
        Language.DANISH, Language.BOKMAL, Language.FINNISH, Language.TURKISH, Language.ARABIC, Language.PERSIAN,
        Language.HEBREW, Language.HINDI, Language.CHINESE, Language.JAPANESE, Language.KOREAN, Language.VIETNAMESE,
        Language.INDONESIAN, Language.GREEK, Language.ROMANIAN, Language.HUNGARIAN,
    };

    private static final class Holder {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(LANGUAGES)
                .withLowAccuracyMode().withPreloadedLanguageModels().build();
    }

    private LanguageGuesser() {
    }

    /**
     * The language of {@code text}: the detector's answer when it is confident, else the declared language,
     * else the detector's best guess; null when neither knows.
     *
     * @param declared ISO 639-1 code the page declares, or null
     */
    static String guess(String text, String declared) {
        String sample = sample(text);
        if (sample.isBlank() || Text.weightedLength(sample) < 20) {
            return declared;
        }
        SortedMap<Language, Double> confidences = Holder.DETECTOR.computeLanguageConfidenceValues(sample);
        Language best = null;
        double bestValue = 0;
        for (Map.Entry<Language, Double> e : confidences.entrySet()) {
            if (e.getValue() > bestValue) {
                best = e.getKey();
                bestValue = e.getValue();
            }
        }
        String detected = best == null || best == Language.UNKNOWN ? null : code(best);
        if (detected == null) {
            return declared;
        }
        if (declared == null || declared.equals(detected)) {
            return detected;
        }
        // the declaration is often a template default; trust a confident detector on enough text
        boolean enoughText = Text.weightedLength(sample) >= 200;
        return bestValue >= 0.6 && enoughText ? detected : declared;
    }

    /** How much text is sampled: the detector's accuracy levels off well before; its cost grows with the length. */
    static final int SAMPLE_CHARS = 800;

    /** The first {@value #SAMPLE_CHARS} characters of the text, cut at a space when there is one near the end. */
    private static String sample(String text) {
        if (text == null) {
            return "";
        }
        if (text.length() <= SAMPLE_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SAMPLE_CHARS);
        return text.substring(0, cut > SAMPLE_CHARS / 2 ? cut : SAMPLE_CHARS);
    }

    private static String code(Language language) {
        String c = language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
        return "nb".equals(c) ? "no" : c;
    }

    /** "en-US" → "en", "pt_BR" → "pt"; null when it is not a two-letter code. */
    static String primarySubtag(String tag) {
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
