package news.analysis.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import news.analysis.theme.TextTokenizer;
import news.analysis.theme.TextTokenizer.Token;

/**
 * The countries' names as another language writes them ("Allemagne", "Китай", "中国", "일본"), found in a text of that
 * language. The names are the Unicode CLDR's, as the JDK carries them ({@link Locale#getDisplayCountry(Locale)}), and
 * the forms news writes where CLDR has another ({@value #NEWS_FORMS_RESOURCE}: "米国", "США", "한국"), the capitals
 * as the language writes them where unlike the English gazetteer ("Pékin", "Москва", "北京"), and the demonyms
 * ("chinois", "chinesisch", "китайск*", "中方"). The English gazetteer's names and capitals written the same way
 * ("China", "Paris") still count beside them.
 *
 * <p>A demonym, written in small letters in the resource, is matched in small letters or where a sentence starts, not
 * capitalised inside a sentence (a surname: Russo, Greco); a stem ("китайск*") takes an ending of up to
 * {@value #LONGEST_STEM_ENDING} letters in either case ("Китайская", "российского", "Российской Федерации").
 *
 * <p>In a language written with spaces a name is matched word by word on {@link TextTokenizer} tokens, capitalised
 * where the script has capitals, after an elided article ("l'Allemagne"); in a language whose nouns take case endings
 * a name's last vowel may give way to an ending ("Китая", "Японии", "Kiinassa" for "Китай", "Япония", "Kiina";
 * "Deutschlands"), but not at a sentence's start, where every word is capitalised ("Тогда", then, is not Togo). In
 * Chinese, Japanese, Korean and Thai, written without spaces between words, a name is found wherever the text holds
 * it, the longest first ("印度尼西亚" rather than "印度"), but not where a blocker of the resource starts ("内蒙古",
 * Inner Mongolia), in Japanese not inside a longer word of katakana ("マリオ" is not Mali) and in Korean only as a
 * whole word or before a particle ("인도와", not "인도적"). Plain Java, thread-safe once built.
 */
final class LocalCountryNames {

    /** A name found: the country and where it stands (a compound, "中美", gives a hit for each of its countries). */
    record Hit(String code, int start, int end) {
    }

    /**
     * @param codes        the country it names (ISO 3166-1 alpha-2), or each country of a compound ("中美": CN, US)
     * @param smallLetters whether the name is written in small letters in the data (a demonym, "chinois", "китайск*"):
     *                     see {@link #writtenAs} for how it is matched; other names only capitalised
     * @param stem         whether its last word is a stem that takes an ending of up to {@value #LONGEST_STEM_ENDING}
     *                     letters ("китайск*": "китайская", "китайского")
     */
    private record Name(List<String> codes, String written, List<String> words, boolean smallLetters, boolean stem) {
    }

    /** The longest ending a stem in the data ("российск*") takes: "российскими". */
    private static final int LONGEST_STEM_ENDING = 3;

    /** Languages whose nouns end differently by case. */
    private static final Set<String> CASE_ENDINGS = Set.of("ru", "uk", "be", "bg", "pl", "cs", "sk", "sl", "hr", "sr",
            "bs", "lt", "lv", "fi", "et", "hu", "tr", "el", "ro", "de");

    /** Languages written without spaces between words. */
    private static final Set<String> UNSPACED = Set.of("zh", "ja", "ko", "th", "lo", "km", "my");

    /**
     * How long an ending may be in place of a name's last vowel when four letters or more stay ("Kiinassa" for
     * "Kiina"), and after any other name ("Deutschlands", but not "Deutschlandfunk").
     */
    private static final int LONGEST_ENDING = 4;
    private static final int LONGEST_OTHER_ENDING = 2;

    /** Korean particles a country's name may carry: "일본과" (and Japan), "중국은" (China, as topic). */
    private static final List<String> KOREAN_PARTICLES = List.of("으로서", "에서는", "에서", "으로", "에게", "에는",
            "과의", "와의", "까지", "부터", "보다", "처럼", "이나", "은", "는", "이", "가", "을", "를", "의", "에", "과", "와",
            "도", "로", "만", "측");

    /** The resource of the names news writes where CLDR has another ({@code language, code, names}). */
    static final String NEWS_FORMS_RESOURCE = "gazetteer/local-country-names.tsv";

