package news.analysis.entity;

import static news.analysis.entity.EntityLexicon.key;
import static news.analysis.entity.NameRuns.MAYBE_PERSON;
import static news.analysis.entity.NameWords.NAME_SUFFIXES;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
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
 * Names that a list tells: a two- or three-word name with nothing around it is a person's when it is listed with
 * people ("Eric Robinson and Boone Jenner also scored"), and the names listed after a kind of organisation are
 * organisations ("clients including Ford, Macy's and NBC").
 */
final class ListedNames {

    private final EntityLexicon lexicon;
    private final PersonNames people;

    ListedNames(EntityLexicon lexicon, PersonNames people) {
        this.lexicon = lexicon;
        this.people = people;
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
     * @return true when two or three words are written as a person's name is, and as nothing else: each written as
     *         a name ({@link NameWords#writtenAsName}), three letters or more and no full stop ("Boone", not "AB", "J."
     *         or "De"), none a word the text also writes in small letters ("Plymouth Shops" where the text writes
     *         "shops"), a role ("British Chancellor", "Sens."), a word never in a name or a suffix ("Dixon III"), and
     *         not a place's first word ("Eastern Michigan")
     */
    private boolean writtenAsListedName(String name, SmallLetterPhrases inSmallLetters) {
        List<Token> words = TextTokenizer.tokenizeApart(name);
        if (words.size() < 2 || words.size() > 3 || PersonNames.NOT_BEFORE_A_NAME.contains(words.get(0).norm())) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            Token w = words.get(k);
            String surface = w.surface();
            if (surface.length() < 3 || surface.indexOf('.') >= 0 || !NameWords.writtenAsName(surface)
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
                    inSmallLetters[x.evidence().field().equals("title") ? 0 : 1])
                    || entities.containsKey(EntityMention.ORGANIZATION + "|" + key(x.name()))) {
                return; // (a name listed after a kind of organisation is one: "lenders such as Acme Credit and ...")
            }
        }
        if (!person) {
            return;
        }
        for (Found x : list) {
            String xKey = EntityMention.PERSON + "|" + key(x.name());
            if (x.type().equals(MAYBE_PERSON) && !entities.containsKey(xKey)) {
                ArticleEntity listed = new ArticleEntity(EntityMention.PERSON, x.name());
                listed.evidence.add(x.evidence());
                entities.put(xKey, listed);
            }
        }
    }

    /**
     * A kind of organisation and "such as", "including" or "like" ({@link #LIST_CUES}) before a list of names:
     * "clients including Ford, Macy's and NBC", "insurers like Elevance Health, Centene and Cigna". Not products or
     * places ("platforms like Steam", "partners including Japan": the kinds are bodies that act, and a country named
     * is no organisation).
     */
    private static final Set<String> KINDS_OF_ORGANISATION = Set.of("companies", "brands", "firms", "clients",
            "retailers", "banks", "lenders", "carriers", "airlines", "automakers", "carmakers", "insurers",
            "publishers", "newspapers", "broadcasters", "sponsors", "customers", "rivals", "competitors",
            "manufacturers", "makers", "suppliers", "vendors", "startups", "start-ups", "chains", "agencies",
            "organisations", "organizations", "charities", "universities", "studios");

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
        Map<String, List<Evidence>> listed = new HashMap<>(); // each listed name's mentions, by its normal form
        Map<ArticleEntity, Set<Evidence>> known = new HashMap<>(); // the mentions of each, for a quick look-up
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
                            && !EntityDetector.overlaps(start, end, countrySpans.get(f))
                            && !entities.containsKey(EntityMention.PERSON + "|" + nameKey)) {
                        ArticleEntity e = entities.computeIfAbsent(EntityMention.ORGANIZATION + "|" + nameKey,
                                k -> new ArticleEntity(EntityMention.ORGANIZATION, written));
                        Evidence mention = new Evidence(fields[f], written, start, end);
                        if (known.computeIfAbsent(e, k -> new HashSet<>(k.evidence)).add(mention)) {
                            e.evidence.add(mention); // (looked up in a set: a list may name one firm thousands of times)
                        }
                        listed.put(nameKey, e.evidence);
                    }
                    if (last || end < name.end() || !separator.region(name.end(), text.length()).lookingAt()) {
                        break;
                    }
                    last = separator.group().contains("and");
                    at = separator.end();
                }
            }
        }
        NamesByContext.addLoneMentions(listed, fields, singles);
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
     *         organisation's head or first word, a place word or a word never a name ("Inc", "Group"), and not a known
     *         given name and a surname ("Mary Smith")
     */
    private boolean organisationLike(String nameKey) {
        String[] words = nameKey.split(" ");
        if (words.length == 1) {
            return lexicon.bodyName(words[0]);
        }
        return !(words.length == 2 && lexicon.givenNames.contains(words[0]) && people.surnameLike(words[1])
                && !lexicon.orgHeads.contains(words[1]));
    }
}
