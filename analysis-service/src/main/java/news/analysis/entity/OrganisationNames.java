package news.analysis.entity;

import static news.analysis.entity.EntityLexicon.key;
import static news.analysis.entity.NameWords.nameWord;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.List;
import java.util.Set;
import news.analysis.theme.TextTokenizer;
import news.analysis.theme.TextTokenizer.Token;

/**
 * Where an organisation's name begins and ends: a link word inside it ("Bank of England", "Securities and Exchange
 * Commission") or between two ("United Nations and European Union"), a head word or known name before a role ("Apple
 * CEO Tim Cook"), and a country with a trade word that names no organisation ("Venezuelan Energy").
 */
final class OrganisationNames {

    private final EntityLexicon lexicon;

    OrganisationNames(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * @return true when an organisation's name is a country's name or demonym and a trade head, nothing more: the
     *         "Venezuelan Energy" of "Venezuelan Energy and Mines Minister", an office, not an organisation ("Japan
     *         Energy Corp" has its ending, "Georgia Power" is known)
     */
    boolean countryAndTrade(String name, int start, List<int[]> spans) {
        int space = name.lastIndexOf(' ');
        int[] span = space > 0 ? EntityDetector.spanAtOrBefore(start, spans) : null;
        boolean countryFirst = span != null && span[0] == start && span[1] == start + space; // most start with none
        return countryFirst && lexicon.tradeHeads.contains(key(name.substring(space + 1)))
                && !lexicon.orgs.contains(key(name));
    }

    /**
     * @return true when "and" at {@code link} follows a complete organisation's name, a known one or one ending in an
     *         organisation head word ("United Nations and European Union" are two), or a country's name alone ("Japan
     *         and Siemens AG"); "Securities and Exchange Commission" and "Bill and Melinda Gates Foundation" are one name
     * @param countries where the text names countries, in text order
     */
    boolean twoNames(String text, List<Token> tokens, int from, int link, WordPlaces places, List<int[]> countries) {
        if (!"and".equals(tokens.get(link).norm()) || andCo(tokens, link) || savingsAndLoan(tokens, link)) {
            return false; // "Morgan Grenfell and Co Ltd", "Valley Federal Savings and Loan Association" are one firm
        }
        if ("The".equals(tokens.get(link + 1).surface()) || eachStandsAlone(text, tokens, from, link, places)
                || countryAt(countries, tokens.get(from).start(), tokens.get(link - 1).end()) != null) {
            return true; // "Braun and The Carlyle Group"; "McClatchy and Tribune" where each is named alone too
        }
        for (int k = from; k < link; k++) {
            if (lexicon.orgs.contains(key(tokens.subList(k, link)))) {
                return true;
            }
        }
        if (headOfPlaceBefore(tokens, from, link) && !LegalForms.ENDINGS.contains(tokens.get(link + 1).norm())) {
            return true; // "Bank of America and First Los Angeles Bank", "Bank of Ireland and Bank of Scotland"
        }
        // "Central Bank and Trust Co", "Nippon Telegraph and Telephone Corp": one word and a company's ending after
        // "and" go on the name of a firm, but for after a name with its own ending ("Ford Motor Co and Chrysler Corp")
        if (link + 2 < tokens.size() && LegalForms.ENDINGS.contains(tokens.get(link + 2).norm())
                && !LegalForms.ENDINGS.contains(tokens.get(link - 1).norm())) {
            return false;
        }
        String head = tokens.get(link - 1).norm();
        return link - from >= 2 && lexicon.orgHeads.contains(head) && !lexicon.tradeHeads.contains(head)
                || link - from == 1 && abbreviation(tokens.get(from).surface())
                && tokens.get(link + 1).surface().length() > 1;
    }

    /**
     * @return true when the capitalised words before "and" at {@code link} (from {@code from}) and those after it each
     *         stand alone as a name somewhere else in the text: "McClatchy and Tribune", "Big Machine and Dick Clark
     *         Productions" are two where the article also writes "a loss reported by McClatchy" and "shareholder of
     *         Tribune"; "Food and Drug Administration" is one (nobody writes "Drug Administration" alone), and so is
     *         "Johnson and Johnson"
     */
    private static boolean eachStandsAlone(String text, List<Token> tokens, int from, int link, WordPlaces places) {
        int end = runEnd(text, tokens, link + 1);
        if (end == link + 1 || link - from == end - link - 1 && sameWords(tokens, from, link + 1, link - from)) {
            return false;
        }
        return standsAloneElsewhere(text, tokens, from, link, places)
                && standsAloneElsewhere(text, tokens, link + 1, end, places);
    }

    /** @return true when the tokens from {@code a} and from {@code b} are written alike, {@code n} of them */
    private static boolean sameWords(List<Token> tokens, int a, int b, int n) {
        for (int k = 0; k < n; k++) {
            if (!tokens.get(a + k).surface().equals(tokens.get(b + k).surface())) {
                return false;
            }
        }
        return true;
    }

    /**
     * @return true when the words {@code [from, to)} are written again elsewhere in the text as a whole name: inside a
     *         sentence after a word in small letters (not where a sentence starts, where any word is capitalised),
     *         with no capitalised word joined on either side, nor across a link word ("Department of Health")
     */
    private static boolean standsAloneElsewhere(String text, List<Token> tokens, int from, int to, WordPlaces places) {
        int n = to - from;
        int looked = 0;
        for (int k = places.first(tokens.get(from).surface()); k >= 0 && looked++ < MAX_PLACES_READ; k = places.next(k)) {
            if (k == 0 || k == from || k + n > tokens.size() || !sameWords(tokens, from, k, n)) {
                continue;
            }
            Token before = tokens.get(k - 1);
            if (!before.smallLetters() || !TextTokenizer.joinable(text, before, tokens.get(k))
                    || LINK_WORDS.contains(before.norm()) && k >= 2 && nameWord(tokens.get(k - 2))) {
                continue;
            }
            int after = k + n;
            if (after < tokens.size() && TextTokenizer.joinable(text, tokens.get(after - 1), tokens.get(after))
                    && (nameWord(tokens.get(after)) || LINK_WORDS.contains(tokens.get(after).norm())
                    && after + 1 < tokens.size() && nameWord(tokens.get(after + 1)))) {
                continue;
            }
            return true;
        }
        return false;
    }

    /**
     * The most places of a name's first word read to find it written alone: a text that repeats one name thousands of
     * times ("Acme and Beta Industries" in every sentence) costs no pass over the text for each of them.
     */
    private static final int MAX_PLACES_READ = 64;

    /**
     * Where each word is written in one text, read once when first asked (few texts join two names by "and"): each
     * question costs the places of one word, not a pass over the text.
     */
    static final class WordPlaces {
        private final List<Token> tokens;
        private Object2IntOpenHashMap<String> firsts;
        private int[] nexts;

        WordPlaces(List<Token> tokens) {
            this.tokens = tokens;
        }

        /** @return the index of the first token written as {@code surface}, or -1 */
        int first(String surface) {
            if (firsts == null) {
                firsts = new Object2IntOpenHashMap<>();
                firsts.defaultReturnValue(-1);
                nexts = new int[tokens.size()];
                for (int k = tokens.size() - 1; k >= 0; k--) {
                    nexts[k] = firsts.put(tokens.get(k).surface(), k);
                }
            }
            return firsts.getInt(surface);
        }

        /** @return the index of the next token written as token {@code k} is, or -1 */
        int next(int k) {
            return nexts[k];
        }
    }

    /** Words that join the capitalised words of one name: "Bank of England", "Securities and Exchange Commission". */
    private static final Set<String> LINK_WORDS = Set.of("of", "for", "and", "on", "de", "the");

    /**
     * A ministry's or department's name that lists its portfolios: "Ministry of Trade, Industry and Energy", "Department
     * for Environment, Food and Rural Affairs", "Ministry of Culture, Sports and Tourism".
     *
     * @param from the run's first token; the run ends in a ministry's head word, "of" or "for" and a word or two
     * @param at   the token after the run so far, which a comma parts from it
     * @return the end (exclusive) of the listed portfolios, the last after "and"; -1 when no such list follows (a
     *         list that ends in an organisation's head word, "Ministry of Defence, Navy and Air Force", is of bodies)
     */
    int portfolioListEnd(String text, List<Token> tokens, int from, int at) {
        if (at >= tokens.size() || !commaBetween(text, tokens.get(at - 1), tokens.get(at))) {
            return -1;
        }
        int head = at - 3; // the head word and its link, with one or two words after them ("Ministry of Trade")
        while (head >= from && !(PORTFOLIO_HEADS.contains(tokens.get(head).norm())
                && EntityLexicon.PORTFOLIO_LINKS.contains(tokens.get(head + 1).norm()))) {
            head--;
        }
        if (head < Math.max(from, at - 4)) {
            return -1;
        }
        int k = at;
        for (int items = 0; items < MAX_PORTFOLIOS; items++) {
            if (k >= tokens.size() || !nameWord(tokens.get(k))) {
                return -1;
            }
            int itemStart = k;
            while (k + 1 < tokens.size() && nameWord(tokens.get(k + 1))
                    && TextTokenizer.joinable(text, tokens.get(k), tokens.get(k + 1))) {
                k++;
            }
            if (bodyHead(tokens.get(k)) || lexicon.orgs.contains(key(tokens.subList(itemStart, k + 1)))) {
                return -1;
            }
            if (k + 2 < tokens.size() && "and".equals(tokens.get(k + 1).surface())
                    && TextTokenizer.joinable(text, tokens.get(k), tokens.get(k + 1))
                    && TextTokenizer.joinable(text, tokens.get(k + 1), tokens.get(k + 2)) && nameWord(tokens.get(k + 2))) {
                int end = k + 2;
                while (end + 1 < tokens.size() && nameWord(tokens.get(end + 1))
                        && TextTokenizer.joinable(text, tokens.get(end), tokens.get(end + 1))) {
                    end++;
                }
                return bodyHead(tokens.get(end)) || lexicon.orgs.contains(key(tokens.subList(k + 2, end + 1)))
                        ? -1 : end + 1;
            }
            if (k + 1 >= tokens.size() || !commaBetween(text, tokens.get(k), tokens.get(k + 1))) {
                return -1;
            }
            k++;
        }
        return -1;
    }

    /** @return true for the head word of a body ("Navy", "Force", "Bank"), not of a trade ("Energy") */
    private boolean bodyHead(Token word) {
        return lexicon.orgHeads.contains(word.norm()) && !lexicon.tradeHeads.contains(word.norm());
    }

    /** Legal forms after which "of" may go on with a company's name: "Aluminum Co of America". */
    private static final Set<String> ENDINGS_BEFORE_OF = Set.of("co", "company", "corp", "corporation", "cos");
    /** Firms' words after which "of" and a country tell where the firm is: "Augusta Group of Italy". */
    private static final Set<String> FIRMS_OF_A_COUNTRY = Set.of("group", "holdings", "industries");
    /** A country's names a foreign firm's arm there takes after "of": "Sony Corp of America". */
    private static final Set<String> ARMS_ABROAD = Set.of("America", "North America", "the United States",
            "United States", "U.S.", "U.S.A.", "USA", "US");

    /**
     * @return true when "of" at {@code link} tells where the firm named before it is, not what it is called: after a
     *         legal form ("Woodco Inc of Houston", "Siemens AG of West Germany", "Sedio N.V. of Lugano"), and after
     *         "Co", "Corp", "Group", "Holdings" or "Industries" before a country's name ("NEC Corp of Japan", "Augusta
     *         Group of Italy"); not before a name with its own legal form ("Occidental Life Insurance Co of Australia
     *         Ltd"), after "Co" or "Corp" before a city ("Morgan Guaranty Trust Co of New York"), nor before America,
     *         whose name a foreign firm's arm there takes ("Sony Corp of America")
     */
    boolean placeAfterFirm(String text, List<Token> tokens, int link, List<int[]> countries) {
        if (!"of".equals(tokens.get(link).surface()) || link + 1 >= tokens.size()) {
            return false;
        }
        String firm = tokens.get(link - 1).norm();
        boolean ending = LegalForms.ENDINGS.contains(firm);
        if (!ending && !FIRMS_OF_A_COUNTRY.contains(firm)) {
            return false;
        }
        int end = runEnd(text, tokens, link + 1);
        if (end == link + 1 || LegalForms.ENDINGS.contains(tokens.get(end - 1).norm())) {
            return false;
        }
        if (ending && !ENDINGS_BEFORE_OF.contains(firm)) {
            return true;
        }
        int[] country = countryAt(countries, tokens.get(link + 1).start(), tokens.get(end - 1).end());
        return country != null && !ARMS_ABROAD.contains(text.substring(country[0], country[1]));
    }

    /** @return the country's span that runs from {@code start} to {@code end} exactly, or null */
    private static int[] countryAt(List<int[]> countries, int start, int end) {
        int[] span = EntityDetector.spanStartingAt(start, countries);
        return span != null && span[1] == end ? span : null;
    }

    /**
     * @return the end of a company's name that goes on over words in brackets to its legal form, the brackets opening
     *         right before {@code k} ("Samsung Electronics (UK) Ltd", "Jardine Fleming (Securities) Ltd", "Teck Hock
     *         and Co (Pte) Ltd", "SHV (United Kingdom) Holding Co Ltd"); else {@code k}
     */
    int endingAfterBrackets(String text, List<Token> tokens, int k) {
        Token before = tokens.get(k - 1);
        int open = before.end();
        while (open < tokens.get(k).start() && text.charAt(open) == ' ') {
            open++;
        }
        if (open + 1 != tokens.get(k).start() || text.charAt(open) != '(') {
            return k;
        }
        int close = k;
        while (close < tokens.size() && close - k < MAX_BRACKETED_WORDS && nameWord(tokens.get(close))
                && (close == k || TextTokenizer.joinable(text, tokens.get(close - 1), tokens.get(close)))) {
            close++;
        }
        Token last = tokens.get(close - 1);
        if (close == k || close >= tokens.size() || !text.startsWith(") ", last.end())
                || tokens.get(close).start() != last.end() + 2) {
            return k;
        }
        for (int end = close; end < tokens.size() && end - close < MAX_BRACKETED_WORDS && nameWord(tokens.get(end))
                && (end == close || TextTokenizer.joinable(text, tokens.get(end - 1), tokens.get(end))); end++) {
            if (LegalForms.ENDINGS.contains(tokens.get(end).norm())) {
                return end + 1;
            }
        }
        return k;
    }

    /** The most words in the brackets of a company's name, and between them and its legal form. */
    private static final int MAX_BRACKETED_WORDS = 3;

    /**
     * @return the end of the capitalised words from {@code from} on, each joined to the word before it as in one name
     *         ({@code from} itself when the word there is none)
     */
    static int runEnd(String text, List<Token> tokens, int from) {
        int end = from;
        while (end < tokens.size() && nameWord(tokens.get(end))
                && TextTokenizer.joinable(text, tokens.get(end - 1), tokens.get(end))) {
            end++;
        }
        return end;
    }

    /** @return true when a comma and one space, nothing else, part two words */
    private static boolean commaBetween(String text, Token left, Token right) {
        return right.start() == left.end() + 2 && text.startsWith(", ", left.end());
    }

    /** Head words of the bodies whose names list their portfolios. */
    private static final Set<String> PORTFOLIO_HEADS = Set.of("ministry", "department", "office");
    /** The most portfolios one name lists before its last. */
    private static final int MAX_PORTFOLIOS = 4;

    /**
     * @return true when the words before "and" at {@code link} end in "Bank" or a company's ending, "of" and one or two
     *         words: a whole name ("Bank of England", "First National Bank of Minneapolis", "Pilgrim Life Insurance Co
     *         of America"); not a department's ("Department of Health and Human Services" is one)
     */
    private static boolean headOfPlaceBefore(List<Token> tokens, int from, int link) {
        for (int of = link - 2; of >= Math.max(from + 1, link - 3); of--) {
            String head = tokens.get(of - 1).norm();
            if ("of".equals(tokens.get(of).norm()) && ("bank".equals(head) || LegalForms.ENDINGS.contains(head))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return true for a word in capitals of two letters or more: "SBI" of "SBI and ICICI Bank", two banks (not before
     *         one letter: "EG and G Services", "CB and T Bancshares Inc" are one firm each)
     */
    private static boolean abbreviation(String word) {
        if (word.length() < 2) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (!Character.isUpperCase(word.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Words after "and" that end a firm's name: "Eli Lilly and Co", "Alex Brown and Sons Inc", "Raymond James and
     * Associates".
     */
    private static final Set<String> FIRM_AFTER_AND = Set.of("co", "company", "sons", "associates", "partners");

    /** @return true when the link word at {@code link} joins the thrift's "Savings and Loan" ("... Association") */
    private static boolean savingsAndLoan(List<Token> tokens, int link) {
        return link > 0 && link + 1 < tokens.size() && "and".equals(tokens.get(link).norm())
                && "savings".equals(tokens.get(link - 1).norm()) && "loan".equals(tokens.get(link + 1).stem());
    }

    /** @return true when the link word at {@code link} is "and" before a firm's ending: "and Co", "and Sons" */
    static boolean andCo(List<Token> tokens, int link) {
        return "and".equals(tokens.get(link).norm()) && FIRM_AFTER_AND.contains(tokens.get(link + 1).norm());
    }

    /**
     * @return true when the capitalised run from {@code k}, after a link word, ends in an organisation head word (or
     *         a head word stands before the link), unless the run is one known name alone after "and": a second name
     */
    boolean linkedOrg(String text, List<Token> tokens, int k) {
        // the name ends at a full stop or comma ("Securities and Exchange Commission. BankAmerica ...") and before an
        // abbreviation in brackets ("Atmospheric Administration (NOAA)" ends at Administration)
        int j = runEnd(text, tokens, k + 1);
        String before = tokens.get(k - 2).norm(); // "Ministry of Finance and Economy": the head before the link
        // a known name alone after "and" is a second name ("the House and Senate", "Clinton and Congress")
        boolean second = j == k + 1 && "and".equals(tokens.get(k - 1).norm())
                && lexicon.orgs.contains(tokens.get(k).norm());
        return lexicon.orgHeads.contains(tokens.get(j - 1).norm()) && !second
                || lexicon.orgHeads.contains(before) && !lexicon.tradeHeads.contains(before);
    }

    /** Words that make a role's rank, not an organisation's name: "Deputy Assistant Treasury Secretary". */
    private static final Set<String> RANKS = Set.of("deputy", "assistant", "acting", "outgoing", "departing", "former",
            "interim", "associate", "senior", "executive", "under", "vice", "incoming", "new");

    /**
     * @return true when the words {@code [from, end)} before a role (which starts at {@code role}, or at
     *         {@code end - 1} when its first word ends the name) are an organisation's name, known by name or ending in
     *         a head word, with no rank or role before the role ("U.S. Treasury", not "Deputy Assistant Treasury")
     */
    boolean organisationBeforeRole(List<Token> tokens, int from, int role, int end) {
        for (int k = from; k < role; k++) {
            if (RANKS.contains(tokens.get(k).norm()) || lexicon.roleAt(tokens, k, role) != null) {
                return false;
            }
        }
        String head = tokens.get(end - 1).norm(); // not a trade: "Venezuelan Energy Minister"
        return lexicon.orgs.contains(key(tokens.subList(from, end)))
                || end - from == 1 && lexicon.capitalOrg(tokens.get(from)) // "UN Secretary-General"
                || end - from >= 2 && lexicon.orgHeads.contains(head) && !lexicon.tradeHeads.contains(head);
    }

    /**
     * @return true when the one word at {@code from}, no rank or role, stands right before a role of one who leads or
     *         speaks for an organisation ({@code body-roles}: "Twitter CEO", "Wikileaks co-founder")
     */
    boolean ledBy(List<Token> tokens, int from, List<String> role) {
        return lexicon.bodyRoles.contains(String.join(" ", role)) && !RANKS.contains(tokens.get(from).norm())
                && lexicon.roleAt(tokens, from, from + 1) == null;
    }

    /**
     * @return true when the link at {@code link} goes on the name of an organisation whose head word stands before
     *         it: "of the" or "for the" and capitalised words that do not end in a head word of their own ("Office of
     *         the Director of National Intelligence", "Organisation for the Prohibition of Chemical Weapons"; "the
     *         Bond Market Committee of the Securities Exchange Council" are two), or "to" and a capitalised word after
     *         a body that campaigns ("Committee to Protect Journalists", "International Campaign to Abolish Nuclear
     *         Weapons")
     */
    boolean headLinksName(String text, List<Token> tokens, int link) {
        String head = tokens.get(link - 1).norm();
        boolean to = "to".equals(tokens.get(link).surface());
        if (to ? !CAMPAIGNS.contains(head) || !joinedTo(text, tokens, link, link + 1)
                : !BODIES_OF_THE.contains(head) || !ofTheName(text, tokens, link)) {
            return false;
        }
        int end = runEnd(text, tokens, to ? link + 2 : link + 3);
        return to || !lexicon.orgHeads.contains(tokens.get(end - 1).norm());
    }

    /**
     * @return true when "of the" or "for the" at {@code link} goes on to a capitalised word, the words joined as in one
     *         name: "... of the Comptroller"
     */
    static boolean ofTheName(String text, List<Token> tokens, int link) {
        String word = tokens.get(link).surface();
        return ("of".equals(word) || "for".equals(word)) && link + 2 < tokens.size()
                && "the".equals(tokens.get(link + 1).surface()) && joinedTo(text, tokens, link, link + 2);
    }

    /**
     * @return true when the words from the one before {@code link} to {@code last} are joined as in one name and the
     *         last is capitalised
     */
    private static boolean joinedTo(String text, List<Token> tokens, int link, int last) {
        if (last >= tokens.size() || !nameWord(tokens.get(last))) {
            return false;
        }
        for (int k = link; k <= last; k++) {
            if (!TextTokenizer.joinable(text, tokens.get(k - 1), tokens.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Heads of bodies whose names go on with "of the" or "for the": "Ministry of the Interior", "Bank of the West". */
    private static final Set<String> BODIES_OF_THE = Set.of("office", "organisation", "organization", "society",
            "committee", "commission", "council", "court", "bank", "ministry", "department", "institute", "centre",
            "center", "association", "federation", "foundation", "fund", "union", "agency", "authority", "bureau",
            "board", "academy", "assembly", "league", "alliance", "directorate", "division", "administration");

    /** Heads of bodies named for what they campaign to do: "Committee to Protect Journalists". */
    private static final Set<String> CAMPAIGNS = Set.of("committee", "campaign", "coalition", "alliance", "movement",
            "foundation", "fund", "league", "initiative", "project");

    /** Heads of bodies named for what they work on: "National Institute on Drug Abuse", "Council on Foreign Relations". */
    private static final Set<String> BODIES_ON_A_SUBJECT = Set.of("committee", "commission", "council", "institute",
            "group", "force", "alliance", "forum", "bureau");

    /**
     * @return true when a head word followed by "of" or "for" stands inside the run: "Massachusetts Institute of
     *         Technology", "California Institute of the Arts"; or a body's followed by "on" ("National Institute on
     *         Drug Abuse"; not "Celanese Corp on Feb 1"); or a thrift's "Savings and Loan" ends it ("Glendale Federal
     *         Savings and Loan")
     */
    boolean headOf(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k + 1 < to; k++) {
            String link = tokens.get(k).norm();
            String head = tokens.get(k - 1).norm();
            if (("of".equals(link) || "for".equals(link)) && lexicon.orgHeads.contains(head)
                    || "on".equals(link) && BODIES_ON_A_SUBJECT.contains(head)
                    || "to".equals(link) && CAMPAIGNS.contains(head)
                    || k + 2 == to && savingsAndLoan(tokens, k)) {
                return true;
            }
        }
        return false;
    }
}
