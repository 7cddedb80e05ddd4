package news.analysis.entity;

import static news.analysis.entity.EntityLexicon.key;
import static news.analysis.entity.NameRuns.MAYBE_PERSON;
import static news.analysis.entity.NameRuns.ORGANISATION_BY_CONTEXT;
import static news.analysis.entity.NameWords.NAME_SUFFIXES;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import news.analysis.entity.NameRuns.Found;
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
 *
 * <p>{@link NameRuns} reads the runs of each field; this class merges what they name into the article's entities.
 * The words looked up are in {@link EntityLexicon}; how a name's words are written ({@link NameWords}), when a run
 * is a person and which role goes with it ({@link PersonNames}), where an organisation's name begins and ends
 * ({@link OrganisationNames}) and the known names matched as written ({@link WrittenNames}) are their own classes.
 */
public final class EntityDetector {

    /** Classpath location of the default lexicon. */
    public static final String RESOURCE = "entity/lexicon.txt";

    /** Classpath location of the given names and the family names written first, read after the lexicon. */
    public static final String NAMES_RESOURCE = "entity/names.txt";

    private final EntityLexicon lexicon;
    private final PersonNames people;
    private final OrganisationNames organisations;
    private final NameRuns runs;
    private final int maxEvidence;

    private EntityDetector(EntityLexicon lexicon, int maxEvidence) {
        this.lexicon = lexicon;
        this.people = new PersonNames(lexicon);
        this.organisations = new OrganisationNames(lexicon);
        this.runs = new NameRuns(lexicon, people, organisations);
        this.maxEvidence = maxEvidence;
    }

    /** @return a detector over {@code entity/lexicon.txt} and {@code entity/names.txt} on the classpath */
    public static EntityDetector fromClasspath() {
        return new EntityDetector(EntityLexicon.fromClasspath(RESOURCE, NAMES_RESOURCE), 10);
    }