    /** By language: {code, name} pairs from {@link #NEWS_FORMS_RESOURCE}, code "-" for a blocker. */
    private static final Map<String, List<String[]>> NEWS_FORMS = newsForms();

    private static Map<String, List<String[]>> newsForms() {
        Map<String, List<String[]>> forms = new HashMap<>();
        try (InputStream in = LocalCountryNames.class.getClassLoader().getResourceAsStream(NEWS_FORMS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource not found: " + NEWS_FORMS_RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String[] cols = line.split("\t");
                if (line.isBlank() || line.startsWith("#") || line.startsWith("language\t") || cols.length < 3) {
                    continue;
                }
                for (String name : cols[2].split(",")) {
                    forms.computeIfAbsent(cols[0].strip(), l -> new ArrayList<>())
                            .add(new String[] {cols[1].strip(), name.strip()});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return forms;
    }

    /** No names: for a language ISO 639 does not have. */
    static final LocalCountryNames NONE = new LocalCountryNames("");

    private final String language;
    private final boolean caseEndings;
    private final boolean unspaced;
    /** Spaced languages: the names by the first three letters of their first word's normal form. */
    private final Map<String, List<Name>> byPrefix = new HashMap<>();
    /** Unspaced languages: the names by their first character, longest first. */
    private final Map<Character, List<Name>> byFirstChar = new HashMap<>();
    /** Unspaced languages: longer words that begin with a country's name and name something else ("内蒙古"). */
    private final List<String> blockers = new ArrayList<>();

    private LocalCountryNames(String language) {
        this.language = language;
        this.caseEndings = CASE_ENDINGS.contains(language);
        this.unspaced = UNSPACED.contains(language);
    }

    /**
     * @param language ISO 639-1 code
     * @param codes    the countries to know (ISO 3166-1 alpha-2)
     * @return the names of those countries in that language; none when the JDK has no names in it (they would be
     *         the English ones)
     */
    static LocalCountryNames of(String language, Collection<String> codes) {
        LocalCountryNames names = new LocalCountryNames(language);
        Locale in = Locale.forLanguageTag(language);
        if (new Locale("", "DE").getDisplayCountry(in).equals(new Locale("", "DE").getDisplayCountry(Locale.ENGLISH))) {
            return names; // the JDK has no names in that language
        }
        for (String code : codes) {
            String written = new Locale("", code).getDisplayCountry(in);
            if (written.isBlank() || written.equals(code)
                    || written.equals(new Locale("", code).getDisplayCountry(Locale.ENGLISH))) {
                continue; // no name, or the English one, which the gazetteer finds with its guards ("Chad Smith")
            }
            names.add(List.of(code), written);
        }
        for (String[] form : NEWS_FORMS.getOrDefault(language, List.of())) {
            if (form[0].equals("-")) {
                names.blockers.add(form[1]);
            } else {
                List<String> compound = List.of(form[0].split("\\+")); // "CN+US": each country of a compound
                if (codes.containsAll(compound)) {
                    names.add(compound, form[1]);
                }
            }
        }
        names.byFirstChar.values().forEach(l -> l.sort(Comparator.comparingInt((Name n) -> -n.written().length())));
        return names;
    }

    private void add(List<String> codes, String written) {
        if (unspaced) {
            byFirstChar.computeIfAbsent(written.charAt(0), c -> new ArrayList<>())
                    .add(new Name(codes, written, List.of(), false, false));
            return;
        }
        boolean stem = written.endsWith("*");
        String name = stem ? written.substring(0, written.length() - 1) : written;
        boolean smallLetters = Character.isLowerCase(name.codePointAt(0));
        List<String> words = TextTokenizer.tokenizeApart(name).stream().map(Token::norm).toList();
        if (!words.isEmpty()) {
            byPrefix.computeIfAbsent(prefix(words.get(0)), p -> new ArrayList<>())
                    .add(new Name(codes, name, words, smallLetters, stem));
        }
    }

    /** @return the word without an elided article before an apostrophe ("l'Allemagne", "dell'Italia") */
    private static String afterElision(String word) {
        int apostrophe = word.indexOf('\'') >= 0 ? word.indexOf('\'') : word.indexOf('’');
        return apostrophe > 0 && apostrophe <= 4 && apostrophe + 1 < word.length() ? word.substring(apostrophe + 1)
                : word;
    }

    private static String prefix(String norm) {
        return norm.substring(0, Math.min(3, norm.length()));
    }

    /** @return the names in the text, in order, never overlapping */
    List<Hit> find(String text) {
        return text == null || text.isEmpty() ? List.of() : unspaced ? findUnspaced(text) : findSpaced(text);
    }

    private List<Hit> findSpaced(String text) {
        List<Token> tokens = TextTokenizer.tokenize(text);
        List<Hit> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token first = tokens.get(i);
            // a name after an elided article ("l'Allemagne") starts after the apostrophe
            String surface = afterElision(first.surface());
            if (!Character.isUpperCase(surface.codePointAt(0))) {
                surface = first.surface(); // (Turkish writes endings so: "Çin'in")
            }
            String norm = surface == first.surface() ? first.norm() : TextTokenizer.normalise(surface);
            List<Name> candidates = byPrefix.get(prefix(norm));
            int bestWords = 0;
            Name best = null;
            if (candidates != null) {
                boolean capitalised = Character.isUpperCase(surface.codePointAt(0)) || !hasCase(surface);
                boolean sentenceStart = capitalised && sentenceStart(text, first.start());
                for (Name name : candidates) {
                    if (writtenAs(name, capitalised, sentenceStart) && name.words().size() > bestWords
                            && matchesAt(name, norm, text, tokens, i)
                            && !(sentenceStart && unsureAtSentenceStart(name, norm))) {
                        best = name;
                        bestWords = name.words().size();
                    }
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            int start = first.end() - surface.length();
            addHits(out, best, start, tokens.get(i + bestWords - 1).end());
            i += bestWords;
        }
        return out;
    }

    /**
     * @return whether a word so written can be the name: a name only capitalised; a demonym written in small letters
     *         ("chinois") in small letters or at a sentence's start, not capitalised inside one, where it is a name of
     *         its own (the Italian surnames Russo and Greco, the Spanish Alemán); a stem ("российск*") in either case,
     *         as it starts names of the country ("Российская Федерация")
     */
    private static boolean writtenAs(Name name, boolean capitalised, boolean sentenceStart) {
        if (!name.smallLetters()) {
            return capitalised;
        }
        return name.stem() || !capitalised || sentenceStart;
    }

    /**
     * @return true when a sentence starts at the offset, where every word is capitalised: a word written like a name
     *         with another ending ("Тогда", then, like "Того", Togo; "Самое" like "Самоа") or like a short name ("Man",
     *         one, like the Isle of Man in Norwegian) is no name there
     */
    private static boolean sentenceStart(String text, int at) {
        int k = at - 1;
        while (k >= 0 && (Character.isWhitespace(text.charAt(k)) || "\"'«»„“”‘’([—–-".indexOf(text.charAt(k)) >= 0)) {
            k--;
        }
        return k < 0 || ".!?:;…\n".indexOf(text.charAt(k)) >= 0;
    }

    /**
     * The shortest stem (a name's first word without its last vowel) whose other endings are read where a sentence
     * starts: "России", "Германии", "Deutschlands" there are the names, while "Тогда" (then, like "Того", Togo) or
     * "Самое" (like "Самоа") are words whose first letters a short name shares.
     */
    private static final int SURE_STEM_AT_SENTENCE_START = 5;

    /**
     * @return true when the word at a sentence's start, where every word is capitalised, may be another word than the
     *         name: a short name ({@link #shortWord}), or the name with another ending when its stem is shorter than
     *         {@value #SURE_STEM_AT_SENTENCE_START} letters
     */
    private static boolean unsureAtSentenceStart(Name name, String firstNorm) {
        if (name.stem()) {
            return false;
        }
        String first = name.words().get(0);
        return shortWord(name) || !firstNorm.equals(first) && stem(first).length() < SURE_STEM_AT_SENTENCE_START;
    }

    /** @return true for a name of one word of four letters or fewer */
    private static boolean shortWord(Name name) {
        return name.words().size() == 1 && name.words().get(0).length() <= 4;
    }

    /** @param firstNorm the normal form of the first word, without an elided article */
    private boolean matchesAt(Name name, String firstNorm, String text, List<Token> tokens, int i) {
        if (i + name.words().size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < name.words().size(); k++) {
            Token t = tokens.get(i + k);
            String word = k == 0 ? firstNorm : t.norm();
            boolean same = name.stem() && k == name.words().size() - 1 ? withEnding(name.words().get(k), word)
                    : sameWord(name.words().get(k), word);
            if (!same || k > 0 && !TextTokenizer.joinable(text, tokens.get(i + k - 1), t)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @return true when the text's word is the name's word, or the same with another case ending; a word with an
     *         apostrophe is read without what follows it (Turkish "Japonya'nın")
     */
    private boolean sameWord(String nameWord, String word) {
        int apostrophe = word.indexOf('\'');
        if (apostrophe > 0) {
            return sameWord(nameWord, word.substring(0, apostrophe));
        }
        if (word.equals(nameWord)) {
            return true;
        }
        if (!caseEndings) {
            return false;
        }
        String stem = stem(nameWord);
        int ending = word.length() - stem.length();
        boolean vowelReplaced = stem.length() < nameWord.length() && stem.length() >= 4;
        return stem.length() >= 3 && word.startsWith(stem)
                && ending <= (vowelReplaced ? LONGEST_ENDING : LONGEST_OTHER_ENDING);
    }

    /** @return true when the word is the stem with an ending of up to {@value #LONGEST_STEM_ENDING} letters */
    private static boolean withEnding(String stem, String word) {
        return word.startsWith(stem) && word.length() - stem.length() <= LONGEST_STEM_ENDING;
    }

    /** @return the word without the vowel (or soft sign) it ends in: "китай" → "кита", "japonia" → "japoni" */
    private static String stem(String word) {
        boolean vowel = "aeiouyаеёиоуыэюяйьъіїєαεηιουω".indexOf(word.charAt(word.length() - 1)) >= 0;
        return vowel ? word.substring(0, word.length() - 1) : word;
    }

    private static boolean hasCase(String word) {
        int c = word.codePointAt(0);
        return Character.isUpperCase(c) || Character.isLowerCase(c);
    }

    private List<Hit> findUnspaced(String text) {
        List<Hit> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            List<Name> candidates = byFirstChar.get(text.charAt(i));
            Name found = null;
            for (int k = 0; candidates != null && k < candidates.size() && found == null; k++) {
                Name name = candidates.get(k);
                if (text.startsWith(name.written(), i) && standsAlone(text, i, i + name.written().length())
                        && !blocked(text, i)) {
                    found = name;
                }
            }
            if (found == null) {
                i++;
                continue;
            }
            addHits(out, found, i, i + found.written().length());
            i += found.written().length();
        }
        return out;
    }

    /** Adds a hit for each country a name stands for: one, or two or three for a compound ("中美", "한미일"). */
    private static void addHits(List<Hit> out, Name name, int start, int end) {
        for (String code : name.codes()) {
            out.add(new Hit(code, start, end));
        }
    }

    /** @return true when a blocker ("内蒙古") is written over the offset */
    private boolean blocked(String text, int at) {
        for (String blocker : blockers) {
            for (int from = Math.max(0, at - blocker.length() + 1); from <= at; from++) {
                if (text.startsWith(blocker, from)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return false when the name at {@code [start, end)} is part of a longer word (Japanese, Korean) */
    private boolean standsAlone(String text, int start, int end) {
        if (language.equals("ja")) {
            return !(start > 0 && katakana(text.charAt(start - 1)) && katakana(text.charAt(start)))
                    && !(end < text.length() && katakana(text.charAt(end)) && katakana(text.charAt(end - 1)));
        }
        if (language.equals("ko")) {
            if (start > 0 && hangul(text.charAt(start - 1))) {
                return false;
            }
            if (end == text.length() || !hangul(text.charAt(end))) {
                return true;
            }
            for (String particle : KOREAN_PARTICLES) {
                int after = end + particle.length();
                if (text.startsWith(particle, end) && (after == text.length() || !hangul(text.charAt(after)))) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private static boolean katakana(char c) {
        return c >= '\u30a0' && c <= '\u30ff' || c == 'ー';
    }

    private static boolean hangul(char c) {
        return c >= '\uac00' && c <= '\ud7af';
    }
}
