package news.analysis.entity;

import static news.analysis.entity.EntityLexicon.key;
import static news.analysis.entity.NameRuns.MAYBE_PERSON;
import static news.analysis.entity.NameRuns.ORGANISATION_BY_CONTEXT;
import static news.analysis.entity.NameWords.NAME_SUFFIXES;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.analysis.entity.NameRuns.Found;
import news.analysis.theme.TextTokenizer;
import news.analysis.theme.TextTokenizer.Token;
import news.events.EntityMention;
import news.events.Evidence;

/**
 * Names that the rest of the article tells: a name found by a cue alone that starts an organisation's name is that
 * organisation written short; a two-word name is a person's when its family name stands alone as a person's does
 * elsewhere, or when it is listed with people; a word before "spokesman" or after "at" is an organisation's when the
 * article names it so more than once; an abbreviation in brackets after an organisation's name is that organisation.
 */
final class NamesByContext {

    private final EntityLexicon lexicon;
    private final PersonNames people;

    NamesByContext(EntityLexicon lexicon, PersonNames people) {
        this.lexicon = lexicon;
        this.people = people;
    }

    /**
     * "Acme Widgets Inc said ... Acme Widgets said": a name taken for a person's by a cue alone (no role, its first
     * word no given or family name) that starts the name of an organisation the article names is that organisation
     * written short ("Pacific Gas" of "Pacific Gas and Electric Co", "First City" of "First City Bancorporation").
     */
    void companiesWrittenShort(Map<String, ArticleEntity> entities) {
        List<ArticleEntity> organisations = entities.values().stream()
                .filter(e -> e.type.equals(EntityMention.ORGANIZATION)).toList();
        if (organisations.isEmpty()) {
            return;
        }
        for (Iterator<ArticleEntity> it = entities.values().iterator(); it.hasNext(); ) {
            ArticleEntity e = it.next();
            if (!e.type.equals(EntityMention.PERSON) || e.role != null) {
                continue;
            }
            String name = key(e.name);
            String first = name.split(" ")[0];
            if (lexicon.givenNames.contains(first) || lexicon.familyNames.contains(first)) {
                continue;
            }
            for (ArticleEntity o : organisations) {
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
    void namesByTheirSurnames(List<Found> found, Map<String, ArticleEntity> entities, String[] texts,
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
                boolean cueAfter = k >= 0 && k + 1 < tokens.size()
                        && lexicon.personCues.contains(tokens.get(k + 1).norm());
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
                        k -> new ArticleEntity(EntityMention.PERSON, x.name())).evidence.add(x.evidence());
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
    void namesListedWithPeople(List<Found> found, Map<String, ArticleEntity> entities, String[] texts,
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
     *         writes in small letters ("Plymouth Shops" where the text writes "shops"), a role ("British Chancellor",
     *         "Sens."), a word never in a name or a suffix ("Dixon III"), and not a place's first word ("Eastern
     *         Michigan")
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
    private void promoteListed(List<Found> list, Map<String, ArticleEntity> entities,
                               SmallLetterPhrases[] inSmallLetters) {
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
                entities.put(xKey, new ArticleEntity(EntityMention.PERSON, x.name()));
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
    void organisationsByContext(List<Found> found, Map<String, ArticleEntity> entities, String[] fields,
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
        for (ArticleEntity e : entities.values()) {
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
            ArticleEntity named = null;
            for (Evidence v : m.getValue()) {
                named = named != null ? named : bracketedAfter(v, entities, texts);
            }
            ArticleEntity e = named != null ? named : entities.computeIfAbsent(EntityMention.ORGANIZATION + "|" + name,
                    k -> new ArticleEntity(EntityMention.ORGANIZATION, written.get(name)));
            for (Evidence v : m.getValue()) {
                if (!e.evidence.contains(v)) {
                    e.evidence.add(v);
                }
            }
        }
    }

    /**
     * A kind of organisation ({@link #KINDS_OF_ORGANISATION}) and "such as", "including" or "like" ({@link
     * #LIST_CUES}) before a list of names: "clients including Ford,
     * Macy's and NBC", "insurers like Elevance Health, Centene and Cigna". Not products or places ("platforms like
     * Steam", "partners including Japan": the kinds are bodies that act, and a country named is no organisation).
     */
    private static final Set<String> KINDS_OF_ORGANISATION = Set.of("companies", "brands", "firms", "clients",
            "retailers", "banks", "lenders", "carriers", "airlines", "automakers", "carmakers", "insurers",
            "publishers", "newspapers", "broadcasters", "sponsors", "customers", "rivals", "competitors", "manufacturers", "makers",
            "suppliers", "vendors", "startups", "start-ups", "chains", "agencies", "organisations", "organizations",
            "charities", "universities", "studios");
    /** The words between the kind and its list. */
    private static final List<String> LIST_CUES = List.of(" such as ", " including ", " like ");
    /** One name of such a list: capitalised words, "of", "de" or "&" between them ("Bank of America", "AT&T"). */
    private static final String LISTED_WORD = "(?:[\\p{L}\\p{N}&'’-]|\\.(?=\\S)|(?<=\\b\\p{Lu})\\.)*";
    private static final Pattern LISTED_NAME = Pattern.compile("\\p{Lu}" + LISTED_WORD
            + "(?: (?:(?:of|de|&) )?[\\p{Lu}\\p{N}]" + LISTED_WORD + "){0,4}");
    /** What stands between two names of the list; "and" before the last. */
    private static final Pattern LISTED_SEPARATOR = Pattern.compile(",? and (?=\\p{Lu})|, (?=\\p{Lu})");
    /** A possessive inside a listed name ends it: "Microsoft's Seattle campus" names Microsoft ("Macy's" stays). */
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s ");

    /**
     * Adds the organisations that a list names after their kind ({@link #listsAfterTheirKind}), with the article's
     * other mentions of a one-word one ("Centene said"); not a name that is a person's or lies where a country is
     * named.
     */
    void organisationsListedAfterTheirKind(Map<String, ArticleEntity> entities, String[] fields, String[] texts,
                                           List<List<Token>> singles, List<List<int[]>> countrySpans) {
        Map<String, ArticleEntity> listed = new HashMap<>();
        for (int f = 0; f < 2; f++) {
            String text = texts[f];
            for (int listStart : listsAfterTheirKind(text)) {
                int at = listStart;
                Matcher name = LISTED_NAME.matcher(text);
                Matcher separator = LISTED_SEPARATOR.matcher(text);
                boolean last = false;
                while (name.region(at, text.length()).lookingAt()) {
                    String written = writtenName(name.group());
                    int start = name.start();
                    int end = start + written.length();
                    String nameKey = key(written);
                    boolean whole = last || separator.region(name.end(), text.length()).lookingAt()
                            || name.end() == text.length() || ".,;:)!?".indexOf(text.charAt(name.end())) >= 0;
                    // (not "Rent" of "Rent the Runway", "General" of "General Electric Co <GE.N>": a name cut short;
                    // the last name, after "and", may be followed by the clause's verb)
                    if (whole && !nameKey.isEmpty() && organisationLike(nameKey)
                            && !overlapsAny(start, end, countrySpans.get(f))
                            && !entities.containsKey(EntityMention.PERSON + "|" + nameKey)) {
                        ArticleEntity e = entities.computeIfAbsent(EntityMention.ORGANIZATION + "|" + nameKey,
                                k -> new ArticleEntity(EntityMention.ORGANIZATION, written));
                        Evidence mention = new Evidence(fields[f], written, start, end);
                        if (!e.evidence.contains(mention)) {
                            e.evidence.add(mention);
                        }
                        listed.put(nameKey, e);
                    }
                    if (last || end < name.end() || !separator.region(name.end(), text.length()).lookingAt()) {
                        break;
                    }
                    last = separator.group().contains("and");
                    at = separator.end();
                }
            }
        }
        for (int f = 0; f < 2 && !listed.isEmpty(); f++) {
            for (Token t : singles.get(f)) {
                ArticleEntity e = listed.get(t.norm());
                Evidence mention = e == null ? null : new Evidence(fields[f], t.surface(), t.start(), t.end());
                if (mention != null && !e.evidence.contains(mention)) {
                    e.evidence.add(mention);
                }
            }
        }
    }

    /**
     * @return where the lists named after their kind begin: a kind of organisation, maybe a comma, and one of the
     *         cues ("companies such as ", "Insurers, including "); looked for by the cues' words, not by an expression
     *         tried at every character of the text
     */
    private static List<Integer> listsAfterTheirKind(String text) {
        List<Integer> starts = new ArrayList<>();
        for (String cue : LIST_CUES) {
            for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
                int end = at > 0 && text.charAt(at - 1) == ',' ? at - 1 : at;
                int start = end;
                while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
                    start--;
                }
                String kind = text.substring(start, end).toLowerCase(Locale.ROOT);
                if (end - start >= 5 && KINDS_OF_ORGANISATION.contains(kind)) {
                    starts.add(at + cue.length());
                }
            }
        }
        Collections.sort(starts);
        return starts;
    }

    /** @return a listed name without a possessive inside and what follows it, or a full stop that ends it */
    private static String writtenName(String listed) {
        Matcher possessive = POSSESSIVE.matcher(listed);
        String written = possessive.find() ? listed.substring(0, possessive.start()) : listed;
        return written.endsWith(".") ? written.substring(0, written.length() - 1) : written;
    }

    /**
     * @return true when a listed name may be an organisation's: not one word that is a given or family name, an
     *         organisation's head or first word, a place word or a word never a name ("Inc", "State", "General"), and
     *         not a given name and a surname ("Nahum Vaskevitch")
     */
    private boolean organisationLike(String nameKey) {
        String[] words = nameKey.split(" ");
        if (words.length == 1) {
            return lexicon.bodyName(words[0]);
        }
        return !(words.length == 2 && lexicon.givenNames.contains(words[0]) && people.surnameLike(words[1])
                && !lexicon.orgHeads.contains(words[1]));
    }

    /** @return true when {@code [start, end)} and one of the spans share a character */
    private static boolean overlapsAny(int start, int end, List<int[]> spans) {
        for (int[] span : spans) {
            if (start < span[1] && span[0] < end) {
                return true;
            }
        }
        return false;
    }

    /** @return the organisation whose name the mention follows in brackets ("Agency (BMA)"), or null */
    private static ArticleEntity bracketedAfter(Evidence mention, Map<String, ArticleEntity> entities, String[] texts) {
        String text = texts[mention.field().equals("title") ? 0 : 1];
        if (!text.startsWith(")", mention.end())) {
            return null;
        }
        for (ArticleEntity e : entities.values()) {
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
    static boolean inBracketsAfter(String text, Evidence before, Evidence e) {
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
}
