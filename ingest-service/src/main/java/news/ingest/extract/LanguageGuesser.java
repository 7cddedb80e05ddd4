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
        String sample = sample(text, SAMPLE_CHARS);
        if (sample.isBlank() || Text.weightedLength(sample) < 20) {
            return declared;
        }
        // most pages are settled by a short sample: the detector is sure and agrees with the declaration
        String head = sample(text, declared == null ? QUICK_SAMPLE_CHARS : QUICK_SAMPLE_CHARS_DECLARED);
        if (head.length() < sample.length()) {
            Map.Entry<Language, Double> quick = best(head);
            String code = quick == null ? null : code(quick.getKey());
            if (code != null && quick.getValue() >= QUICK_CONFIDENCE && (declared == null || declared.equals(code))) {
                return code;
            }
        }
        Map.Entry<Language, Double> best = best(sample);
        String detected = best == null ? null : code(best.getKey());
        if (detected == null) {
            return declared;
        }
        if (declared == null || declared.equals(detected)) {
            return detected;
        }
        // the declaration is often a template default; trust a confident detector on enough text
        boolean enoughText = Text.weightedLength(sample) >= 200;
        return best.getValue() >= 0.6 && enoughText ? detected : declared;
    }

    /** The most likely language with its confidence, or null when the detector knows none. */
    private static Map.Entry<Language, Double> best(String sample) {
        SortedMap<Language, Double> confidences = Holder.DETECTOR.computeLanguageConfidenceValues(sample);
        Map.Entry<Language, Double> best = null;
        for (Map.Entry<Language, Double> e : confidences.entrySet()) {
            if (e.getKey() != Language.UNKNOWN && (best == null || e.getValue() > best.getValue())) {
                best = e;
            }
        }
        return best;
    }

    /**
     * The short first samples (without and with a declared language to agree with), and how sure the detector must
     * be on them to skip the long one.
     */
    static final int QUICK_SAMPLE_CHARS = 250;
    static final int QUICK_SAMPLE_CHARS_DECLARED = 100;
    static final double QUICK_CONFIDENCE = 0.97;

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
