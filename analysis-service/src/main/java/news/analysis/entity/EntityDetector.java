package news.analysis.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.analysis.theme.TextTokenizer;
import news.analysis.theme.TextTokenizer.Token;
import news.events.EntityMention;
import news.events.Evidence;

/**
 * Finds the people and organisations an article names, with plain-Java heuristics over runs of capitalised words
 * and the lexicon {@code entity/lexicon.txt} (roles, organisation head words, known organisations, words that are
 * never names).
 *
 * <p>A run of capitalised words (joined by spaces; "of", "for", "and", "on" may link words inside an
 * organisation's name) is:
 * <ul>
 *   <li>a <b>person</b> when a role from the lexicon stands in it or right before it ("Japanese Foreign Minister
 *   Takeshi Iwaya" gives Takeshi Iwaya, role Foreign Minister), after an honorific ("Mr. Wang"), when a two- or
 *   three-word name is followed by a reporting verb ("Li Qiang said"), or comes right after one and ends the clause
 *   ("..., said Tom Bonier of the National Committee"), or when it starts with a given name or a family name written
 *   first ({@code entity/names.txt}: "Elon Musk", "Kim Hana"), after any words that are no part of it ("Republican
 *   Phil Bryant"), unless its last word makes it a place or a thing named after a person ("Grant Park", "Nobel
 *   Prize");</li>
 *   <li>an <b>organisation</b> when its last word is an organisation head word ("Xinhua News Agency", "Foreign
 *   Ministry", "General Motors Corp", even with a title word in it), its first word is one followed by "of" ("Bank
 *   of England"), or it is a known organisation ("Nikkei").</li>
 * </ul>
 * A single capitalised word equal to the first or last word of exactly one person found ("Wang", "Iwaya") is
 * another mention of that person, so one person written two ways is one entity, and so is a full name standing
 * alone ("Wang Yi is set to visit Japan"). Conservative by design: a name with no role, honorific, reporting verb or
 * known first word is not reported unless the article names that person with one elsewhere. A title whose capitals
 * say nothing (title case, all capitals) is read only for the names the body gives and organisations known by name.
 */
public final class EntityDetector {

    /** A run of two or three name words with nothing to say it is a person: one if the text names them elsewhere. */
    private static final String MAYBE_PERSON = "maybe-person";

    /** Classpath location of the default lexicon. */
    public static final String RESOURCE = "entity/lexicon.txt";

    /** Classpath location of the given names and the family names written first, read after the lexicon. */
    public static final String NAMES_RESOURCE = "entity/names.txt";

    private static final Set<String> LINKS = Set.of("of", "for", "and", "on");
    private static final Set<String> PLACE_WORDS = Set.of("in", "at", "from", "near");
    /** White space in a name other than one plain space: a line break, a tab, a run. */
    private static final Pattern ODD_SPACE = Pattern.compile("\\s{2,}|[^\\S ]");

    /** The roles ("foreign minister") by their first word, longest first. */
    private final Map<String, List<List<String>>> rolesByFirstWord = new HashMap<>();
    private final Set<String> personCues = new HashSet<>();
    private final Set<String> speakerCues = new HashSet<>();
    private final Set<String> honorifics = new HashSet<>();
    private final Set<String> orgHeads = new HashSet<>();
    private final Set<String> orgFirstWords = new HashSet<>();
    /** Organisations known by an abbreviation that is also a word ("WHO"): only so when written in capitals. */
    private final Set<String> capitalOrgs = new HashSet<>();
    /** Heads that name a trade ("Securities", "Power"): they close no name before "and" and none before a role. */
    private final Set<String> tradeHeads = new HashSet<>();
    private final Set<String> orgs = new HashSet<>();
    private final Set<String> notNames = new HashSet<>();
    private final Set<String> placeWords = new HashSet<>();
    private final Set<String> givenNames = new HashSet<>();
    private final Set<String> familyNames = new HashSet<>();
    private final Set<String> wordLikeGivenNames = new HashSet<>();
    private final Set<String> surnames = new HashSet<>();
    private final List<List<String>> roles = new ArrayList<>();
    /** The organisations known by a name the runs of capitalised words cannot find ("House of Representatives"). */
    private final WrittenNames writtenNames = new WrittenNames(orgHeads);
    private final int maxEvidence;

    private EntityDetector(int maxEvidence) {
        this.maxEvidence = maxEvidence;
    }