    /** Reads a lexicon: sections {@code [roles]}, {@code [person-cues]}, ... one entry a line. */
    public static EntityDetector read(InputStream in, int maxEvidence) throws IOException {
        return new EntityDetector(EntityLexicon.read(in), maxEvidence);
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
        SmallLetterPhrases[] inSmallLetters = {new SmallLetterPhrases(texts[0]), new SmallLetterPhrases(texts[1])};
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
            runs.scan(fields[f], texts[f], inField, single);
            List<int[]> spans = countrySpans.get(f);
            inField.removeIf(x -> x.type().equals(EntityMention.ORGANIZATION)
                    ? within(x.evidence().start(), x.evidence().end(), spans)
                            || organisations.countryAndTrade(x.name(), x.evidence().start(), spans)
                    : overlaps(x.evidence().start(), x.evidence().end(), spans));
            single.removeIf(t -> within(t.start(), t.end(), spans));
            if (f == 1) {
                withoutHeadingOrganisations(texts[1], inField, inSmallLetters[1]);
                inField.removeIf(x -> listLabel(texts[1], inSmallLetters[1], x));
            }
            found.addAll(inField);
            singles.add(single);
        }
        Map<String, Entity> entities = new LinkedHashMap<>();
        Found previous = null;
        Map<String, String> abbreviations = new HashMap<>(); // "organization|eu" -> "organization|european union"
        for (Found x : found) {
            if (x.type().equals(MAYBE_PERSON) || x.type().equals(ORGANISATION_BY_CONTEXT)) {
                continue;
            }
            // "European Union (EU)": the abbreviation in brackets after an organisation's name is that organisation,
            // there and wherever the article writes it again
            Found named = previous;
            previous = x;
            String xKey = x.type() + "|" + key(x.name());
            String text = texts[x.evidence().field().equals("title") ? 0 : 1];
            if (named != null && named.type().equals(EntityMention.ORGANIZATION)
                    && x.type().equals(EntityMention.ORGANIZATION)
                    && inBracketsAfter(text, named.evidence(), x.evidence())) {
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
        companiesWrittenShort(entities);
        namesByTheirSurnames(found, entities, texts, singles);
        namesListedWithPeople(found, entities, texts, inSmallLetters);
        mergeNamesWrittenTwoWays(entities);
        mergeShortForms(entities, fields, texts, singles);
        organisationsByContext(found, entities, fields, texts, singles);
        entities.values().removeIf(e -> writtenInSmallLetters(e, inSmallLetters) || addressesTheReader(e));
        List<EntityMention> out = new ArrayList<>();
        for (Entity e : entities.values()) {
            e.evidence.sort(Comparator.comparing((Evidence v) -> !v.field().equals("title"))
                    .thenComparingInt(Evidence::start));
            out.add(new EntityMention(e.type, e.name, e.role, e.evidence.size(),
                    e.evidence.subList(0, Math.min(maxEvidence, e.evidence.size()))));
        }
        out.sort(Comparator.comparing((EntityMention m) -> !m.type().equals(EntityMention.PERSON))
                .thenComparing(Comparator.comparingInt(EntityMention::mentions).reversed()));
        return out;
    }

    /**
     * @return true when the article also writes the name of several words all in small letters, as a phrase of its
     *         own, at least as often as it names it: a term set in capitals in a heading, a list or an introduction
     *         ("What is a Mesh Network?", "Moving Company", "Social Media Marketing Agency"), no name. Not so a known
     *         organisation, or a person the text gives a role.
     */
    private boolean writtenInSmallLetters(Entity e, SmallLetterPhrases[] texts) {
        String name = e.name;
        if (name.indexOf(' ') < 0 || e.role != null || lexicon.orgs.contains(key(name))) {
            return false;
        }
        int times = 0;
        for (SmallLetterPhrases text : texts) {
            times += text.times(name);
        }
        return times > 0 && times >= e.evidence.size();
    }

    /**
     * @return true when an organisation's name has "your", "my", "their", "his" or "her" after its first word: a
     *         heading that tells the reader what to do ("Secure Your Organization", "Contact Your Insurance Company"),
     *         or a heading with "A" or "An" inside ("How To Choose A Mobile App Development Company"), not a name
     *         ("Save Our Seas Foundation" keeps its "our")
     */
    private static boolean addressesTheReader(Entity e) {
        if (!e.type.equals(EntityMention.ORGANIZATION)) {
            return false;
        }
        List<Token> words = TextTokenizer.tokenizeApart(e.name);
        for (int k = 1; k < words.size(); k++) {
            if (READERS_WORDS.contains(words.get(k).norm())) {
                return true;
            }
        }
        // "How To Choose A Mobile App Development Company": a heading in title case (not "Rent-A-Car", "Ira A. Fulton")
        return ARTICLE_INSIDE.matcher(e.name).find();
    }

    private static final Pattern ARTICLE_INSIDE = Pattern.compile(" An? \\p{Lu}\\p{Ll}");

    private static final Set<String> READERS_WORDS = Set.of("your", "my", "their", "his", "her");

    /** The most names ending in one word that are compared with each other to find one person written two ways. */
    private static final int MAX_NAMES_ALIKE = 200;

    /**
     * One person written two ways in one article is one entity, under the name written first: "Patrick W. Carlineo Jr"
     * and "Pat Carlineo", "Joshua Apte" and "Josh Apte", "John M. Ford" and "John Milo Ford". The family names are the
     * same (a suffix such as "Jr" aside), and so are the given names but for an initial ("M." for "Milo") or a short
     * form of up to four letters that starts the other ("Pat", "Josh"); the middle names, when both have them, too.
     * "Jeong Hye Jin" and "Jeong Jae Jin" stay two.
     */
    private static void mergeNamesWrittenTwoWays(Map<String, Entity> entities) {
        List<Entity> people = entities.values().stream().filter(e -> e.type.equals(EntityMention.PERSON)).toList();
        if (people.size() < 2) {
            return;
        }
        List<NameParts> names = people.stream().map(e -> NameParts.of(e.name)).toList();
        // only names that end in the same word can be one person's: each is compared with those, not with all, and
        // with the first MAX_NAMES_ALIKE of them (a text naming hundreds of Smiths is no article: no blow-up)
        Map<String, List<Integer>> byLastWord = new HashMap<>();
        for (int k = 0; k < names.size(); k++) {
            List<String> words = names.get(k).words();
            List<Integer> alike = byLastWord.computeIfAbsent(words.get(words.size() - 1), w -> new ArrayList<>());
            if (alike.size() < MAX_NAMES_ALIKE) {
                alike.add(k);
            }
        }
        Set<Entity> merged = new HashSet<>();
        for (int a = 0; a < people.size(); a++) {
            Entity first = people.get(a);
            if (merged.contains(first)) {
                continue;
            }
            List<String> words = names.get(a).words();
            for (int b : byLastWord.get(words.get(words.size() - 1))) {
                if (b <= a) {
                    continue;
                }
                Entity other = people.get(b);
                if (!merged.contains(other) && names.get(a).sameAs(names.get(b))) {
                    first.evidence.addAll(other.evidence);
                    first.role = first.role != null ? first.role : other.role;
                    merged.add(other);
                }
            }
        }
        entities.values().removeAll(merged);
    }

    /** A person's name in small letters, without full stops, and its suffix ("jr", "iii") apart, or "". */
    private record NameParts(List<String> words, String suffix) {

        static NameParts of(String name) {
            List<String> words = new ArrayList<>();
            for (String w : name.toLowerCase(Locale.ROOT).split(" ")) {
                words.add(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
            }
            boolean suffixed = words.size() > 2 && NAME_SUFFIXES.contains(words.get(words.size() - 1));
            return new NameParts(words, suffixed ? words.remove(words.size() - 1) : "");
        }

        /**
         * @return true when the two are one person's name: see {@link #mergeNamesWrittenTwoWays}; a name with a suffix
         *         and the same name without one may be father and son ("Robert Halmi Jr", "Robert Halmi"): two
         */
        boolean sameAs(NameParts other) {
            List<String> x = words;
            List<String> y = other.words;
            if (x.size() < 2 || y.size() < 2 || !x.get(x.size() - 1).equals(y.get(y.size() - 1))
                    || !suffix.equals(other.suffix) && (!suffix.isEmpty() && !other.suffix.isEmpty() || x.equals(y))
                    || !sameGivenName(x.get(0), y.get(0), true)) {
                return false;
            }
            List<String> xMiddle = x.subList(1, x.size() - 1);
            List<String> yMiddle = y.subList(1, y.size() - 1);
            if (xMiddle.isEmpty() || yMiddle.isEmpty()) {
                return true;
            }
            if (xMiddle.size() != yMiddle.size()) {
                return false;
            }
            for (int k = 0; k < xMiddle.size(); k++) {
                if (!sameGivenName(xMiddle.get(k), yMiddle.get(k), false)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** @return true for the same name, an initial of the other, or (when {@code shortForm}) "Pat" for "Patrick" */
    private static boolean sameGivenName(String a, String b, boolean shortForm) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        return a.equals(b) || shorter.length() == 1 && longer.charAt(0) == shorter.charAt(0)
                || shortForm && shorter.length() >= 3 && shorter.length() <= 4 && longer.startsWith(shorter);
    }

    /**
     * "Acme Widgets Inc said ... Acme Widgets said": a name taken for a person's by a cue alone (no role, its first
     * word no given or family name) that starts the name of an organisation the article names is that organisation
     * written short ("Pacific Gas" of "Pacific Gas and Electric Co", "First City" of "First City Bancorporation").
     */
    private void companiesWrittenShort(Map<String, Entity> entities) {
        List<Entity> organisations = entities.values().stream()
                .filter(e -> e.type.equals(EntityMention.ORGANIZATION)).toList();
        if (organisations.isEmpty()) {
            return;
        }
        for (Iterator<Entity> it = entities.values().iterator(); it.hasNext(); ) {
            Entity e = it.next();
            if (!e.type.equals(EntityMention.PERSON) || e.role != null) {
                continue;
            }
            String name = key(e.name);
            String first = name.split(" ")[0];
            if (lexicon.givenNames.contains(first) || lexicon.familyNames.contains(first)) {
                continue;
            }
            for (Entity o : organisations) {
                if (key(o.name).startsWith(name + " ")) {
                    o.evidence.addAll(e.evidence);
                    it.remove();
                    break;
                }
            }
        }
    }

    /**
     * "Christian Lindner resigned ... Lindner said": a run of two words without a role or cue whose first word is a
     * given name that is also a word or a brand ({@code word-like-given-names}: Christian, Jordan, Grace, Will) is a
     * person when its last word also stands alone in the article as a person does, before a reporting verb or after
     * an honorific ("Lindner said", "Ms Meng"). Likewise a run of two or three words that starts with a family name
     * written first that is also a place's or a firm's first word ({@code word-like-family-names}: Park, Moon) is a
     * person when its given name is hyphenated ("Park Chan-wook") or two short syllables ("Park Dong Woo"), or the
     * family name stands alone so ("Park Ji ... Park said"), not "Park Avenue" or "Park Hyatt".
     */
    private void namesByTheirSurnames(List<Found> found, Map<String, Entity> entities, String[] texts,
                                      List<List<Token>> singles) {
        boolean candidates = false;
        for (Found x : found) {
            String first = x.type().equals(MAYBE_PERSON) ? key(x.name()).split(" ")[0] : "";
            candidates |= lexicon.wordLikeGivenNames.contains(first) || lexicon.wordLikeFamilyNames.contains(first);
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
                boolean cueAfter = k >= 0 && k + 1 < tokens.size() && lexicon.personCues.contains(tokens.get(k + 1).norm());
                boolean honorificBefore = k > 0 && lexicon.honorifics.contains(tokens.get(k - 1).norm());
                if (cueAfter || honorificBefore) {
                    speaking.add(t.norm());
                }
            }
        }
        for (Found x : found) {
            if (!x.type().equals(MAYBE_PERSON)) {
                continue;
            }
            String[] words = key(x.name()).split(" ");
            boolean byGivenName = words.length == 2 && lexicon.wordLikeGivenNames.contains(words[0])
                    && words[1].length() > 1 && speaking.contains(words[1]) && people.surnameLike(words[1]); // "Will I"
            String[] written = x.name().split(" ");
            boolean byFamilyName = written.length >= 2 && written.length <= 3
                    && lexicon.wordLikeFamilyNames.contains(words[0])
                    && (written[1].indexOf('-') > 0 || syllables(written)
                    || speaking.contains(words[0]) && Arrays.stream(words).skip(1).allMatch(people::surnameLike));
            if (byGivenName || byFamilyName) {
                entities.computeIfAbsent(EntityMention.PERSON + "|" + key(x.name()),
                        k -> new Entity(EntityMention.PERSON, x.name())).evidence.add(x.evidence());
            }
        }
    }

    /** What stands between two names of one list: a comma, "and" or "&" ("A, B, and C", "A & B"). */
    private static final Pattern LIST_SEPARATOR = Pattern.compile(",\\s*|,?\\s+and\\s+|\\s*&\\s*");

    /**
     * "Eric Robinson and Boone Jenner also scored", "Katie Couric, George Stephanopoulos, and Chelsea Handler": a run
     * of two or three words without a role or cue is a person when it is listed with people, in a list of names
     * joined by commas and ending in "and" or "&" whose other names are all people's, at least one of them found so
     * by its own words, and its words are written as a name is ({@link #writtenAsListedName}). A list with an
     * organisation in it ("Jane Doe and Goldman Sachs") says nothing.
     */
    private void namesListedWithPeople(List<Found> found, Map<String, Entity> entities, String[] texts,
                                       SmallLetterPhrases[] inSmallLetters) {
        int from = 0;
        while (from < found.size()) {
            int to = from + 1;
            boolean and = false;
            while (to < found.size()) {
                String separator = between(found.get(to - 1), found.get(to), texts);
                if (separator == null || !LIST_SEPARATOR.matcher(separator).matches()) {
                    break;
                }
                and |= !separator.trim().equals(",");
                to++;
            }
            // "for Eastern Michigan and Arthur Jackson caught": after a preposition, the first name may end a clause
            int first = from + 1 < to && afterPreposition(found.get(from), texts) ? from + 1 : from;
            if (and && to - first >= 2) {
                promoteListed(found.subList(first, to), entities, inSmallLetters);
            }
            from = to;
        }
    }

    /**
     * @return true when two or three words are written as a person's name is, and as nothing else: each a capital
     *         and three or more letters in small letters ("Boone", not "AB", "J." or "De"), none a word the text also
     *         writes in small letters ("Plymouth Shops" where the text writes "shops"), a role ("British Chancellor", "Sens."),
     *         a word never in a name or a suffix ("Dixon III"), and not a place's first word ("Eastern Michigan")
     */
    private boolean writtenAsListedName(String name, SmallLetterPhrases inSmallLetters) {
        List<Token> words = TextTokenizer.tokenizeApart(name);
        if (words.size() < 2 || words.size() > 3 || PersonNames.NOT_BEFORE_A_NAME.contains(words.get(0).norm())) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            Token w = words.get(k);
            String surface = w.surface();
            if (surface.length() < 3 || !Character.isUpperCase(surface.charAt(0))
                    || !surface.substring(1).chars().allMatch(c -> Character.isLowerCase(c) || c == '-' || c == '\''
                    || c == '’' || Character.isUpperCase(c) && surface.charAt(0) == 'M') // "McDonald", "MacLeod"
                    || !people.surnameLike(w.norm()) || NAME_SUFFIXES.contains(w.norm())
                    || lexicon.shortRoles.contains(w.norm().replaceFirst("s$", ""))
                    || lexicon.roleAt(words, k, words.size()) != null || inSmallLetters.hasEveryWord(w.norm())) {
                return false;
            }
        }
        return true;
    }

    /** A preposition that ends right before a name. */
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile(
            "(?:^|\\s)(?:in|at|from|for|of|with|by|to|on|into|against|over|under)\\s+$");

    /** @return true when a preposition stands right before the name found */
    private static boolean afterPreposition(Found x, String[] texts) {
        String text = texts[x.evidence().field().equals("title") ? 0 : 1];
        int start = x.evidence().start();
        return PREPOSITION_BEFORE.matcher(text.substring(Math.max(0, start - 12), start)).find();
    }

    /** @return the text between two names found in one field, or null when they are in different fields */
    private static String between(Found a, Found b, String[] texts) {
        if (!a.evidence().field().equals(b.evidence().field()) || a.evidence().end() > b.evidence().start()) {
            return null;
        }
        return texts[a.evidence().field().equals("title") ? 0 : 1].substring(a.evidence().end(), b.evidence().start());
    }

    /** Makes people of the list's runs without a role or cue, when all its other names are people's. */
    private void promoteListed(List<Found> list, Map<String, Entity> entities, SmallLetterPhrases[] inSmallLetters) {
        boolean person = false;
        for (Found x : list) {
            if (x.type().equals(EntityMention.PERSON)) {
                person = true;
            } else if (!x.type().equals(MAYBE_PERSON) || !writtenAsListedName(x.name(),
                    inSmallLetters[x.evidence().field().equals("title") ? 0 : 1])) {
                return;
            }
        }
        if (!person) {
            return;
        }
        for (Found x : list) {
            String xKey = EntityMention.PERSON + "|" + key(x.name());
            if (x.type().equals(MAYBE_PERSON) && !entities.containsKey(xKey)) {
                entities.put(xKey, new Entity(EntityMention.PERSON, x.name()));
                entities.get(xKey).evidence.add(x.evidence());
            }
        }
    }

    /**
     * @return true when the name is a family name and a given name of two syllables written apart, each of at most
     *         four letters and neither a place word nor one never in a name: "Park Dong Woo", not "Park Hyatt Hotels"
     */
    private boolean syllables(String[] written) {
        return written.length == 3 && Arrays.stream(written).skip(1).allMatch(w -> w.length() <= 4
                && w.chars().allMatch(Character::isLetter) && people.surnameLike(key(w)));
    }

    /**
     * Adds the organisations the words around them name so ({@link NameRuns#ORGANISATION_BY_CONTEXT}: "a Boeing
     * spokesman", "strategist at Miller Tabak", "the journal Nature Astronomy"), with the article's other mentions of a
     * one-word one ("Boeing said"). Not so a name with a word of a person the article names ("Trump
     * spokesman Hogan Gidley" after "Donald Trump"), and not one word that is a given or family name, a word of the
     * lexicon's (an organisation's head or first word, a place word, a word never a name: "the Ministry spokesman"),
     * one letter, or, unless written in capitals, written once ("Presidential spokesman", "a Socialist spokesman").
     * An abbreviation written in brackets after an organisation's name is that organisation ("the Bahrain Monetary
     * Agency (BMA) ... a BMA spokesman").
     */
    private void organisationsByContext(List<Found> found, Map<String, Entity> entities, String[] fields,
                                        String[] texts, List<List<Token>> singles) {
        Map<String, List<Evidence>> mentions = new LinkedHashMap<>();
        Map<String, String> written = new HashMap<>();
        for (Found x : found) {
            if (x.type().equals(ORGANISATION_BY_CONTEXT)) {
                String name = key(x.name());
                mentions.computeIfAbsent(name, k -> new ArrayList<>()).add(x.evidence());
                written.putIfAbsent(name, x.name());
            }
        }
        if (mentions.isEmpty()) {
            return; // most articles
        }
        Set<String> personWords = new HashSet<>();
        for (Entity e : entities.values()) {
            if (e.type.equals(EntityMention.PERSON)) {
                personWords.addAll(List.of(key(e.name).split(" ")));
            }
        }
        for (int f = 0; f < 2; f++) {
            for (Token t : singles.get(f)) {
                List<Evidence> list = mentions.get(t.norm());
                Evidence mention = list == null ? null : new Evidence(fields[f], t.surface(), t.start(), t.end());
                if (mention != null && !list.contains(mention)) {
                    list.add(mention);
                }
            }
        }
        for (Map.Entry<String, List<Evidence>> m : mentions.entrySet()) {
            String name = m.getKey();
            boolean oneWord = name.indexOf(' ') < 0;
            boolean capitals = written.get(name).equals(written.get(name).toUpperCase(Locale.ROOT));
            if (List.of(name.split(" ")).stream().anyMatch(personWords::contains) || oneWord
                    && (!lexicon.bodyName(name) || KINDS_OF_BODY.contains(name) || name.length() < 2
                    || m.getValue().size() < 2 && !capitals)) {
                continue;
            }
            Entity named = null;
            for (Evidence v : m.getValue()) {
                named = named != null ? named : bracketedAfter(v, entities, texts);
            }
            Entity e = named != null ? named : entities.computeIfAbsent(EntityMention.ORGANIZATION + "|" + name,
                    k -> new Entity(EntityMention.ORGANIZATION, written.get(name)));
            for (Evidence v : m.getValue()) {
                if (!e.evidence.contains(v)) {
                    e.evidence.add(v);
                }
            }
        }
    }

    /** @return the organisation whose name the mention follows in brackets ("Agency (BMA)"), or null */
    private static Entity bracketedAfter(Evidence mention, Map<String, Entity> entities, String[] texts) {
        String text = texts[mention.field().equals("title") ? 0 : 1];
        if (!text.startsWith(")", mention.end())) {
            return null;
        }
        for (Entity e : entities.values()) {
            if (!e.type.equals(EntityMention.ORGANIZATION)) {
                continue;
            }
            for (Evidence before : e.evidence) {
                if (inBracketsAfter(text, before, mention)) {
                    return e;
                }
            }
        }
        return null;
    }

    /** Words that name a kind of body, not one: "a Government spokesman", "the Cabinet spokesman". */
    private static final Set<String> KINDS_OF_BODY = Set.of("government", "administration", "cabinet", "presidential",
            "local", "federal", "state", "city", "palace");

    /**
     * @return true when {@code e} is written in brackets right after {@code before} in the same field, nothing but
     *         white space and the bracket between them ("European Union (EU)")
     */
    private static boolean inBracketsAfter(String text, Evidence before, Evidence e) {
        if (!before.field().equals(e.field()) || before.end() > e.start() || !text.startsWith(")", e.end())) {
            return false;
        }
        int brackets = 0;
        for (int c = before.end(); c < e.start(); c++) {
            char ch = text.charAt(c);
            if (ch == '(') {
                brackets++;
            } else if (!Character.isWhitespace(ch)) {
                return false;
            }
        }
        return brackets == 1;
    }

    /**
     * Drops the organisations found only in the body's headings whose capitals say nothing ({@link
     * #capitalsSayNothing}: "Tips for Buying Homeowners Insurance", "Additional Resources"), unless known by name,
     * found in the body's sentences too, or named with an institution's word ({@link #namesAnInstitution}) after
     * words of their own: not "Flatbread Party", "Coolant Fluid Exchange", "Cons About Travel Guard", whose other words
     * the text also writes in small letters.
     */
    private void withoutHeadingOrganisations(String body, List<Found> inBody, SmallLetterPhrases inSmallLetters) {
        Map<Integer, Boolean> headingAt = new HashMap<>();
        Set<String> inSentences = new HashSet<>();
        List<Found> inHeadings = new ArrayList<>();
        List<Found> inOrder = new ArrayList<>(inBody);
        inOrder.sort(Comparator.comparingInt(x -> x.evidence().start()));
        // the last blank line before each name, looked for forwards once (a text of ten thousand names and no blank
        // line was read back to its start for each)
        int blank = -1;
        int next = body.indexOf("\n\n");
        for (Found x : inOrder) {
            if (!x.type().equals(EntityMention.ORGANIZATION)) {
                continue;
            }
            while (next >= 0 && next <= x.evidence().start()) {
                blank = next;
                next = body.indexOf("\n\n", next + 1);
            }
            int start = blank < 0 ? 0 : blank + 2;
            if (headingAt.computeIfAbsent(start, k -> isPlainHeading(body, k))) {
                inHeadings.add(x);
            } else {
                inSentences.add(key(x.name()));
            }
        }
        inHeadings.removeIf(x -> lexicon.orgs.contains(key(x.name())) || inSentences.contains(key(x.name()))
                || namesAnInstitution(x.name()) && !commonWordsBesideInstitution(x.name(), inSmallLetters));
        inBody.removeAll(new HashSet<>(inHeadings));
    }

    /**
     * @return true when the organisation found is a list item's label: several words that start a line and end at a
     *         colon ("Skill Development: Consistency is crucial ...", "Set Specific Times: Dedicate ..."), each of its
     *         words also written in small letters in the text; not a known name, or one with an institution's or a
     *         firm's word ("Contain LLC: ...")
     */
    private boolean listLabel(String body, SmallLetterPhrases inSmallLetters, Found x) {
        Evidence at = x.evidence();
        if (!x.type().equals(EntityMention.ORGANIZATION) || !body.startsWith(":", at.end())
                || at.text().indexOf(' ') < 0 || lexicon.orgs.contains(key(x.name())) || namesAnInstitution(x.name())) {
            return false;
        }
        int k = at.start() - 1;
        while (k >= 0 && (body.charAt(k) == ' ' || body.charAt(k) == '\t' || "-*•–—".indexOf(body.charAt(k)) >= 0)) {
            k--; // a list's bullet
        }
        if (k >= 0 && body.charAt(k) != '\n') {
            return false;
        }
        return inSmallLetters.hasEveryWord(at.text()); // not "Cato Networks: Deployed ...": a vendor, no common word
    }


    /**
     * @return true when a word of the name is one of an institution or a firm ({@code [institution-words]}: "Columbia
     *         Business School", "Chubb INA Group"), not only a trade's ("Best Tax Software")
     */
    private boolean namesAnInstitution(String name) {
        for (Token t : TextTokenizer.tokenizeApart(name)) {
            if (lexicon.institutionWords.contains(t.norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return true when the text writes in small letters each word of the name that is not an institution's word
     *         ("flatbread" of "Flatbread Party"); false when there is no such word
     */
    private boolean commonWordsBesideInstitution(String name, SmallLetterPhrases inSmallLetters) {
        return inSmallLetters.hasEveryWordBut(name, lexicon.institutionWords);
    }

    /** Longest line of the body read as a heading. */
    private static final int HEADING_CHARS = 120;

    /**
     * @return true when the paragraph at {@code start} (paragraphs are set apart by a blank line, as the extractor
     *         writes them) is one short line that ends no sentence and whose capitals say nothing
     */
    private static boolean isPlainHeading(String body, int start) {
        int end = body.indexOf("\n\n", start);
        String line = body.substring(start, end < 0 ? body.length() : end).strip();
        // (a line set off by a dash names who wrote what is quoted above it: "— The Nigerian Senate (@NGRSenate)")
        if (line.isEmpty() || line.length() > HEADING_CHARS || line.indexOf('\n') >= 0
                || ".!?;\"”".indexOf(line.charAt(line.length() - 1)) >= 0 || "—–-".indexOf(line.charAt(0)) >= 0) {
            return false;
        }
        return capitalsSayNothing(TextTokenizer.tokenizeApart(line));
    }

    /**
     * @return true when the title's capitals tell no name from another word: most of its longer words are
     *         capitalised ("Japanese Foreign Minister Visits China", "PRESIDENT MAKES FIRST USE OF NEW VETO")
     */
    private static boolean capitalsSayNothing(String title) {
        return capitalsSayNothing(TextTokenizer.tokenize(title));
    }

    private static boolean capitalsSayNothing(List<Token> tokens) {
        int longer = 0;
        int capitalised = 0;
        int letters = 0;
        int upper = 0;
        for (Token t : tokens) {
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
                        lexicon.orgs.contains(name) ? EntityMention.ORGANIZATION : null);
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
}
