package news.analysis.entity;

import static news.analysis.entity.NameWords.startsSentence;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import news.analysis.theme.TextTokenizer;
import news.analysis.theme.TextTokenizer.Token;

/**
 * What the words around a run of name words ({@link NameRuns}) say of it: that it names an organisation, one that
 * speaks through a spokesperson ("a Boeing spokesman"), employs ("analyst at Shearson Lehman Brothers", "Commerzbank
 * analyst Carsten Fritsch"), is owned ("shares of Home Depot"), is led ("the chief executive of Hipcricket"), is of a
 * kind ("the journal Nature Astronomy", "Oanda, a currency data firm.") or is based somewhere ("the California-based
 * Baker").
 */
final class OrganisationContext {

    private final EntityLexicon lexicon;

    OrganisationContext(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Words for one who speaks for an organisation. */
    private static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman", "spokesperson");

    /**
     * @return true when a spokesperson's word follows the run ("a Boeing spokesman"; not "Anel Beliz, spokesman for
     *         ...") or stands before it with "for" ("a spokesperson for Instagram", "spokesman for the Pentagon")
     */
    static boolean spokespersonOf(String text, List<Token> tokens, int from, int to) {
        if (to < tokens.size() && SPOKESPEOPLE.contains(tokens.get(to).norm())) {
            return TextTokenizer.joinable(text, tokens.get(to - 1), tokens.get(to));
        }
        int k = from - 1;
        if (k >= 0 && "the".equals(tokens.get(k).norm())) {
            k--;
        }
        if (k < 1 || !"for".equals(tokens.get(k).norm()) || !SPOKESPEOPLE.contains(tokens.get(k - 1).norm())) {
            return false;
        }
        for (int j = k; j <= from; j++) {
            if (!TextTokenizer.joinable(text, tokens.get(j - 1), tokens.get(j))) {
                return false; // "spokesman for ... the" written across a clause
            }
        }
        return true;
    }

    private static final Set<String> WORKPLACE_LINKS = Set.of("at", "with");

    /**
     * @return true when the run {@code [from, to)} follows a job and "at" or "with" ({@code workplace-jobs}: "portfolio
     *         manager at Tocqueville Asset Management", "an analyst with Shearson Lehman Brothers"), not "an analyst
     *         with New Orleans-based"
     */
    boolean workplaceOf(String text, List<Token> tokens, int from, int to) {
        return from >= 2 && WORKPLACE_LINKS.contains(tokens.get(from - 1).norm())
                && lexicon.workplaceJobs.contains(tokens.get(from - 2).surface())
                && TextTokenizer.joinable(text, tokens.get(from - 2), tokens.get(from - 1))
                && TextTokenizer.joinable(text, tokens.get(from - 1), tokens.get(from))
                && !text.startsWith("-", tokens.get(to - 1).end());
    }

    /**
     * Jobs written after an office or a beat as often as after a workplace ("Budget director", "National Security
     * adviser", "Pentagon correspondent").
     */
    private static final Set<String> OFFICE_JOBS = Set.of("director", "adviser", "advisor", "correspondent", "reporter",
            "editor");

    /**
     * @return true when the run {@code [from, to)} is followed by a job in small letters and a name of two
     *         capitalised words: "Commerzbank analyst Carsten Fritsch", "Chrysler chairman Lee Iacocca"; not "its AI
     *         partner Bria", "Budget director James Miller"
     */
    boolean jobBeforeName(String text, List<Token> tokens, int to) {
        if (to + 2 >= tokens.size() || !lexicon.workplaceJobs.contains(tokens.get(to).surface())
                || OFFICE_JOBS.contains(tokens.get(to).surface())) {
            return false;
        }
        Token job = tokens.get(to);
        Token given = tokens.get(to + 1);
        Token family = tokens.get(to + 2);
        return Character.isUpperCase(given.surface().charAt(0)) && Character.isUpperCase(family.surface().charAt(0))
                && !afterHyphen(text, job) && TextTokenizer.joinable(text, tokens.get(to - 1), job)
                && TextTokenizer.joinable(text, job, given) && TextTokenizer.joinable(text, given, family);
    }

    /**
     * @return true when a kind of organisation ({@code org-kinds}), a word of its own, stands right before the run at
     *         {@code from}: "the journal Nature Astronomy", not "a neo-bank CEO"
     */
    boolean kindBefore(String text, List<Token> tokens, int from) {
        Token kind = from >= 1 ? tokens.get(from - 1) : null;
        return kind != null && lexicon.orgKinds.contains(kind.surface()) && !afterHyphen(text, kind)
                && TextTokenizer.joinable(text, kind, tokens.get(from));
    }

    /**
     * @return true when a kind of organisation ({@code org-kinds}) set after the run ending before {@code to} by a
     *         comma and an article ends its phrase: "Oanda, a currency data firm.", "Gatehouse Media, the newspaper
     *         chain that ..."; not "Jane Doe, a company spokeswoman", "John Smith, a lawyer at the firm"
     */
    boolean kindAfter(String text, List<Token> tokens, int to) {
        int at = tokens.get(to - 1).end();
        if (!text.startsWith(", ", at) || to + 1 >= tokens.size() || tokens.get(to).start() != at + 2
                || !PersonNames.ARTICLES.contains(tokens.get(to).surface())) {
            return false;
        }
        for (int k = to + 1; k < Math.min(tokens.size(), to + 6); k++) {
            Token t = tokens.get(k);
            if (NOT_BEFORE_A_KIND.contains(t.norm()) || lexicon.roleAt(tokens, k, tokens.size()) != null
                    || !TextTokenizer.joinable(text, tokens.get(k - 1), t)) {
                return false; // "a lawyer at the firm", "a company spokeswoman"
            }
            if (lexicon.orgKinds.contains(t.surface())) {
                int end = t.end();
                if (end >= text.length() || ",.;)".indexOf(text.charAt(end)) >= 0) {
                    return true;
                }
                return k + 1 < tokens.size() && tokens.get(k + 1).start() == end + 1 && text.charAt(end) == ' '
                        && KIND_FOLLOWERS.contains(tokens.get(k + 1).surface());
            }
        }
        return false;
    }

    /**
     * @return true when what is owned of a company stands right before the run {@code [from, to)}: "shares of Home
     *         Depot", "a stake in Viacom", "shareholders in BP"
     */
    static boolean ownedBefore(String text, List<Token> tokens, int from, int to) {
        if (from < 2 || tokens.get(to - 1).surface().length() == 1) {
            return false; // (a run cut at an initial is no whole name: "shares in Del E. Webb Investment Properties")
        }
        Token what = tokens.get(from - 2);
        Token link = tokens.get(from - 1);
        Token first = tokens.get(from);
        return OWNED.contains(what.surface()) && ("of".equals(link.surface()) || "in".equals(link.surface()))
                && !SHARE_KINDS.contains(first.surface()) // "shares of Class C preferred stock", "in ADR form"
                && TextTokenizer.joinable(text, what, link) && TextTokenizer.joinable(text, link, first);
    }

    /**
     * @return true when one who leads an organisation, written in small letters, stands before the run at {@code from}
     *         and "of" ("the chief executive of Hipcricket", "vice president of the Trade Partnership"), as
     *         {@code body-roles} and {@link #LEADERS} name them
     */
    boolean ledBy(String text, List<Token> tokens, int from, int to) {
        int of = from >= 2 && "the".equals(tokens.get(from - 1).surface()) ? from - 2 : from - 1;
        if (of < 1 || !"of".equals(tokens.get(of).surface())
                || !TextTokenizer.joinable(text, tokens.get(of), tokens.get(of + 1)) || !endsPhrase(text, tokens, to)) {
            return false;
        }
        StringBuilder role = new StringBuilder();
        for (int k = of - 1; k >= Math.max(0, of - 3); k--) {
            Token t = tokens.get(k);
            if ((!t.smallLetters() && !"CEO".equals(t.surface()))
                    || !TextTokenizer.joinable(text, t, tokens.get(k + 1))) {
                return false;
            }
            role.insert(0, role.length() == 0 ? t.norm() : t.norm() + " ");
            String r = role.toString();
            if (LEADERS.contains(r) || lexicon.bodyRoles.contains(r) && !r.startsWith("spokes")) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return true when the run ending before {@code to} ends its noun phrase: punctuation or a word such as "until"
     *         or "said" follows, not a word of the phrase ("of New York toy company Playtime", "of the Senate
     *         Agriculture subcommittee", "of Los Angeles-based ...")
     */
    private static boolean endsPhrase(String text, List<Token> tokens, int to) {
        int end = tokens.get(to - 1).end();
        if (end >= text.length() || ",.;:)'’\"".indexOf(text.charAt(end)) >= 0) {
            return true;
        }
        return text.charAt(end) == ' ' && to < tokens.size() && tokens.get(to).start() == end + 1
                && PHRASE_ENDS.contains(tokens.get(to).surface());
    }

    /** Words that follow a noun phrase rather than continue it. */
    private static final Set<String> PHRASE_ENDS = Set.of("until", "since", "in", "at", "on", "for", "from", "to",
            "said", "says", "who", "which", "was", "is", "has", "had", "will", "would", "when", "before", "after");

    /** Who leads an organisation, besides {@code body-roles}: written before "of" and its name. */
    private static final Set<String> LEADERS = Set.of("vice president", "managing director", "chief financial officer",
            "chief operating officer", "chief technology officer", "general manager", "co-founder", "cofounder");

    /** What is owned of a company, written before "of" or "in" and its name (not "holdings": a person has some). */
    private static final Set<String> OWNED = Set.of("shares", "stake", "stakes", "stock", "shareholders",
            "shareholder", "stockholders");
    /** The capitalised words of a kind of share, which may follow "shares of" instead of a company's name. */
    private static final Set<String> SHARE_KINDS = Set.of("Class", "Series", "ADR", "ADRs", "Preferred", "Common",
            "Ordinary");

    /** Words that end the phrase before an organisation's kind would: "a lawyer at the firm", "the head of a bank". */
    private static final Set<String> NOT_BEFORE_A_KIND = Set.of("a", "an", "the", "at", "in", "of", "for", "on",
            "with", "by", "from", "to", "and", "or", "his", "her", "their", "its");
    /** Words that may follow an organisation's kind that ends the phrase: "a chain that ...", "a firm based in ...". */
    private static final Set<String> KIND_FOLLOWERS = Set.of("that", "which", "whose", "in", "based", "headquartered",
            "owned", "founded", "run", "controlled", "listed");

    /**
     * @return true when the run at {@code from} follows where it is based, a place in capitals not at a sentence's
     *         start: "the California-based Baker", "a UK-based Vodafone unit"; not "broad-based M2", "Expenditure-based
     *         GDP rose", nor what it is built on, written in capitals ("SQL-based ML", "GPU-based AI")
     */
    static boolean basedIn(String text, List<Token> tokens, int from) {
        Token based = from >= 2 ? tokens.get(from - 1) : null;
        if (based == null || !"based".equals(based.surface()) || !afterHyphen(text, based)
                || !TextTokenizer.joinable(text, based, tokens.get(from))) {
            return false;
        }
        String where = tokens.get(from - 2).surface();
        return Character.isUpperCase(where.charAt(0))
                && !(where.length() > 2 && where.equals(where.toUpperCase(Locale.ROOT)))
                && !startsSentence(text, tokens.get(from - 2).start());
    }

    /**
     * @return true when a kind of organisation ({@code org-kinds}) in small letters follows the run ending before
     *         {@code to}: the run says what the organisation does, it names none ("a Palo Alto-based AI startup")
     */
    boolean kindNext(String text, List<Token> tokens, int to) {
        return to < tokens.size() && lexicon.orgKinds.contains(tokens.get(to).surface())
                && TextTokenizer.joinable(text, tokens.get(to - 1), tokens.get(to));
    }

    private static boolean afterHyphen(String text, Token t) {
        return t.start() > 0 && text.charAt(t.start() - 1) == '-';
    }

    /** @return true when the run {@code [from, to)} ends in a venue's words: "Saratoga Performing Arts Center" */
    boolean venue(List<Token> tokens, int from, int to) {
        String last = tokens.get(to - 1).norm();
        return to - from >= 2 && ("center".equals(last) || "centre".equals(last))
                && lexicon.venueWords.contains(tokens.get(to - 2).norm());
    }

    /** Countries written short before an organisation's name: "U.S.", "US", "U.K.", "UK". */
    private static final Set<String> COUNTRIES_WRITTEN_SHORT = Set.of("U.S.", "US", "U.K.", "UK");

    static boolean countryWrittenShort(Token t) {
        return COUNTRIES_WRITTEN_SHORT.contains(t.surface());
    }
}
