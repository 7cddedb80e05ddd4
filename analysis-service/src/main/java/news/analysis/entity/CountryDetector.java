package news.analysis.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import news.analysis.theme.TextTokenizer;
import news.analysis.theme.TextTokenizer.Token;
import news.events.CountryMention;
import news.events.Evidence;

/**
 * Finds the countries an article mentions, by name, common variant ("U.S.", "Britain"), demonym ("Japanese"),
 * combining form ("Sino-Japanese") or capital used for its government ("Beijing said").
 *
 * <p>The gazetteer is the resource {@code gazetteer/countries.tsv}; see its header for the markers. Matching is
 * leftmost-longest over {@link TextTokenizer} tokens, so "Papua New Guinea" beats "Guinea" and blocker phrases
 * ("Latin America", "Washington State", "New Mexico") hide the names inside them. It is conservative: a name
 * must be capitalised as in the gazetteer; "US" and "UK" count only in capitals; names that are also first names
 * or surnames (Jordan, Chad, Washington, Paris) are skipped beside another capitalised word ("Michael Jordan",
 * "Chad Smith", "Washington Post"); a weak name (Georgia, which in American news is usually the state) counts
 * only when the same text names that country unambiguously too. A capital that is the seat of international bodies
 * stands for them, not for its country, in a text that names one of them: "Brussels" beside the European Union or
 * NATO, "Vienna" beside OPEC or the IAEA, count for Belgium or Austria only when the text names that country too. A
 * country's name or capital followed by a comma and a state or province of another country is a town there, and no
 * country: "Moscow, Idaho", "Panama City, Fla.", "Lebanon, Ohio", "London, Ont.".
 */
public final class CountryDetector {

    /** Classpath location of the default gazetteer. */
    public static final String RESOURCE = "gazetteer/countries.tsv";

    /** Capitalised words that start sentences and are not first names ("In Washington", "But Jordan"). */
    private static final Set<String> FUNCTION_WORDS = Set.of("in", "the", "and", "but", "for", "from", "to", "with",
            "at", "on", "by", "as", "of", "after", "before", "while", "when", "if", "then", "so", "both", "also",
            "meanwhile", "however", "yet", "since", "now", "today", "unlike", "like", "said", "says", "where", "why",
            "how", "what", "does", "did", "will", "would", "can", "could", "should", "is", "was", "has", "had", "a",
            "an", "about", "against", "between", "across", "within", "toward", "towards", "into", "over", "under",
            "tells", "warns", "urges", "asks", "visits", "vs", "versus", "than", "via", "through", "near");

    private final Map<String, String> names = new HashMap<>();
    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    /**
     * The first words of the entries a word written in small letters can start: a country's name, demonym or capital
     * is capitalised, so only blocker phrases such as "the Americas" are here. Most words of a text are looked up
     * nowhere else.
     */
    private Set<String> smallLetterStarts = Set.of();
    private final int maxEvidence;
    /** How the states and provinces of countries are written after a town's name ("Idaho", "Fla."), by country. */
    private final Map<String, List<String>> subdivisions = new HashMap<>();
    /**
     * The countries' names in other languages, by ISO 639-1 code, made when a text of that language comes; only for
     * the codes ISO 639 has, so a client's made-up languages cannot grow it.
     */
    private final Map<String, LocalCountryNames> localNames = new ConcurrentHashMap<>();
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    /**
     * One way of writing a country (or a blocker when {@code code} is null).
     *
     * @param demonym whether it is an English demonym or adjective ("Japanese", "Pole"): an English word, which in a
     *                text of another language is none of its own ("Pole" for the French "pôle")
     * @param capital whether it is a capital (or a government's seat, "Kremlin")
     * @param seat    for the name of an international body (a blocker, no country), the capital it sits in as the
     *                gazetteer writes it ("Brussels" for "European Union"); else null
     */
    private record Entry(String code, String variant, List<String> words, List<Boolean> capitalised, boolean exact,
                         boolean personLike, boolean weak, boolean combining, boolean demonym, boolean capital,
                         String seat) {
    }

    /**
     * A country's name where it stands.
     *
     * @param afterPlaceWord whether a word that introduces a place stands right before it ("in Jordan", "of Chad")
     */
    private record Hit(Entry entry, int start, int end, boolean afterPlaceWord) {
    }