    /** @return a detector over {@code entity/lexicon.txt} and {@code entity/names.txt} on the classpath */
    public static EntityDetector fromClasspath() {
        EntityDetector d = new EntityDetector(10);
        for (String resource : List.of(RESOURCE, NAMES_RESOURCE)) {
            try (InputStream in = EntityDetector.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("entity lexicon not found: " + resource);
                }
                d.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read entity lexicon " + resource, e);
            }
        }
        d.indexRoles();
        return d;
    }

    /** Reads a lexicon: sections {@code [roles]}, {@code [person-cues]}, ... one entry a line. */
    public static EntityDetector read(InputStream in, int maxEvidence) throws IOException {
        EntityDetector d = new EntityDetector(maxEvidence);
        d.load(in);
        d.indexRoles();
        return d;
    }

    private void load(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String section = null;
        String line;
        while ((line = reader.readLine()) != null) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                section = line.substring(1, line.length() - 1);
                continue;
            }
            String norm = key(line);
            switch (section == null ? "" : section) {
                case "roles" -> roles.add(List.of(norm.split(" ")));
                case "person-cues" -> personCues.add(norm);
                case "speaker-cues" -> speakerCues.add(norm);
                case "honorifics" -> honorifics.add(norm);
                case "org-heads" -> orgHeads.add(norm);
                case "trade-heads" -> {
                    orgHeads.add(norm);
                    tradeHeads.add(norm);
                }
                case "orgs" -> {
                    if (!writtenNames.add(line)) {
                        orgs.add(norm); // (a name with a possessive is matched only as written: "Kohl's" is no "Kohl")
                    }
                }
                case "org-first-words" -> orgFirstWords.add(norm);
                case "orgs-in-capitals" -> capitalOrgs.add(norm);
                case "not-names" -> notNames.add(norm);
                case "place-words" -> placeWords.add(norm);
                // a hyphenated given name ("Jean-Claude") is looked up by its first word
                case "given-names" -> givenNames.add(norm.split(" ")[0]);
                case "family-names" -> familyNames.add(norm);
                case "word-like-given-names" -> wordLikeGivenNames.add(norm);
                case "surnames" -> surnames.add(norm);
                default -> throw new IOException("entity lexicon: entry outside a known section: " + line);
            }
        }
    }

    private void indexRoles() {
        roles.sort(Comparator.comparingInt((List<String> r) -> r.size()).reversed());
        roles.forEach(role -> rolesByFirstWord.computeIfAbsent(role.get(0), w -> new ArrayList<>()).add(role));
    }

    private static String key(String s) {
        return key(TextTokenizer.tokenizeApart(s)); // (a name: the article's texts stay the thread's last tokenised)
    }

    /** The normalised words of the tokens, one space apart: how names are looked up. */
    private static String key(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            sb.append(sb.isEmpty() ? "" : " ").append(t.norm());
        }
        return sb.toString();
    }

    /** A name found at a place in a field. */
    private record Found(String type, String name, String role, Evidence evidence) {
    }

    /** Running total for one entity. */
    private static final class Entity {
        final String type;
        String name;
        String role;
        final List<Evidence> evidence = new ArrayList<>();

        Entity(String type, String name) {
            this.type = type;
            this.name = name;
        }
    }

    /**
     * Finds the people and organisations in one article.
     *
     * @param title the headline, may be null
     * @param body  the article text, may be null
     * @return people first, then organisations, each most mentioned first
     */
    public List<EntityMention> detect(String title, String body) {
        return detect(title, body, CountryDetector.Places.NONE);
    }

    /**
     * Finds the people and organisations in one article whose countries are known: a name found where a country is
     * named ("United States said", "the Soviet Union") is the country, not a person or an organisation; a person's
     * name does not hold one either ("China Daily said", "POPE IN CUBA": the country detector leaves out a country
     * name that is part of a person's, as in "Michael Jordan"); and a lone "Jordan" there is not a short form of
     * "Michael Jordan".
     *
     * @param places the countries of the title and body and where they are named ({@link CountryDetector#locate})
     * @return people first, then organisations, each most mentioned first
     */
    public List<EntityMention> detect(String title, String body, CountryDetector.Places places) {
        String[] fields = {"title", "body"};
        String[] texts = {title == null ? "" : title, body == null ? "" : body};
        List<List<int[]>> countrySpans = List.of(places.titleSpans(), places.bodySpans());
        List<Found> found = new ArrayList<>();
        List<List<Token>> singles = new ArrayList<>();
        boolean plainTitle = capitalsSayNothing(texts[0]);
        for (int f = 0; f < 2; f++) {
            if (f == 0 && plainTitle) {
                singles.add(new ArrayList<>()); // read below, for the names the body gives
                continue;
            }
            List<Found> inField = new ArrayList<>();
            List<Token> single = new ArrayList<>();
            scan(fields[f], texts[f], inField, single);
            List<int[]> spans = countrySpans.get(f);
            inField.removeIf(x -> x.type().equals(EntityMention.ORGANIZATION)
                    ? within(x.evidence().start(), x.evidence().end(), spans) || countryAndTrade(x, spans)
                    : overlaps(x.evidence().start(), x.evidence().end(), spans));
            single.removeIf(t -> within(t.start(), t.end(), spans));
            found.addAll(inField);
            singles.add(single);
        }
        Map<String, Entity> entities = new LinkedHashMap<>();
        Found previous = null;
        Map<String, String> abbreviations = new HashMap<>(); // "organization|eu" -> "organization|european union"
        for (Found x : found) {
            if (x.type().equals(MAYBE_PERSON)) {
                continue;
            }
            // "European Union (EU)": the abbreviation in brackets after an organisation's name is that organisation,
            // there and wherever the article writes it again
            Found named = previous;
            previous = x;
            String xKey = x.type() + "|" + key(x.name());
            if (named != null && inBracketsAfter(texts[x.evidence().field().equals("title") ? 0 : 1], named, x)) {
                String namedKey = named.type() + "|" + key(named.name());
                namedKey = abbreviations.getOrDefault(namedKey, namedKey);
                entities.get(namedKey).evidence.add(x.evidence());
                abbreviations.putIfAbsent(xKey, namedKey);
                previous = named;
                continue;
            }
            Entity e = entities.computeIfAbsent(abbreviations.getOrDefault(xKey, xKey),
                    k -> new Entity(x.type(), x.name()));
            e.evidence.add(x.evidence());
            if (e.role == null) {
                e.role = x.role();
            }
        }
        if (plainTitle) {
            namesInPlainTitle(texts[0], countrySpans.get(0), entities, singles.get(0));
        }
        for (Found x : found) {
            // "Wang Yi is set to visit Japan": a name without a role or cue is a mention of a person named elsewhere
            Entity e = x.type().equals(MAYBE_PERSON) ? entities.get(EntityMention.PERSON + "|" + key(x.name())) : null;
            if (e != null) {
                e.evidence.add(x.evidence());
            }
        }
        namesByTheirSurnames(found, entities, texts, singles);
        mergeShortForms(entities, fields, texts, singles);
        List<EntityMention> out = new ArrayList<>();
        for (Entity e : entities.values()) {
            e.evidence.sort(Comparator.comparing((Evidence v) -> !v.field().equals("title")).thenComparingInt(Evidence::start));
            out.add(new EntityMention(e.type, e.name, e.role, e.evidence.size(),
                    e.evidence.subList(0, Math.min(maxEvidence, e.evidence.size()))));
        }
        out.sort(Comparator.comparing((EntityMention m) -> !m.type().equals(EntityMention.PERSON))
                .thenComparing(Comparator.comparingInt(EntityMention::mentions).reversed()));
        return out;
    }

    /**
     * @return true when an organisation's name is a country's name or demonym and a trade head, nothing more: the
     *         "Venezuelan Energy" of "Venezuelan Energy and Mines Minister", an office, not an organisation ("Japan
     *         Energy Corp" has its ending, "Georgia Power" is known)
     */
    private boolean countryAndTrade(Found org, List<int[]> spans) {
        String name = org.name();
        int space = name.lastIndexOf(' ');
        boolean countryFirst = false; // looked at first: most organisations start with no country
        for (int[] span : spans) {
            countryFirst |= space > 0 && span[0] == org.evidence().start() && span[1] == org.evidence().start() + space;
        }
        return countryFirst && tradeHeads.contains(key(name.substring(space + 1))) && !orgs.contains(key(name));
    }

    /**
     * "Christian Lindner resigned ... Lindner said": a run of two words without a role or cue whose first word is a
     * given name that is also a word or a brand ({@code word-like-given-names}: Christian, Jordan, Grace, Will) is a
     * person when its last word also stands alone in the article as a person does, before a reporting verb or after
     * an honorific ("Lindner said", "Ms Meng").
     */
    private void namesByTheirSurnames(List<Found> found, Map<String, Entity> entities, String[] texts,
                                      List<List<Token>> singles) {
        boolean candidates = false;
        for (Found x : found) {
            candidates |= x.type().equals(MAYBE_PERSON) && wordLikeGivenNames.contains(key(x.name()).split(" ")[0]);
        }
        if (!candidates) {
            return; // most articles: no name starts with a given name that is also a word
        }
        Set<String> speaking = new HashSet<>();
        for (int f = 0; f < 2; f++) {
            List<Token> tokens = singles.get(f).isEmpty() ? List.of() : TextTokenizer.tokenize(texts[f]);
            List<Integer> starts = tokens.stream().map(Token::start).toList();
            for (Token t : singles.get(f)) {
                int k = Collections.binarySearch(starts, t.start());
                boolean cueAfter = k >= 0 && k + 1 < tokens.size() && personCues.contains(tokens.get(k + 1).norm());
                boolean honorificBefore = k > 0 && honorifics.contains(tokens.get(k - 1).norm());
                if (cueAfter || honorificBefore) {
                    speaking.add(t.norm());
                }
            }
        }
        for (Found x : found) {
            String[] words = x.type().equals(MAYBE_PERSON) ? key(x.name()).split(" ") : new String[0];
            if (words.length == 2 && wordLikeGivenNames.contains(words[0]) && speaking.contains(words[1])
                    && surnameLike(words[1])) {
                entities.computeIfAbsent(EntityMention.PERSON + "|" + key(x.name()),
                        k -> new Entity(EntityMention.PERSON, x.name())).evidence.add(x.evidence());
            }
        }
    }

    /** @return true when a word can be a surname: no party, organisation, place or other word that never ends a name */
    private boolean surnameLike(String word) {
        String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        return !notNames.contains(word) && !orgHeads.contains(word) && !placeWords.contains(word)
                && !orgs.contains(word) && !PARTY_MEMBERS.contains(singular);
    }

    /** @return true when {@code x} is an organisation written in brackets right after the organisation {@code named} */
    private static boolean inBracketsAfter(String text, Found named, Found x) {
        Evidence before = named.evidence();
        Evidence e = x.evidence();
        return named.type().equals(EntityMention.ORGANIZATION) && x.type().equals(EntityMention.ORGANIZATION)
                && before.field().equals(e.field()) && before.end() <= e.start()
                && text.substring(before.end(), e.start()).strip().equals("(")
                && text.startsWith(")", e.end());
    }

    /**
     * @return true when the title's capitals tell no name from another word: most of its longer words are
     *         capitalised ("Japanese Foreign Minister Visits China", "PRESIDENT MAKES FIRST USE OF NEW VETO")
     */
    private static boolean capitalsSayNothing(String title) {
        int longer = 0;
        int capitalised = 0;
        int letters = 0;
        int upper = 0;
        for (Token t : TextTokenizer.tokenize(title)) {
            if (t.surface().length() >= 4 && Character.isLetter(t.surface().charAt(0))) {
                longer++;
                capitalised += t.capitalised() ? 1 : 0;
            }
            for (int c = 0; c < t.surface().length(); c++) {
                char ch = t.surface().charAt(c);
                letters += Character.isLetter(ch) ? 1 : 0;
                upper += Character.isUpperCase(ch) ? 1 : 0;
            }
        }
        return longer >= 2 && capitalised >= 0.8 * longer || letters >= 8 && upper >= 0.8 * letters;
    }

    /**
     * Reads a title whose capitals say nothing ({@link #capitalsSayNothing}) for the names the body gives and the
     * organisations known by name: a run of capitalised words there is no name ("Pope Meets Castro", "President Plans
     * Energy Savings"). Its other capitalised words go to {@code single}, for a person's short form ("Iwaya").
     */
    private void namesInPlainTitle(String title, List<int[]> countrySpans, Map<String, Entity> entities,
                                   List<Token> single) {
        List<Token> tokens = TextTokenizer.tokenize(title);
        Map<String, String> typeByName = new HashMap<>();
        entities.values().forEach(e -> typeByName.putIfAbsent(key(e.name), e.type));
        boolean[] named = new boolean[tokens.size()];
        for (int from = 0; from < tokens.size(); from++) {
            for (int to = Math.min(tokens.size(), from + 6); to > from; to--) {
                String name = named[from] ? null : key(tokens.subList(from, to));
                String type = name == null ? null : typeByName.getOrDefault(name,
                        orgs.contains(name) ? EntityMention.ORGANIZATION : null);
                int start = tokens.get(from).start();
                int end = tokens.get(to - 1).end();
                if (type == null || within(start, end, countrySpans)) {
                    continue;
                }
                String written = title.substring(start, end);
                Entity e = entities.computeIfAbsent(type + "|" + key(tokens.subList(from, to)),
                        k -> new Entity(type, written));
                e.evidence.add(new Evidence("title", written, start, end));
                Arrays.fill(named, from, to, true);
                break;
            }
        }
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!named[k] && t.capitalised() && !within(t.start(), t.end(), countrySpans)) {
                single.add(t);
            }
        }
    }

    /** @return true when {@code [start, end)} lies inside one of the spans */
    private static boolean within(int start, int end, List<int[]> spans) {
        for (int[] span : spans) {
            if (start >= span[0] && end <= span[1]) {
                return true;
            }
        }
        return false;
    }

    /** @return true when {@code [start, end)} and one of the spans share a character */
    private static boolean overlaps(int start, int end, List<int[]> spans) {
        for (int[] span : spans) {
            if (start < span[1] && span[0] < end) {
                return true;
            }
        }
        return false;
    }

    /** Single capitalised words that are the first or last word of exactly one person count for that person. */
    private void mergeShortForms(Map<String, Entity> entities, String[] fields, String[] texts,
                                 List<List<Token>> singles) {
        Map<String, List<Entity>> byPart = new HashMap<>();
        for (Entity e : entities.values()) {
            if (e.type.equals(EntityMention.PERSON)) {
                List<Token> parts = TextTokenizer.tokenizeApart(e.name);
                int last = parts.size() - 1;
                while (last > 1 && NAME_SUFFIXES.contains(parts.get(last).norm())) {
                    last--; // "Donald Trump Jr" is "Trump", never "Jr"
                }
                if (parts.size() >= 2) {
                    for (Token p : List.of(parts.get(0), parts.get(last))) {
                        List<Entity> list = byPart.computeIfAbsent(p.norm(), k -> new ArrayList<>());
                        if (!list.contains(e)) {
                            list.add(e);
                        }
                    }
                }
            }
        }
        for (int f = 0; f < 2; f++) {
            for (Token t : singles.get(f)) {
                List<Entity> candidates = byPart.get(t.norm());
                if (candidates != null && candidates.size() == 1) {
                    candidates.get(0).evidence.add(new Evidence(fields[f], t.surface(), t.start(), t.end()));
                }
            }
        }
    }

    /** Words that end a person's name after the surname: "Jr", "III". */
    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    /** Finds the runs of capitalised words in one field and classifies them. */
    private void scan(String field, String text, List<Found> found, List<Token> single) {
        List<Token> tokens = TextTokenizer.tokenize(text);
        int[] written = writtenNames.ends(text, tokens);
        int i = 0;
        while (i < tokens.size()) {
            if (written != null && written[i] > 0) {
                add(found, field, text, EntityMention.ORGANIZATION, tokens.get(i),
                        writtenNames.lastWord(text, tokens, i, written[i]), null);
                i = written[i];
                continue;
            }
            if (!nameWord(tokens.get(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size()) {
                if (written != null && written[j] > 0) {
                    break;
                }
                Token t = tokens.get(j);
                Token prev = tokens.get(j - 1);
                int particles = nameWord(t) ? 0 : particlesBeforeName(text, tokens, j);
                if (nameWord(t) && (TextTokenizer.joinable(text, prev, t) || afterInitial(text, prev, t)
                        || ampersand(text, prev, t))) {
                    j++;
                } else if (particles > 0) {
                    j += particles + 1; // "Mohammed bin Salman", "Ursula von der Leyen"
                } else if (Character.isDigit(t.surface().charAt(0)) && text.charAt(prev.end()) == '-'
                        && t.start() == prev.end() + 1 && orgs.contains(key(tokens.subList(i, j + 1)))) {
                    j++; // "G-20": a known name with a number after a hyphen
                } else if (LINKS.contains(t.norm()) && j + 1 < tokens.size() && nameWord(tokens.get(j + 1))
                        && TextTokenizer.joinable(text, tokens.get(j - 1), t)
                        && TextTokenizer.joinable(text, t, tokens.get(j + 1))
                        && (linkedOrg(text, tokens, j + 1) && !twoNames(tokens, i, j)
                                && (andCo(tokens, j) || !personBefore(text, tokens, i, j))
                                || roleAcross(tokens, i, j))) {
                    // (not after a role or a person's name, "CEO of UnitedHealth Group", "Economist Ian Harwood of
                    // Warburg Securities", but for a firm named after people: "Eli Lilly and Co")
                    j += 2;
                } else {
                    break;
                }
            }
            classify(field, text, tokens, i, j, found, single);
            i = j;
        }
    }

    /**
     * @return true when "and" at {@code link} follows a complete organisation's name, a known one or one ending in an
     *         organisation head word ("United Nations and European Union" are two); "Securities and Exchange
     *         Commission" and "Bill and Melinda Gates Foundation" are one name
     */
    private boolean twoNames(List<Token> tokens, int from, int link) {
        if (!"and".equals(tokens.get(link).norm()) || andCo(tokens, link)) {
            return false; // "Morgan Grenfell and Co Ltd" is one firm
        }
        for (int k = from; k < link; k++) {
            if (orgs.contains(key(tokens.subList(k, link)))) {
                return true;
            }
        }
        String head = tokens.get(link - 1).norm();
        return link - from >= 2 && orgHeads.contains(head) && !tradeHeads.contains(head);
    }

    /** Words after "and" that end a firm's name: "Eli Lilly and Co", "Alex Brown and Sons Inc", "Raymond James and Associates". */
    private static final Set<String> FIRM_AFTER_AND = Set.of("co", "company", "sons", "associates", "partners");

    /** @return true when the link word at {@code link} is "and" before a firm's ending: "and Co", "and Sons" */
    private static boolean andCo(List<Token> tokens, int link) {
        return "and".equals(tokens.get(link).norm()) && FIRM_AFTER_AND.contains(tokens.get(link + 1).norm());
    }

    /**
     * @return true when the run {@code [from, link)} before a link word is a role ("Minister" of "Minister of Energy";
     *         not before "and": "Pope and Talbot Inc"), a person's name ("Mary Lee" of "Mary Lee of Salomon Brothers
     *         Inc") or a role and a name ("Economist Ian Harwood of Warburg Securities")
     */
    private boolean personBefore(String text, List<Token> tokens, int from, int link) {
        for (int k = from; k < link; k++) {
            List<String> role = roleAt(tokens, k, link);
            if (role != null && k + role.size() == link) {
                return !"and".equals(tokens.get(link).norm()); // "Algerian Minister of Energy"
            }
        }
        List<String> role = roleAt(tokens, from, link);
        int name = role == null ? from : from + role.size();
        // (a run ending in a head word is an organisation's name: "Max Planck Institute for ...")
        return !orgHeads.contains(tokens.get(link - 1).norm()) && namedByFirstWord(text, tokens, name, link);
    }

    /** @return true when a role that starts in the run {@code [from, link)} goes on past the link word at {@code link} */
    private boolean roleAcross(List<Token> tokens, int from, int link) {
        for (int k = from; k < link; k++) {
            List<String> role = roleAt(tokens, k, tokens.size());
            if (role != null && k + role.size() > link + 1) {
                return true; // "Secretary of State Mike Pompeo"
            }
        }
        return false;
    }

    /** @return true when {@code left} is an initial whose full stop is all before {@code right}: "Thomas M. Hoenig" */
    private static boolean afterInitial(String text, Token left, Token right) {
        int gap = right.start() - left.end();
        return left.surface().length() == 1 && Character.isUpperCase(left.surface().charAt(0))
                && (gap == 1 || gap == 2 && text.charAt(left.end() + 1) == ' ') && text.charAt(left.end()) == '.';
    }

    /**
     * @return true when an ampersand alone joins two words of at least two letters: "Procter & Gamble", "Pacific Gas &
     *         Electric Co" (a company's name, never a person's; "R&D" is no name)
     */
    static boolean ampersand(String text, Token left, Token right) {
        String gap = text.substring(left.end(), right.start());
        return (gap.equals(" & ") || gap.equals("&")) && left.surface().length() > 1 && right.surface().length() > 1;
    }

    /** @return true when an opening bracket stands between the two tokens */
    private static boolean bracketBetween(String text, Token left, Token right) {
        for (int c = left.end(); c < right.start(); c++) {
            if (text.charAt(c) == '(') {
                return true;
            }
        }
        return false;
    }

    /** @return true when the capitalised run from {@code k} ends in an organisation head word */
    private boolean linkedOrg(String text, List<Token> tokens, int k) {
        int j = k + 1;
        // an abbreviation in brackets follows the name: "Atmospheric Administration (NOAA)" ends at Administration
        while (j < tokens.size() && nameWord(tokens.get(j)) && !bracketBetween(text, tokens.get(j - 1), tokens.get(j))) {
            j++;
        }
        String before = tokens.get(k - 2).norm(); // "Ministry of Finance and Economy": the head before the link
        return orgHeads.contains(tokens.get(j - 1).norm()) || orgHeads.contains(before) && !tradeHeads.contains(before);
    }

    /**
     * Small words that stand inside a person's name between capitalised ones, written in small letters and counted as
     * no word of the name: with a space after them in European and Arabic names ("Ursula von der Leyen", "Luiz Inácio
     * Lula da Silva", "Mohammed bin Salman"), and with a hyphen after them in Arabic ones ("Bashar al-Assad", "Abdel
     * Fattah el-Sisi"); "as" and "at" only so, being English words too.
     */
    private static final Set<String> PARTICLES = Set.of("bin", "bint", "ibn", "von", "van", "der", "den", "de", "da",
            "dos", "das", "di", "du", "del", "della", "la", "le", "ter");
    private static final Set<String> HYPHENED_PARTICLES = Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az");

    /** @return true for a word that links the parts of a name and counts as none: a particle, "Al" of "Al Thani" */
    private static boolean linkInName(String text, Token t) {
        return particle(text, t) || "Al".equals(t.surface());
    }

    /** @return true for a name particle ("bin", "von", the "al" of "al-Assad") */
    private static boolean particle(String text, Token t) {
        int end = t.end();
        if (end >= text.length()) {
            return false;
        }
        char next = text.charAt(end); // looked at first: most words are followed by neither, and need no lookup
        return next == ' ' && PARTICLES.contains(t.surface())
                || (next == '-' || next == '\u2010') && HYPHENED_PARTICLES.contains(t.surface());
    }

    /** Words that make a role's rank, not an organisation's name: "Deputy Assistant Treasury Secretary". */
    private static final Set<String> RANKS = Set.of("deputy", "assistant", "acting", "outgoing", "departing", "former",
            "interim", "associate", "senior", "executive", "under", "vice", "incoming", "new");

    /**
     * @return true when the words {@code [from, end)} before a role (which starts at {@code role}, or at
     *         {@code end - 1} when its first word ends the name) are an organisation's name, known by name or ending in
     *         a head word, with no rank or role before the role ("U.S. Treasury", not "Deputy Assistant Treasury")
     */
    private boolean organisationBeforeRole(List<Token> tokens, int from, int role, int end) {
        for (int k = from; k < role; k++) {
            if (RANKS.contains(tokens.get(k).norm()) || roleAt(tokens, k, role) != null) {
                return false;
            }
        }
        String head = tokens.get(end - 1).norm(); // not a trade: "Venezuelan Energy Minister"
        return orgs.contains(key(tokens.subList(from, end)))
                || end - from >= 2 && orgHeads.contains(head) && !tradeHeads.contains(head);
    }

    /**
     * @return true when a head word followed by "of" or "for" stands inside the run: "Massachusetts Institute of
     *         Technology", "California Institute of the Arts"
     */
    private boolean headOf(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k + 1 < to; k++) {
            String link = tokens.get(k).norm();
            if (("of".equals(link) || "for".equals(link)) && orgHeads.contains(tokens.get(k - 1).norm())) {
                return true;
            }
        }
        return false;
    }

    /** @return the first name particle in the run {@code [from, to)}, or -1 */
    private static int firstParticle(String text, List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (particle(text, tokens.get(k))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * @return how many particles (one or two) stand at {@code at}, joined to the run before them and followed by a
     *         capitalised word: 1 for "bin" in "Mohammed bin Salman", 2 for "von der" in "Ursula von der Leyen"; else 0
     */
    private static int particlesBeforeName(String text, List<Token> tokens, int at) {
        int k = at;
        while (k < tokens.size() && k - at < 2 && particle(text, tokens.get(k))
                && TextTokenizer.joinable(text, tokens.get(k - 1), tokens.get(k))) {
            k++;
        }
        return k > at && k < tokens.size() && nameWord(tokens.get(k))
                && TextTokenizer.joinable(text, tokens.get(k - 1), tokens.get(k)) ? k - at : 0;
    }

    static boolean nameWord(Token t) {
        return t.capitalised() || (t.surface().length() > 1 && Character.isUpperCase(t.surface().charAt(1))
                && Character.isLetter(t.surface().charAt(0)));
    }

    private void classify(String field, String text, List<Token> tokens, int from, int to, List<Found> found,
                          List<Token> single) {
        if (particle(text, tokens.get(from))) {
            return; // "al-Thani" cut off "Sheikh Abdul-Aziz bin Khalifa al-Thani": the tail of a longer name
        }
        Token first = tokens.get(from);
        if (to - from == 1 && capitalOrgs.contains(first.norm())
                && first.surface().equals(first.surface().toUpperCase(Locale.ROOT))) {
            add(found, field, text, EntityMention.ORGANIZATION, first, first, null); // "WHO", not "Who"
            return;
        }
        int i = from;
        boolean honorific = false; // "Ms Persson said": the honorific starts the run
        for (; i < to; i++) {
            String norm = tokens.get(i).norm();
            if (honorifics.contains(norm)) {
                honorific = true;
            } else if (!notNames.contains(norm)) {
                break;
            }
        }
        if (i >= to) {
            return;
        }
        // "posted on Twitter Tuesday": a day, a month, ... ends no name ("NBC News" keeps its organisation's word)
        while (to - i > 1 && notNames.contains(tokens.get(to - 1).norm())
                && !orgHeads.contains(tokens.get(to - 1).norm())) {
            to--;
        }
        // a role inside or right before the run
        for (int k = Math.max(i, from); k < to; k++) {
            List<String> role = roleAt(tokens, k, to);
            if (role != null && k + role.size() < to && !orgHeads.contains(tokens.get(to - 1).norm())) {
                // (a run ending in an organisation's head word is that organisation: "General Motors Corp")
                int nameFrom = k + role.size();
                for (List<String> next = roleAt(tokens, nameFrom, to); next != null && nameFrom + next.size() < to;
                        next = roleAt(tokens, nameFrom, to)) {
                    nameFrom += next.size(); // "Lt Col Alexander Vindman": one role after another
                }
                int nameTo = nameFrom + 1; // up to three words: "Mohammed bin Salman", "Abdel Fattah el-Sisi"
                while (nameTo < to && words(text, tokens, nameFrom, nameTo + 1) <= 3) {
                    nameTo++;
                }
                while (nameTo - 1 > nameFrom && linkInName(text, tokens.get(nameTo - 1))) {
                    nameTo--; // "Luiz Inácio Lula da Silva" is cut after three words, not after "da"
                }
                if (!LINKS.contains(tokens.get(nameTo - 1).norm()) && !LINKS.contains(tokens.get(nameFrom).norm())) {
                    String roleText = text.substring(tokens.get(k).start(), tokens.get(nameFrom - 1).end());
                    if (honorifics.contains(key(roleText))) {
                        roleText = null;
                    }
                    addPerson(field, text, tokens, nameFrom, nameTo, roleText, found, single);
                    // "U.S. Treasury Secretary James Baker": the role's first word may end the organisation's name
                    String roleHead = tokens.get(k).norm();
                    boolean headInRole = role.size() >= 2 && (orgHeads.contains(roleHead) && !tradeHeads.contains(roleHead)
                            || orgs.contains(roleHead));
                    int orgEnd = headInRole ? k + 1 : k;
                    if (k > i && organisationBeforeRole(tokens, i, k, orgEnd)) {
                        // "NATO Secretary General Mark Rutte", "Apple CEO Tim Cook": the organisation before the role
                        add(found, field, text, EntityMention.ORGANIZATION, tokens.get(i), tokens.get(orgEnd - 1),
                                null);
                    }
                    if (nameTo < to) {
                        classify(field, text, tokens, nameTo, to, found, single);
                    }
                    return;
                }
            }
        }
        String runKey = key(tokens.subList(i, to));
        if (text.substring(tokens.get(i).start(), tokens.get(to - 1).end()).contains("&")) {
            // "Procter & Gamble said", "Pacific Gas & Electric Co": a company; "Door & Window", "Sun & Mon" are not
            boolean speaks = to < tokens.size() && personCues.contains(tokens.get(to).norm());
            if (orgHeads.contains(tokens.get(to - 1).norm()) || speaks || orgs.contains(runKey)) {
                add(found, field, text, EntityMention.ORGANIZATION, tokens.get(i), tokens.get(to - 1), null);
            }
            return;
        }
        // "Bank of England", "Banco Santander", "Credit Suisse": a head or first word of organisations starts the run
        boolean headFirst = to - i >= 3 && orgHeads.contains(tokens.get(i).norm()) && LINKS.contains(tokens.get(i + 1).norm())
                || to - i >= 2 && orgFirstWords.contains(tokens.get(i).norm())
                && (to - i < 4 || !namedByFirstWord(text, tokens, to - 2, to)); // not "Credit Suisse Paul Hofer"
        if (orgHeads.contains(tokens.get(to - 1).norm()) && to - i >= 2 || headFirst || headOf(tokens, i, to)
                || orgs.contains(runKey)) {
            add(found, field, text, EntityMention.ORGANIZATION, tokens.get(i), tokens.get(to - 1), null);
            return;
        }
        int particle = firstParticle(text, tokens, i, to);
        if (particle > i && !namedByFirstWord(text, tokens, i, to)) {
            // "Societe Generale de Banque", "Luiz Inácio Lula da Silva": particles join no name that is not a person's
            // by its given name (or a role's, above); the words either side are read as if apart
            int next = particle;
            while (particle(text, tokens.get(next))) {
                next++;
            }
            classify(field, text, tokens, i, particle, found, single);
            classify(field, text, tokens, next, to, found, single);
            return;
        }
        if (to - i == 1) {
            Token t = tokens.get(i);
            if (orgs.contains(t.norm())) {
                add(found, field, text, EntityMention.ORGANIZATION, t, t, null);
            } else {
                single.add(t);
            }
            return;
        }
        int words = words(text, tokens, i, to);
        int lineBreak = lineBreakBefore(text, tokens, i, to);
        if (lineBreak > 0 && namedByFirstWord(text, tokens, i, lineBreak)) {
            // "Profile: Julian Assange\nTimeline of saga": a heading's name, not one broken over two lines
            addPerson(field, text, tokens, i, lineBreak, null, found, single);
            classify(field, text, tokens, lineBreak, to, found, single);
            return;
        }
        int nameFrom = words >= 3 && !namedByFirstWord(text, tokens, i, to) ? nameAtEnd(text, tokens, i, to) : -1;
        if (nameFrom > i) {
            // "Republican Phil Bryant", "Indiana House Speaker Brian Bosma", "Lt Col Alexander Vindman": words that are
            // no part of the name before it
            addPerson(field, text, tokens, nameFrom, to, null, found, single);
            return;
        }
        boolean before = honorific || i > 0 && honorifics.contains(tokens.get(i - 1).norm());
        // "... Commissioner for Human Rights said", "District of New York said": the end of a longer name
        boolean tail = i > 0 && ("of".equals(tokens.get(i - 1).norm()) || "for".equals(tokens.get(i - 1).norm()));
        // "... the Brookehill Group in New York said": after "in", "at" or "from" a place, not the speaker
        boolean place = i > 0 && PLACE_WORDS.contains(tokens.get(i - 1).norm());
        boolean after = to < tokens.size() && personCues.contains(tokens.get(to).norm()) && !tail && !place
                && TextTokenizer.joinable(text, tokens.get(to - 1), tokens.get(to));
        // "..., said Tom Bonier of the liberal ...": a reporting verb right before a name that ends the clause
        boolean reported = i > 0 && speakerCues.contains(tokens.get(i - 1).norm()) && to - i >= 2
                && tokens.get(to - 1).surface().length() > 1 // "said Mary E. Lovely": not cut at an initial
                && TextTokenizer.joinable(text, tokens.get(i - 1), tokens.get(i)) && endsClause(text, tokens, to);
        Token lastToken = tokens.get(to - 1);
        String last = lastToken.norm();
        // "Hamas leader Yahya Sinwar": a role written in small letters right before the run (not one cut at an
        // initial, a particle or "St")
        String smallRole = i == from && words >= 2 && lastToken.surface().length() > 1 && !PARTICLES.contains(last)
                && !"st".equals(last) ? roleBefore(text, tokens, i) : null;
        if ((before || after || reported || smallRole != null || namedByFirstWord(text, tokens, i, to)
                || namedBySurname(text, tokens, i, to)) && words <= 3
                && !notNames.contains(last) && !PARTY_MEMBERS.contains(last)) {
            addPerson(field, text, tokens, i, to, smallRole, found, single);
        } else if (words <= 3) {
            add(found, field, text, MAYBE_PERSON, tokens.get(i), tokens.get(to - 1), null);
        }
    }

    /**
     * @return true when the run of two or three words is a person's name by its words alone: a given name and a
     *         surname ("Elon Musk", "Pierre-Luc Dubois") or a family name written first ("Kim Hana", "Wang Yi"), every
     *         word written as a name (not a headline's capitals), and no last word that makes it a place or a thing
     *         named after a person ("Grant Park", "Lee County", "Nobel Prize")
     */
    private boolean namedByFirstWord(String text, List<Token> tokens, int from, int to) {
        int words = words(text, tokens, from, to);
        if (words < 2 || words > 3 || placeWords.contains(tokens.get(to - 1).norm())) {
            return false;
        }
        String first = tokens.get(from).norm();
        if (!givenNames.contains(first) && !familyNames.contains(first)) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (!particle(text, t) && !writtenAsName(t.surface()) || orgs.contains(t.norm())) {
                return false;
            }
        }
        return tokens.get(to - 1).surface().length() > 1;
    }

    /**
     * Capitalised words before a family name that make no person of it: sentence openings ("Neither Castro nor ..."),
     * storms ("Hurricane Floyd") and the first words of places ("Puerto Colon", "Punta Morales").
     */
    private static final Set<String> NOT_GIVEN_NAMES = Set.of("neither", "following", "total", "national", "inaugural",
            "rival", "lawyers", "hurricane", "typhoon", "storm", "cyclone", "tropical", "puerto", "punta", "entre", "ria",
            "salina", "isla", "villa", "playa", "costa", "bahia");

    /**
     * @return true when the run is two words, a family name written last ({@code surnames}) after a word that could be
     *         a given name: written as a name, three letters or more, and no title, month, head or first word of
     *         organisations, place word or known name, a space between them ("Sheldon Richardson"; not "Capitol Hill",
     *         "Mount Wilson", "Allen-Bradley")
     */
    private boolean namedBySurname(String text, List<Token> tokens, int from, int to) {
        if (to - from != 2 || !surnames.contains(tokens.get(from + 1).norm())) {
            return false;
        }
        Token first = tokens.get(from);
        Token last = tokens.get(from + 1);
        String given = first.norm();
        return first.surface().length() >= 3 && writtenAsName(first.surface()) && first.surface().indexOf('.') < 0
                && writtenAsName(last.surface()) && text.substring(first.end(), last.start()).isBlank()
                && TextTokenizer.joinable(text, first, last) && !NOT_GIVEN_NAMES.contains(given)
                && !notNames.contains(given) && !orgHeads.contains(given) && !orgFirstWords.contains(given)
                && !placeWords.contains(given) && !NOT_BEFORE_A_NAME.contains(given) && !orgs.contains(given)
                && !honorifics.contains(given) && roleAt(tokens, from, to) == null
                && !orgs.contains(key(tokens.subList(from, to)));
    }

    /**
     * @return where a name known by its first word ({@link #namedByFirstWord}) ends the run of up to six words, after
     *         at least one word that is not the first word of a place's or a team's name; -1 when none does
     */
    private int nameAtEnd(String text, List<Token> tokens, int from, int to) {
        if (words(text, tokens, from, to) > 6) {
            return -1;
        }
        for (int k = from + 1; k < to - 1; k++) {
            if (!NOT_BEFORE_A_NAME.contains(tokens.get(k - 1).norm()) && namedByFirstWord(text, tokens, k, to)) {
                return k;
            }
        }
        return -1;
    }

    /** @return true when a line break stands in {@code text[from, to)} */
    private static boolean lineBreakBetween(String text, int from, int to) {
        int at = text.indexOf('\n', from);
        return at >= 0 && at < to;
    }

    /** @return the first token of the run that starts a new line, or -1 */
    private static int lineBreakBefore(String text, List<Token> tokens, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (lineBreakBetween(text, tokens.get(k - 1).end(), tokens.get(k).start())) {
                return k;
            }
        }
        return -1;
    }

    /** @return how many words the tokens make, a hyphenated name ("Liu-Shiu-Cheong") counting as one */
    private static int words(String text, List<Token> tokens, int from, int to) {
        int words = particle(text, tokens.get(from)) ? 0 : 1;
        for (int k = from + 1; k < to; k++) {
            char before = text.charAt(tokens.get(k).start() - 1);
            boolean hyphen = before == '-' || before == '\u2010';
            boolean newWord = tokens.get(k).start() > tokens.get(k - 1).end()
                    && (!hyphen || particle(text, tokens.get(k - 1)));
            // "el-Sisi" is one word, "von der Leyen" and "Al Thani" too
            words += newWord && !linkInName(text, tokens.get(k)) && !NAME_SUFFIXES.contains(tokens.get(k).norm())
                    ? 1 : 0; // nor "Jr"
        }
        return words;
    }

    /**
     * First words of a place's or a team's name whose second word may be a given name ("San Antonio Spurs", "St Louis
     * Blues"): the run is not a word and a name after it.
     */
    private static final Set<String> NOT_BEFORE_A_NAME = Set.of("san", "santa", "saint", "st", "sao", "los", "las",
            "fort", "mount", "mt", "port", "cape", "lake", "new", "north", "south", "east", "west", "upper", "lower",
            "greater", "royal", "old", "little", "great", "grand");

    /** @return true for "Musk", "McConnell", "O'Brien", an initial ("J", "T.J.", "JD"); false for "SAYS" or "Musk2" */
    private static boolean writtenAsName(String surface) {
        if (!Character.isUpperCase(surface.charAt(0))) {
            return false;
        }
        boolean lower = false;
        for (int c = 1; c < surface.length(); c++) {
            char ch = surface.charAt(c);
            if (Character.isDigit(ch)) {
                return false;
            }
            lower |= Character.isLowerCase(ch);
        }
        return lower || surface.length() <= 2 || surface.indexOf('.') > 0;
    }

    private static final Set<String> CLAUSE_GOES_ON = Set.of("of", "who");

    /** A party's member ends no name: "the Texas Democrat said" names nobody. */
    private static final Set<String> PARTY_MEMBERS = Set.of("democrat", "republican");

    /** @return true when the run ending before {@code to} ends its clause: a comma, a full stop, "of" or "who" next */
    private static boolean endsClause(String text, List<Token> tokens, int to) {
        int k = tokens.get(to - 1).end();
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        if (k >= text.length() || ",.;".indexOf(text.charAt(k)) >= 0) {
            return true;
        }
        return to < tokens.size() && tokens.get(to).start() == k && CLAUSE_GOES_ON.contains(tokens.get(to).norm());
    }

    private List<String> roleAt(List<Token> tokens, int k, int to) {
        if (k >= to) {
            return null;
        }
        List<List<String>> starting = rolesByFirstWord.get(tokens.get(k).norm());
        for (int s = 0; starting != null && s < starting.size(); s++) {
            List<String> role = starting.get(s);
            if (k + role.size() > to) {
                continue;
            }
            boolean ok = true;
            for (int r = 0; r < role.size() && ok; r++) {
                ok = tokens.get(k + r).norm().equals(role.get(r));
            }
            if (ok) {
                return role;
            }
        }
        return null;
    }

    private void addPerson(String field, String text, List<Token> tokens, int from, int to, String role,
                           List<Found> found, List<Token> single) {
        int end = to;
        while (end > from && notNames.contains(tokens.get(end - 1).norm())) {
            end--;
        }
        if (end == from) {
            return;
        }
        if (end - from == 1) {
            // "Minister Iwaya": a short form of a person found elsewhere; "U.S. Officials said": no name at all
            single.add(tokens.get(from));
            return;
        }
        List<String> title = roleAt(tokens, from, end);
        if (title != null && title.size() == end - from) {
            return; // "the Ranking Member said": a title, no name
        }
        String written = role != null ? role : roleBefore(text, tokens, from);
        add(found, field, text, EntityMention.PERSON, tokens.get(from), tokens.get(end - 1),
                written != null ? written : roleAfter(text, tokens, end));
    }

    /** Words between a name's comma and the role that follows it ("Kurt Volker, the former special envoy"). */
    private static final Set<String> BEFORE_A_ROLE = Set.of("the", "a", "an", "its", "his", "her", "their", "former",
            "then", "acting", "new", "interim", "longtime", "senior");

    /**
     * @return the role set after a name by a comma ("Kurt Volker, the former envoy", "Ken Doctor, a news industry
     *         analyst" gives nothing: the role must follow the articles and adjectives above), as written; null when
     *         there is none
     */
    private String roleAfter(String text, List<Token> tokens, int end) {
        int at = tokens.get(end - 1).end();
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        if (at >= text.length() || text.charAt(at) != ',' || end >= tokens.size()) {
            return null;
        }
        int k = end;
        int modifiers = 0;
        while (k < tokens.size() && k < end + 5 && roleAt(tokens, k, Math.min(tokens.size(), k + 4)) == null) {
            Token t = tokens.get(k);
            boolean modifier = t.capitalised() || possessive(text, t) || ROLE_MODIFIERS.contains(t.norm());
            if (!BEFORE_A_ROLE.contains(t.norm()) && !(modifier && modifiers++ < 2)) {
                break; // "Takeshi Iwaya, Japan's foreign minister", "Li Qiang, the Chinese premier"
            }
            k++;
        }
        List<String> role = roleAt(tokens, k, Math.min(tokens.size(), k + 4));
        if (role == null || lineBreakBetween(text, at + 1, tokens.get(k).start())
                || !sameClause(text, tokens, end, k)) {
            return null;
        }
        int after = k + role.size();
        if (after < tokens.size() && tokens.get(after).capitalised()
                && TextTokenizer.joinable(text, tokens.get(after - 1), tokens.get(after))) {
            return null; // "Jake Sullivan, President Biden's adviser": the role of the next name
        }
        int from = k;
        while (from > end && ROLE_MODIFIERS.contains(tokens.get(from - 1).norm())) {
            from--; // "top diplomat", as written
        }
        return text.substring(tokens.get(from).start(), tokens.get(k + role.size() - 1).end());
    }

    /** Words between a name's comma and its role that qualify the role: "Wang Yi, China's top diplomat". */
    private static final Set<String> ROLE_MODIFIERS = Set.of("top", "chief", "senior", "deputy", "veteran", "longtime");

    /**
     * @return true when the token is written with a possessive 's ("Japan" of "Japan's foreign minister", "MOODY'S"):
     *         the tokenizer leaves it out of the word
     */
    static boolean possessive(String text, Token t) {
        int at = t.end();
        return at + 1 < text.length() && (text.charAt(at) == '\'' || text.charAt(at) == '\u2019')
                && (text.charAt(at + 1) == 's' || text.charAt(at + 1) == 'S');
    }

    /**
     * @return true when no comma, colon, semicolon, bracket or full stop (but that of an abbreviation: "U.S.") stands
     *         between the tokens at {@code from} and {@code to}
     */
    private static boolean sameClause(String text, List<Token> tokens, int from, int to) {
        for (int c = tokens.get(from).start(); c < tokens.get(to).start(); c++) {
            char ch = text.charAt(c);
            boolean abbreviation = ch == '.' && c > 0 && Character.isUpperCase(text.charAt(c - 1));
            if (".,;:()".indexOf(ch) >= 0 && !abbreviation) {
                return false;
            }
        }
        return true;
    }

    /**
     * @return the role written in small letters right before a name ("foreign minister Takeshi Iwaya", "chief
     *         executive Hans Jucker"), as written; null when there is none
     */
    private String roleBefore(String text, List<Token> tokens, int name) {
        for (int k = Math.max(0, name - 4); k < name; k++) {
            List<String> role = roleAt(tokens, k, name);
            if (role == null || k + role.size() != name || tokens.get(k).capitalised()) {
                continue;
            }
            boolean joined = true;
            for (int j = k + 1; j <= name && joined; j++) {
                joined = TextTokenizer.joinable(text, tokens.get(j - 1), tokens.get(j))
                        && !lineBreakBetween(text, tokens.get(j - 1).end(), tokens.get(j).start());
            }
            if (joined) {
                return text.substring(tokens.get(k).start(), tokens.get(name - 1).end());
            }
        }
        return null;
    }

    private static void add(List<Found> found, String field, String text, String type, Token first, Token last,
                            String role) {
        int end = last.end();
        if (!type.equals(EntityMention.ORGANIZATION)) {
            // a name's tail in small letters after a hyphen is part of it: "Kim Jong-un", "Ahmed El-sayed"
            int tail = end + 1;
            while (end < text.length() - 1 && text.charAt(end) == '-' && tail < text.length()
                    && Character.isLowerCase(text.charAt(tail))) {
                while (tail < text.length() && Character.isLetter(text.charAt(tail))) {
                    tail++;
                }
                end = tail;
                tail = end + 1;
            }
        }
        String written = text.substring(first.start(), end);
        // a name broken over two lines of hard-wrapped text ("Paul\n    Volcker") is named with one space
        Matcher odd = ODD_SPACE.matcher(written);
        String name = odd.find() ? odd.replaceAll(" ") : written;
        found.add(new Found(type, name, role, new Evidence(field, written, first.start(), end)));
    }
}
