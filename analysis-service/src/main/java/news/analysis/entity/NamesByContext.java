package news.analysis.entity;

import static news.analysis.entity.EntityLexicon.key;
import static news.analysis.entity.NameRuns.MAYBE_PERSON;
import static news.analysis.entity.NameRuns.ORGANISATION_BY_CONTEXT;
import static news.analysis.entity.NameRuns.WORKPLACE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
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
 * Names that the rest of the article tells: a name found by a cue alone that starts an organisation's name is that
 * organisation written short; a two-word name is a person's when its family name stands alone as a person's does
 * elsewhere; a word before "spokesman" or after "at" is an organisation's when the article names it so more than
 * once; an abbreviation in brackets after an organisation's name is that organisation, and so is a name in capitals
 * that spells its initials. Names in lists are read by {@link ListedNames}.
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
            if (lexicon.startsPersonName(first)) {
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
     * "SoftBank Group Corp ... SoftBank said": a company the article also names by its name alone, without the words
     * that end a company's name (its legal form, and "Group" or "Holdings"), is one organisation under its fuller
     * name ("Berkshire Hathaway" of "Berkshire Hathaway Group", "Tracor" of "Tracor Inc"). Other words make another
     * name: "Liberty Mutual Insurance" is not "Liberty Mutual".
     */
    void companiesNamedWithoutTheirForm(Map<String, ArticleEntity> entities) {
        Map<String, ArticleEntity> byName = new HashMap<>();
        for (ArticleEntity e : entities.values()) {
            if (e.type.equals(EntityMention.ORGANIZATION)) {
                byName.putIfAbsent(key(e.name), e);
            }
        }
        // (a name without a company's ending is merged away, and merges none itself: no chains)
        Set<ArticleEntity> mergedAway = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ArticleEntity e : entities.values()) {
            if (!e.type.equals(EntityMention.ORGANIZATION)) {
                continue;
            }
            String name = key(e.name);
            String base = LegalForms.companyName(name);
            ArticleEntity alone = base.equals(name) ? null : byName.get(base);
            if (alone != null && alone != e && mergedAway.add(alone)) {
                e.evidence.addAll(alone.evidence);
            }
        }
        entities.values().removeIf(mergedAway::contains);
    }

    /**
     * "The International Monetary Fund cut its forecast ... the IMF said": a name in capitals of two to six letters
     * that spells the initials of the capitalised words of one organisation the article names in full is that
     * organisation written short ("SEC" of "Securities and Exchange Commission", "OECD" of "Organisation for Economic
     * Co-operation and Development"), also when a country written short stands first in the full name ("SEC" of
     * "U.S. Securities and Exchange Commission") or a company's legal form last ("GE" of "General Electric Co"). Two
     * organisations of the same initials leave it alone ("Hewlett Packard" and "Hewlett Packard Co" are one).
     */
    void organisationsByTheirInitials(Map<String, ArticleEntity> entities) {
        for (Iterator<ArticleEntity> it = entities.values().iterator(); it.hasNext(); ) {
            ArticleEntity e = it.next();
            if (!e.type.equals(EntityMention.ORGANIZATION) || !INITIALS.matcher(e.name).matches()) {
                continue;
            }
            ArticleEntity full = null;
            Set<String> matching = new HashSet<>(); // the companies spelled, each by its name without a legal form
            for (ArticleEntity o : entities.values()) {
                if (o != e && o.type.equals(EntityMention.ORGANIZATION) && spelledBy(o.name, e.name)) {
                    full = full == null || o.evidence.size() > full.evidence.size() ? o : full;
                    String company = WrittenNames.withoutLegalForm(o.name);
                    matching.add(company != null ? company : key(o.name));
                }
            }
            if (matching.size() == 1) {
                full.evidence.addAll(e.evidence);
                it.remove();
            }
        }
    }

    /**
     * "artificial intelligence (AI)", "active noise cancellation (ANC)": a name in capitals that the article writes in
     * brackets after the words it abbreviates, written in small letters, is a term, not an organisation, wherever the
     * article writes it ("the Department of Transportation (DOT)" is an organisation).
     */
    void termsWrittenShort(Map<String, ArticleEntity> entities, String[] texts) {
        entities.values().removeIf(e -> e.type.equals(EntityMention.ORGANIZATION) && INITIALS.matcher(e.name).matches()
                && definedAsTerm(e.name, texts));
    }

    /** @return true when a text writes the abbreviation in brackets after the words it spells, in small letters */
    private static boolean definedAsTerm(String abbreviation, String[] texts) {
        String bracketed = "(" + abbreviation + ")";
        for (String text : texts) {
            for (int at = text.indexOf(bracketed); at >= 0; at = text.indexOf(bracketed, at + 1)) {
                String[] words = text.substring(Math.max(0, at - 120), at).strip().split("[\\s-]+");
                if (words.length < abbreviation.length()) {
                    continue;
                }
                StringBuilder initials = new StringBuilder();
                StringBuilder phrase = new StringBuilder();
                for (int k = words.length - abbreviation.length(); k < words.length; k++) {
                    initials.append(words[k].isEmpty() ? ' ' : Character.toUpperCase(words[k].charAt(0)));
                    phrase.append(phrase.length() == 0 ? "" : " ").append(words[k]);
                }
                String spelled = phrase.toString();
                if (initials.toString().equals(abbreviation) && spelled.equals(spelled.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A name written in capitals alone, two to six letters: "IMF", "OECD". */
    private static final Pattern INITIALS = Pattern.compile("[A-Z]{2,6}");

    /**
     * @return true when the initials of the name's capitalised words are the abbreviation, the first word left out or
     *         not when it is written short with full stops ("U.S."), and a company's legal form at the end left out or
     *         not ("GE" and "GEC" of "General Electric Co"). The story clusterer compares two articles' names by their
     *         initials too ({@code StoryClusterer.sameName}), on lower-case keys and always without the legal form
     *         ("AMC" is not "American Motors Corp" there); the two are kept apart so that neither changes the other.
     */
    private static boolean spelledBy(String name, String abbreviation) {
        String[] words = name.split(" ");
        int to = words.length > 2 && LegalForms.ENDINGS.contains(key(words[words.length - 1]))
                ? words.length - 1 : words.length;
        int from = words[0].endsWith(".") ? 1 : 0;
        for (int first = 0; first <= from; first++) {
            if (initials(words, first, words.length).equals(abbreviation)
                    || initials(words, first, to).equals(abbreviation)) {
                return true;
            }
        }
        return false;
    }

    /** @return the first letters of the words {@code [from, to)} that start with a capital letter */
    private static String initials(String[] words, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (!words[k].isEmpty() && Character.isUpperCase(words[k].charAt(0))) {
                out.append(words[k].charAt(0));
            }
        }
        return out.toString();
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
     * one letter, or, unless written in capitals, written once ("Presidential spokesman", "a Socialist spokesman"),
     * but for a workplace ({@link NameRuns#WORKPLACE}: "Commerzbank analyst Carsten Fritsch", "an analyst at
     * Stratfor") that the text never writes in small letters. An abbreviation written in brackets after an
     * organisation's name is that organisation ("the Bahrain Monetary Agency (BMA) ... a BMA spokesman"), and so is
     * the start of the one organisation's name the article writes in full ("Chrysler Corp ... Chrysler chairman").
     *
     * @param inSmallLetters the title's and the body's words and phrases in small letters
     */
    void organisationsByContext(List<Found> found, Map<String, ArticleEntity> entities, String[] fields,
                                String[] texts, List<List<Token>> singles, SmallLetterPhrases[] inSmallLetters) {
        Map<String, List<Evidence>> mentions = new LinkedHashMap<>();
        Map<String, String> written = new HashMap<>();
        Set<String> workplaces = new HashSet<>();
        for (Found x : found) {
            if (x.type().equals(ORGANISATION_BY_CONTEXT) || x.type().equals(WORKPLACE)) {
                String name = key(x.name());
                if (x.type().equals(WORKPLACE)) {
                    workplaces.add(name);
                }
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
        addLoneMentions(mentions, fields, singles);
        WrittenInFull writtenInFull = new WrittenInFull(entities);
        for (Map.Entry<String, List<Evidence>> m : mentions.entrySet()) {
            String name = m.getKey();
            boolean oneWord = name.indexOf(' ') < 0;
            boolean capitals = written.get(name).equals(written.get(name).toUpperCase(Locale.ROOT));
            if (List.of(name.split(" ")).stream().anyMatch(personWords::contains) || oneWord
                    && (!lexicon.bodyName(name) || KINDS_OF_BODY.contains(name) || name.length() < 2
                    || m.getValue().size() < 2 && !capitals && !(workplaces.contains(name)
                    && inSmallLetters[0].times(name) + inSmallLetters[1].times(name) == 0))) {
                continue;
            }
            ArticleEntity named = null;
            for (Evidence v : m.getValue()) {
                named = named != null ? named : bracketedAfter(v, entities, texts);
            }
            named = named != null ? named : writtenInFull.get(name);
            ArticleEntity e = named != null ? named : entities.computeIfAbsent(EntityMention.ORGANIZATION + "|" + name,
                    k -> writtenInFull.add(new ArticleEntity(EntityMention.ORGANIZATION, written.get(name))));
            Set<Evidence> known = new HashSet<>(e.evidence);
            for (Evidence v : m.getValue()) {
                if (known.add(v)) {
                    e.evidence.add(v);
                }
            }
        }
    }

    /**
     * The organisations an article names, by each start of their names ("pre-paid" and "pre-paid legal" of "Pre-Paid
     * Legal Services Inc"): a name the words around it give ("Pre-Paid chairman Harland Stonecipher") is the one
     * organisation whose name starts so. A start that two organisations share names neither. {@link HeadingNames} asks
     * it too, for a headline that writes a company by the first words of its name.
     */
    static final class WrittenInFull {
        private final Map<String, ArticleEntity> byStart = new HashMap<>();
        private final Set<String> shared = new HashSet<>();

        WrittenInFull(Map<String, ArticleEntity> entities) {
            for (ArticleEntity o : entities.values()) {
                if (o.type.equals(EntityMention.ORGANIZATION)) {
                    add(o);
                }
            }
        }

        /** @return the organisation, its name's starts now known */
        ArticleEntity add(ArticleEntity o) {
            String name = key(o.name);
            for (int space = name.indexOf(' '); space > 0; space = name.indexOf(' ', space + 1)) {
                String start = name.substring(0, space);
                ArticleEntity before = byStart.putIfAbsent(start, o);
                if (before != null && before != o) {
                    shared.add(start);
                }
            }
            return o;
        }

        /** @return the one organisation whose name starts with this name and goes on, or null */
        ArticleEntity get(String name) {
            return shared.contains(name) ? null : byStart.get(name);
        }
    }

    /**
     * Adds to the mentions of a one-word name each capitalised word of the fields that stands alone and is that name
     * ("Boeing said" after "a Boeing spokesman"), once.
     *
     * @param mentions the mentions so far of each name, by its normal form
     */
    static void addLoneMentions(Map<String, List<Evidence>> mentions, String[] fields, List<List<Token>> singles) {
        Map<List<Evidence>, Set<Evidence>> known = new IdentityHashMap<>(); // each name's mentions, for a quick look-up
        for (int f = 0; f < 2 && !mentions.isEmpty(); f++) {
            for (Token t : singles.get(f)) {
                List<Evidence> list = mentions.get(t.norm());
                Evidence mention = list == null ? null : new Evidence(fields[f], t.surface(), t.start(), t.end());
                if (mention != null && known.computeIfAbsent(list, HashSet::new).add(mention)) {
                    list.add(mention);
                }
            }
        }
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