    /** Words after which a name is a place even when a person of that name is about: "in Jordan", "King of Jordan". */
    private static final Set<String> PLACE_WORDS = Set.of("in", "of", "to", "from", "into", "across", "toward",
            "towards", "near", "within", "throughout");

    private CountryDetector(int maxEvidence) {
        this.maxEvidence = maxEvidence;
    }

    /** @return a detector over {@code gazetteer/countries.tsv} on the classpath */
    public static CountryDetector fromClasspath() {
        try (InputStream in = CountryDetector.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer resource not found: " + RESOURCE);
            }
            return read(in, 10);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + RESOURCE, e);
        }
    }

    /**
     * Reads a gazetteer: tab-separated {@code code, name, aliases, demonyms, capitals}, lists comma-separated,
     * lines starting with '#' and the header line ignored, code {@code -} for blocker phrases, code {@code @} for a
     * capital and the international bodies seated there, code {@code in:XX} for how the states or provinces of
     * country XX are written after a town's name.
     *
     * @param tsv         the gazetteer
     * @param maxEvidence evidence kept per country
     */
    public static CountryDetector read(InputStream tsv, int maxEvidence) throws IOException {
        CountryDetector d = new CountryDetector(maxEvidence);
        BufferedReader reader = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8));
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("code\t")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 2) {
                throw new IOException("gazetteer line " + lineNo + ": expected code and name");
            }
            String code = cols[0].trim();
            if (code.equals("-")) {
                d.add(null, cols[1].trim(), false, false, null);
                continue;
            }
            if (code.startsWith("in:")) {
                for (String written : cols[1].split(",")) {
                    d.subdivisions.computeIfAbsent(code.substring(3), k -> new ArrayList<>()).add(written.trim());
                }
                continue;
            }
            if (code.equals("@")) {
                if (cols.length < 3 || cols[2].isBlank()) {
                    throw new IOException("gazetteer line " + lineNo + ": expected a capital and its bodies");
                }
                for (String body : cols[2].split(",")) {
                    d.add(null, body.trim(), false, false, cols[1].trim());
                }
                continue;
            }
            d.names.put(code, cols[1].trim());
            for (int c = 2; c < Math.min(cols.length, 5); c++) {
                for (String v : cols[c].split(",")) {
                    if (!v.isBlank()) {
                        d.add(code, v.trim(), c == 3, c == 4, null);
                    }
                }
            }
        }
        Set<String> starts = new HashSet<>();
        d.byFirstWord.forEach((first, entries) -> {
            if (entries.stream().anyMatch(e -> e.code() == null && e.seat() == null || !e.capitalised().get(0))) {
                starts.add(first);
            }
        });
        d.smallLetterStarts = Set.copyOf(starts);
        return d;
    }

    private void add(String code, String spec, boolean demonym, boolean capital, String seat) {
        String v = spec;
        boolean exact = false;
        boolean personLike = false;
        boolean weak = false;
        boolean combining = false;
        while (!v.isEmpty() && "=~?".indexOf(v.charAt(0)) >= 0) {
            exact |= v.charAt(0) == '=';
            personLike |= v.charAt(0) == '~';
            weak |= v.charAt(0) == '?';
            v = v.substring(1);
        }
        if (v.endsWith("-")) {
            combining = true;
            v = v.substring(0, v.length() - 1);
        }
        List<Token> tokens = TextTokenizer.tokenize(v);
        if (tokens.isEmpty()) {
            return;
        }
        List<String> words = tokens.stream().map(Token::norm).toList();
        List<Boolean> caps = tokens.stream().map(Token::capitalised).toList();
        byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>())
                .add(new Entry(code, v, words, caps, exact, personLike, weak, combining, demonym, capital, seat));
    }

    /**
     * The countries of an article, and where each of their names stands.
     *
     * @param countries  one mention per country, most mentioned first
     * @param titleSpans the {@code [start, end)} character spans of every country name, demonym or capital in the
     *                   title, in text order
     * @param bodySpans  the same in the body
     */
    public record Places(List<CountryMention> countries, List<int[]> titleSpans, List<int[]> bodySpans) {

        /** No countries anywhere. */
        public static final Places NONE = new Places(List.of(), List.of(), List.of());
    }

    /**
     * Finds the countries in one article.
     *
     * @param title the headline, may be null
     * @param body  the article text, may be null
     * @return one mention per country, most mentioned first
     */
    public List<CountryMention> detect(String title, String body) {
        return locate(title, body).countries();
    }

    /**
     * Finds the countries in one article, and where their names stand.
     *
     * @param title the headline, may be null
     * @param body  the article text, may be null
     */
    public Places locate(String title, String body) {
        return locate(title, body, Set.of());
    }

    /**
     * Finds the countries in one article that names people whose last name is also a country's or a capital's name.
     *
     * @param title     the headline, may be null
     * @param body      the article text, may be null
     * @param surnames  the last names of the people the article names in full; a name written alone that is one of
     *                  them is that person, not a country ("Jordan said" after "Rep. Jim Jordan"), unless a word that
     *                  introduces a place stands right before it ("in Jordan")
     */
    public Places locate(String title, String body, Set<String> surnames) {
        return locate(title, body, surnames, false);
    }

    /**
     * @param asWritten for a text in another language than English: English demonyms are not matched (English words;
     *                  "Pole", a Polish man, is the French "pôle" written without its accent), and a word written with
     *                  marks (accents) matches only a name written with them ("Séoul" is not the English "Seoul"); the
     *                  language's own names find those ({@link LocalCountryNames})
     */
    private Places locate(String title, String body, Set<String> surnames, boolean asWritten) {
        Map<String, List<Evidence>> strong = new LinkedHashMap<>();
        Map<String, List<Evidence>> weak = new LinkedHashMap<>();
        String[] fields = {"title", "body"};
        String[] texts = {title == null ? "" : title, body == null ? "" : body};
        List<List<int[]>> spans = List.of(new ArrayList<>(), new ArrayList<>());
        List<List<Hit>> hits = List.of(hits(texts[0], asWritten), hits(texts[1], asWritten));
        Set<String> seatsOfNamedBodies = new HashSet<>();
        hits.forEach(l -> l.forEach(h -> {
            if (h.entry().seat() != null) {
                seatsOfNamedBodies.add(h.entry().seat());
            }
        }));
        for (int f = 0; f < 2; f++) {
            String text = texts[f];
            for (Hit h : hits.get(f)) {
                if (h.entry().code() == null
                        || !h.afterPlaceWord() && surnames.contains(text.substring(h.start(), h.end()))) {
                    continue;
                }
                spans.get(f).add(new int[] {h.start(), h.end()});
                Evidence ev = new Evidence(fields[f], text.substring(h.start(), h.end()), h.start(), h.end());
                // a seat beside its bodies ("EU ministers met in Brussels") counts only with its country named too
                boolean seat = seatsOfNamedBodies.contains(h.entry().variant());
                (h.entry().weak() || seat ? weak : strong).computeIfAbsent(h.entry().code(), k -> new ArrayList<>())
                        .add(ev);
            }
        }
        weak.forEach((code, evs) -> {
            if (strong.containsKey(code)) {
                strong.get(code).addAll(evs);
                strong.get(code).sort(Comparator.comparing((Evidence e) -> !e.field().equals("title"))
                        .thenComparingInt(Evidence::start));
            }
        });
        List<CountryMention> out = new ArrayList<>();
        strong.forEach((code, evs) -> out.add(new CountryMention(code, names.get(code), evs.size(),
                evs.subList(0, Math.min(evs.size(), maxEvidence)))));
        // stable sort keeps first-mentioned first among equals
        out.sort(Comparator.comparingInt(CountryMention::mentions).reversed());
        return new Places(out, spans.get(0), spans.get(1));
    }

    /**
     * The countries of an article in another language than English: those the gazetteer finds ({@code english},
     * as {@link #locate} gives them; names written as in English, "China", "Paris") and those named as that language
     * writes them ({@link LocalCountryNames}: "Allemagne", "Китая", "中国"), each place counted once.
     *
     * @param language ISO 639-1 code of the text ("pt-BR" is read as "pt")
     */
    public Places withLocalNames(String language, String title, String body) {
        Places english = locate(title, body, Set.of(), true);
        String lang = language.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        LocalCountryNames local = ISO_LANGUAGES.contains(lang)
                ? localNames.computeIfAbsent(lang, l -> LocalCountryNames.of(l, names.keySet())) : LocalCountryNames.NONE;
        String[] fields = {"title", "body"};
        String[] texts = {title == null ? "" : title, body == null ? "" : body};
        List<List<int[]>> spans = List.of(new ArrayList<>(english.titleSpans()), new ArrayList<>(english.bodySpans()));
        Map<String, Integer> mentions = new LinkedHashMap<>();
        Map<String, List<Evidence>> evidence = new HashMap<>();
        for (CountryMention c : english.countries()) {
            mentions.put(c.code(), c.mentions());
            evidence.put(c.code(), new ArrayList<>(c.evidence()));
        }
        for (int f = 0; f < 2; f++) {
            List<int[]> taken = List.copyOf(spans.get(f));
            for (LocalCountryNames.Hit h : local.find(texts[f])) {
                if (taken.stream().anyMatch(s -> s[0] < h.end() && h.start() < s[1])) {
                    continue; // the gazetteer has it already
                }
                spans.get(f).add(new int[] {h.start(), h.end()});
                mentions.merge(h.code(), 1, Integer::sum);
                evidence.computeIfAbsent(h.code(), k -> new ArrayList<>())
                        .add(new Evidence(fields[f], texts[f].substring(h.start(), h.end()), h.start(), h.end()));
            }
        }
        Comparator<Evidence> inTextOrder = Comparator.comparing((Evidence e) -> !e.field().equals("title"))
                .thenComparingInt(Evidence::start);
        List<CountryMention> out = new ArrayList<>();
        mentions.forEach((code, count) -> {
            List<Evidence> evs = evidence.get(code);
            evs.sort(inTextOrder);
            out.add(new CountryMention(code, names.get(code), count, evs.subList(0, Math.min(evs.size(), maxEvidence))));
        });
        // most mentioned first, then the first named
        out.sort(Comparator.comparingInt(CountryMention::mentions).reversed()
                .thenComparing(c -> c.evidence().get(0), inTextOrder));
        spans.forEach(l -> l.sort(Comparator.comparingInt((int[] s) -> s[0])));
        return new Places(out, spans.get(0), spans.get(1));
    }

    private List<Hit> hits(String text, boolean asWritten) {
        List<Token> tokens = TextTokenizer.tokenize(text);
        List<Hit> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token first = tokens.get(i);
            if (!first.capitalised() && !smallLetterStarts.contains(first.norm())) {
                i++;
                continue;
            }
            Entry best = null;
            List<Entry> starting = byFirstWord.get(first.norm());
            for (int k = 0; starting != null && k < starting.size(); k++) {
                Entry e = starting.get(k);
                if ((best == null || e.words().size() > best.words().size()) && matchesAt(e, text, tokens, i)
                        && (!asWritten || !e.demonym() && markedAsInEntry(e, tokens, i))) {
                    best = e;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            int last = i + best.words().size() - 1;
            if (!(best.personLike() && besideName(text, tokens, i, last))
                    && (best.code() == null || best.demonym() || !townOfAnotherCountry(text, tokens.get(last).end(),
                            best.code(), best.capital()))) {
                boolean afterPlaceWord = i > 0 && PLACE_WORDS.contains(tokens.get(i - 1).norm());
                out.add(new Hit(best, tokens.get(i).start(), tokens.get(last).end(), afterPlaceWord));
            }
            i = last + 1;
        }
        return out;
    }

    /**
     * @param capital whether the name is a capital's; after a country's name only a state written short counts
     *                ("Angola, Ind.", "Lebanon, PA"), since "Iceland, Alaska, Australia" lists places
     * @return true when a comma and a state or province of another country than {@code code} follow the name ending
     *         at {@code end}: "Moscow, Idaho" is a town of the United States, "Washington, D.C." is the United States'
     */
    private boolean townOfAnotherCountry(String text, int end, String code, boolean capital) {
        if (end >= text.length() || text.charAt(end) != ',') {
            return false;
        }
        int k = end + 1;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        for (Map.Entry<String, List<String>> country : subdivisions.entrySet()) {
            if (country.getKey().equals(code)) {
                continue;
            }
            for (String written : country.getValue()) {
                boolean postal = postalCode(written);
                if ((capital || postal || written.endsWith(".")) && text.startsWith(written, k)
                        && endsPlace(text, k + written.length(), postal)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return true for a state's two capital letters as the post writes them ("TX") */
    private static boolean postalCode(String written) {
        return written.length() == 2 && Character.isUpperCase(written.charAt(0)) && Character.isUpperCase(written.charAt(1));
    }

    /**
     * @return true when a state's or province's name may end at {@code at}: no letter follows; after a postal code
     *         ("Paris, TX") only the text's end, punctuation or a ZIP code ("Paris, TX 75460"), not a word ("Kenya, ID
     *         cards")
     */
    private static boolean endsPlace(String text, int at, boolean postal) {
        if (at >= text.length()) {
            return true;
        }
        char c = text.charAt(at);
        if (!postal) {
            return !Character.isLetter(c);
        }
        return c != ' ' && !Character.isLetterOrDigit(c)
                || c == ' ' && at + 1 < text.length() && Character.isDigit(text.charAt(at + 1));
    }

    private static boolean matchesAt(Entry e, String text, List<Token> tokens, int i) {
        List<String> words = e.words();
        if (i + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            Token t = tokens.get(i + k);
            if (!t.norm().equals(words.get(k))) {
                return false;
            }
            if (k > 0 && !TextTokenizer.joinable(text, tokens.get(i + k - 1), t)
                    && !possessiveInName(e, text, tokens.get(i + k - 1), t)) {
                return false;
            }
            if ((e.code() != null || e.seat() != null) && e.capitalised().get(k) && !t.capitalised()) {
                return false;
            }
        }
        int end = tokens.get(i + words.size() - 1).end();
        if (e.exact() && !text.substring(tokens.get(i).start(), end).equals(e.variant())) {
            return false;
        }
        if (e.combining()) {
            return end < text.length() && (text.charAt(end) == '-' || text.charAt(end) == '\u2013');
        }
        return true;
    }

    /**
     * @return true when the possessive the tokenizer leaves out of a word ("People" of "People's") stands between the
     *         two words, as it does in the entry's name: "People's Republic of China" is China, not the "Republic of
     *         China" (Taiwan) after it, and "Democratic People's Republic of Korea" North Korea
     */
    private static boolean possessiveInName(Entry e, String text, Token before, Token after) {
        String gap = TextTokenizer.plainApostrophes(text.substring(before.end(), after.start()));
        return gap.length() > 2 && gap.startsWith("'s") && gap.substring(2).isBlank()
                && TextTokenizer.plainApostrophes(e.variant()).contains(before.surface() + "'s ");
    }

    /**
     * @return true when each word of the match written with marks ("Bogotá") is written so in the entry, whichever
     *         apostrophe either types ("Côte d’Ivoire" is the entry "Côte d'Ivoire")
     */
    private static boolean markedAsInEntry(Entry e, List<Token> tokens, int i) {
        String variant = TextTokenizer.plainApostrophes(e.variant().toLowerCase(Locale.ROOT));
        for (int k = 0; k < e.words().size(); k++) {
            Token t = tokens.get(i + k);
            String written = TextTokenizer.plainApostrophes(t.surface().toLowerCase(Locale.ROOT));
            if (!t.norm().equals(written) && !variant.contains(written)) {
                return false;
            }
        }
        return true;
    }

    /** @return true when the match sits next to another capitalised word, as in a person's or firm's name */
    private static boolean besideName(String text, List<Token> tokens, int first, int last) {
        if (last + 1 < tokens.size()) {
            Token next = tokens.get(last + 1);
            if (next.capitalised() && TextTokenizer.joinable(text, tokens.get(last), next)) {
                return true;
            }
        }
        if (first > 0) {
            Token prev = tokens.get(first - 1);
            return prev.capitalised() && TextTokenizer.joinable(text, prev, tokens.get(first))
                    && !FUNCTION_WORDS.contains(prev.norm());
        }
        return false;
    }
}
