package news.analysis.entity;

import static news.analysis.entity.EntityLexicon.key;
import static news.analysis.entity.NameWords.lineBreakBetween;
import static news.analysis.entity.NameWords.particle;
import static news.analysis.entity.NameWords.possessive;
import static news.analysis.entity.NameWords.sameClause;
import static news.analysis.entity.NameWords.words;
import static news.analysis.entity.NameWords.writtenAsName;

import java.util.List;
import java.util.Set;
import news.analysis.theme.TextTokenizer;
import news.analysis.theme.TextTokenizer.Token;

/**
 * Whether a run of capitalised words is a person's name by its own words (a given name first, a family name first or
 * last), whether the run before a link word is a person or a role, and the role written around a name ("Foreign
 * Minister Takeshi Iwaya", "chief executive Hans Jucker", "Kurt Volker, the former special envoy").
 */
final class PersonNames {

    private final EntityLexicon lexicon;

    PersonNames(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** @return true when a word can be a surname: no party, organisation, place or other word that never ends a name */
    boolean surnameLike(String word) {
        String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        return !lexicon.notNames.contains(word) && !lexicon.orgHeads.contains(word) && !lexicon.placeWords.contains(word)
                && !lexicon.orgs.contains(word) && !PARTY_MEMBERS.contains(singular);
    }

    /**
     * @return true when the run {@code [from, link)} before a link word is a role ("Minister" of "Minister of Energy";
     *         not before "and": "Pope and Talbot Inc"), a person's name ("Mary Lee" of "Mary Lee of Salomon Brothers
     *         Inc") or a role and a name ("Economist Ian Harwood of Warburg Securities"), or a name after a reporting
     *         verb or a job before "of" and a name that is not a country's ("said P.S. Tam of Morgan Guaranty Trust",
     *         not "said Richardson Greenshields of Canada Ltd")
     * @param countries where the text names countries, in text order
     */
    boolean personBefore(String text, List<Token> tokens, int from, int link, List<int[]> countries) {
        int start = from;
        while (start < link - 1 && lexicon.notNames.contains(tokens.get(start).norm())) {
            start++; // "But David Healy of Drexel Burnham Lambert Inc said": a sentence's first word is no part of it
        }
        for (int k = start; k < link; k++) {
            List<String> role = lexicon.roleAt(tokens, k, link);
            if (role != null && k + role.size() == link) {
                return !"and".equals(tokens.get(link).norm()); // "Algerian Minister of Energy"
            }
        }
        List<String> role = lexicon.roleAt(tokens, start, link);
        int name = role == null ? start : start + role.size();
        // (a run ending in a head word is an organisation's name: "Max Planck Institute for ...")
        return !lexicon.orgHeads.contains(tokens.get(link - 1).norm()) && (namedByFirstWord(text, tokens, name, link)
                || name == start && "of".equals(tokens.get(link).surface()) && !countryAt(tokens, link + 1, countries)
                        && namedByWordsBefore(text, tokens, start, link));
    }

    /** @return true when a country's name starts at token {@code k} */
    private static boolean countryAt(List<Token> tokens, int k, List<int[]> countries) {
        return k < tokens.size() && EntityDetector.spanStartingAt(tokens.get(k).start(), countries) != null;
    }

    /**
     * @return true when the run of two or three words (none that ends a place's or a firm's name) comes right after a
     *         reporting verb or a job written in small letters: "said P.S. Tam of Morgan Guaranty Trust", "analyst
     *         Sanford Margoshes of Shearson Lehman Brothers", names no list of given names holds
     */
    private boolean namedByWordsBefore(String text, List<Token> tokens, int from, int to) {
        int words = to - from;
        String last = tokens.get(to - 1).norm();
        if (words < 2 || words > 3 || from == 0 || lexicon.placeWords.contains(last) || lexicon.notNames.contains(last)) {
            return false;
        }
        Token before = tokens.get(from - 1);
        return lexicon.speakerCues.contains(before.norm()) && !before.capitalised()
                && TextTokenizer.joinable(text, before, tokens.get(from)) || roleBefore(text, tokens, from) != null;
    }

    /** @return true when a role that starts in the run {@code [from, link)} goes on past the link word at {@code link} */
    boolean roleAcross(List<Token> tokens, int from, int link) {
        for (int k = from; k < link; k++) {
            List<String> role = lexicon.roleAt(tokens, k, tokens.size());
            if (role != null && k + role.size() > link + 1) {
                return true; // "Secretary of State Mike Pompeo"
            }
        }
        return false;
    }

    /**
     * @return true when the run of two or three words is a person's name by its words alone: a given name and a
     *         surname ("Elon Musk", "Pierre-Luc Dubois") or a family name written first ("Kim Hana", "Wang Yi"), every
     *         word written as a name (not a headline's capitals), and no last word that makes it a place or a thing
     *         named after a person ("Grant Park", "Lee County", "Nobel Prize")
     */
    boolean namedByFirstWord(String text, List<Token> tokens, int from, int to) {
        int words = words(text, tokens, from, to);
        if (words < 2 || words > 3 || lexicon.placeWords.contains(tokens.get(to - 1).norm())) {
            return false;
        }
        String first = tokens.get(from).norm();
        if (!lexicon.startsPersonName(first)) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (!particle(text, t) && !writtenAsName(t.surface()) || lexicon.orgs.contains(t.norm())) {
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
    boolean namedBySurname(String text, List<Token> tokens, int from, int to) {
        if (to - from != 2 || !lexicon.surnames.contains(tokens.get(from + 1).norm())) {
            return false;
        }
        Token first = tokens.get(from);
        Token last = tokens.get(from + 1);
        String given = first.norm();
        return first.surface().length() >= 3 && writtenAsName(first.surface()) && first.surface().indexOf('.') < 0
                && writtenAsName(last.surface()) && text.substring(first.end(), last.start()).isBlank()
                && TextTokenizer.joinable(text, first, last) && !NOT_GIVEN_NAMES.contains(given)
                && !lexicon.notNames.contains(given) && !lexicon.orgHeads.contains(given)
                && !lexicon.orgFirstWords.contains(given) && !lexicon.placeWords.contains(given)
                && !NOT_BEFORE_A_NAME.contains(given) && !lexicon.orgs.contains(given)
                && !lexicon.honorifics.contains(given) && lexicon.roleAt(tokens, from, to) == null
                && !lexicon.orgs.contains(key(tokens.subList(from, to)));
    }

    /**
     * @return where a name known by its first word ({@link #namedByFirstWord}) ends the run of up to six words, after
     *         at least one word that is not the first word of a place's or a team's name; -1 when none does
     */
    int nameAtEnd(String text, List<Token> tokens, int from, int to) {
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

    /**
     * First words of a place's, a team's or a thing's name whose second word may be a given name ("San Antonio Spurs",
     * "St Louis Blues", "Hong Kong Human Rights and Democracy Act", "Monte Carlo Tree Search", "Super Mario Run", "Eastern Michigan"): the
     * run is not a word and a name after it.
     */
    static final Set<String> NOT_BEFORE_A_NAME = Set.of("san", "santa", "saint", "st", "sao", "los", "las",
            "fort", "mount", "mt", "port", "cape", "lake", "new", "north", "south", "east", "west", "upper", "lower",
            "greater", "royal", "old", "little", "great", "grand", "hong", "monte", "super", "northern", "southern", "eastern",
            "western", "central");

    /** A party's member ends no name: "the Texas Democrat said" names nobody. */
    static final Set<String> PARTY_MEMBERS = Set.of("democrat", "republican");

    /** Words between a name's comma and the role that follows it ("Kurt Volker, the former special envoy"). */
    private static final Set<String> BEFORE_A_ROLE = Set.of("the", "a", "an", "its", "his", "her", "their", "former",
            "then", "acting", "new", "interim", "longtime", "senior");

    /**
     * @return the role set after a name by a comma ("Kurt Volker, the former envoy", "Ken Doctor, a news industry
     *         analyst" gives nothing: the role must follow the articles and adjectives above), as written; null when
     *         there is none
     */
    String roleAfter(String text, List<Token> tokens, int end) {
        int[] role = roleSpanAfter(text, tokens, end);
        return role == null ? null : text.substring(tokens.get(role[0]).start(), tokens.get(role[1] - 1).end());
    }

    /**
     * @return true when a role set after the run by a comma names it ("Kym Lino, a spokesperson for Instagram,
     *         confirmed"), not when the role speaks the clause the run ends ("... for Special Drawing Rights, the
     *         spokesman said")
     */
    boolean namedByRoleAfter(String text, List<Token> tokens, int end) {
        int[] role = roleSpanAfter(text, tokens, end);
        return role != null && (role[1] >= tokens.size() || !lexicon.personCues.contains(tokens.get(role[1]).norm()));
    }

    /** @return the tokens {@code [from, to)} of the role {@link #roleAfter} reads, or null */
    private int[] roleSpanAfter(String text, List<Token> tokens, int end) {
        int at = tokens.get(end - 1).end();
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        if (at >= text.length() || text.charAt(at) != ',' || end >= tokens.size()) {
            return null;
        }
        int k = end;
        int modifiers = 0;
        while (k < tokens.size() && k < end + 5 && lexicon.roleAt(tokens, k, Math.min(tokens.size(), k + 4)) == null) {
            Token t = tokens.get(k);
            boolean modifier = t.capitalised() || possessive(text, t) || ROLE_MODIFIERS.contains(t.norm());
            if (!BEFORE_A_ROLE.contains(t.norm()) && !(modifier && modifiers++ < 2)) {
                break; // "Takeshi Iwaya, Japan's foreign minister", "Li Qiang, the Chinese premier"
            }
            k++;
        }
        List<String> role = lexicon.roleAt(tokens, k, Math.min(tokens.size(), k + 4));
        if (role == null || lineBreakBetween(text, at + 1, tokens.get(k).start())
                || !sameClause(text, tokens, end, k)) {
            return null;
        }
        int after = k + role.size();
        if (possessive(text, tokens.get(after - 1))) {
            return null; // "in New York, Chef's Table at Brooklyn Fare is": the role's word starts another name
        }
        if (after < tokens.size() && tokens.get(after).capitalised()
                && (TextTokenizer.joinable(text, tokens.get(after - 1), tokens.get(after))
                || text.startsWith(". ", tokens.get(after - 1).end())
                && tokens.get(after).start() == tokens.get(after - 1).end() + 2)) {
            return null; // "Jake Sullivan, President Biden's adviser", "..., Gov. Kristi Noem": the next name's role
        }
        int from = k;
        while (from > end && ROLE_MODIFIERS.contains(tokens.get(from - 1).norm())) {
            from--; // "top diplomat", as written
        }
        return new int[] {from, after};
    }

    /**
     * @return true when what a comma sets after the run says it is a person: a relative ("Anas Haqqani, the younger
     *         brother of the Taliban's deputy leader", "Ivanka Trump, his daughter"; a company or a place is nobody's
     *         brother), "who" ("Sirajuddin Haqqani, who heads ...") or an age ("Sedfrey Ordonez, 64, said")
     */
    boolean namedByClauseAfter(String text, List<Token> tokens, int end) {
        int at = tokens.get(end - 1).end();
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        if (at >= text.length() || text.charAt(at) != ',' || end + 1 >= tokens.size()) {
            return false;
        }
        if (text.startsWith(", who ", at)) {
            return true;
        }
        Token age = tokens.get(end);
        if (age.start() == at + 2 && age.norm().length() <= 2 && age.norm().chars().allMatch(Character::isDigit)
                && text.startsWith(",", age.end())) {
            return true; // "Cam Heyward, 30, said": an age
        }
        String determiner = tokens.get(end).norm();
        boolean owned = OWNERS.contains(determiner);
        if (!owned && !ARTICLES.contains(determiner)) {
            return false;
        }
        int k = end + 1;
        for (int modifiers = 0; k < tokens.size() && modifiers < 2
                && RELATIVE_MODIFIERS.contains(tokens.get(k).norm()); modifiers++) {
            k++;
        }
        if (k >= tokens.size() || !RELATIVES.contains(tokens.get(k).norm()) || tokens.get(k).capitalised()
                || lineBreakBetween(text, at + 1, tokens.get(k).start()) || !sameClause(text, tokens, end, k)) {
            return false;
        }
        // "..., the son of ...": whose relative follows; "..., his daughter": the article named him
        return owned || k + 1 < tokens.size() && "of".equals(tokens.get(k + 1).surface())
                && TextTokenizer.joinable(text, tokens.get(k), tokens.get(k + 1));
    }

    /** "The", "a" and "an", as written: before a relative, a kind of organisation ({@link NameRuns}). */
    static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> OWNERS = Set.of("his", "her", "their");
    /** Words for a relative, as the tokenizer gives them (lower case, no accents). */
    private static final Set<String> RELATIVES = Set.of("brother", "sister", "son", "daughter", "wife", "husband",
            "father", "mother", "widow", "widower", "nephew", "niece", "cousin", "grandson", "granddaughter",
            "grandfather", "grandmother", "uncle", "aunt", "stepson", "stepdaughter", "stepfather", "stepmother",
            "fiance", "fiancee", "sibling");
    /** Words between the article and the relative: "the younger brother", "his late wife", "her half-sister". */
    private static final Set<String> RELATIVE_MODIFIERS = Set.of("younger", "elder", "older", "eldest", "oldest",
            "youngest", "late", "estranged", "only", "twin", "half");

    /** Words between a name's comma and its role that qualify the role: "Wang Yi, China's top diplomat". */
    private static final Set<String> ROLE_MODIFIERS = Set.of("top", "chief", "senior", "deputy", "veteran", "longtime");

    /**
     * @return the role written in small letters right before a name ("foreign minister Takeshi Iwaya", "chief
     *         executive Hans Jucker"), as written; null when there is none
     */
    String roleBefore(String text, List<Token> tokens, int name) {
        for (int k = Math.max(0, name - 4); k < name; k++) {
            List<String> role = lexicon.roleAt(tokens, k, name);
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
}
