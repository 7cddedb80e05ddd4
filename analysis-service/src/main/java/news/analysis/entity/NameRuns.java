package news.analysis.entity;

import static news.analysis.entity.EntityLexicon.key;
import static news.analysis.entity.NameWords.PARTICLES;
import static news.analysis.entity.NameWords.afterInitial;
import static news.analysis.entity.NameWords.ampersand;
import static news.analysis.entity.NameWords.endsClause;
import static news.analysis.entity.NameWords.firstParticle;
import static news.analysis.entity.NameWords.lineBreakBefore;
import static news.analysis.entity.NameWords.linkInName;
import static news.analysis.entity.NameWords.nameWord;
import static news.analysis.entity.NameWords.particle;
import static news.analysis.entity.NameWords.particlesBeforeName;
import static news.analysis.entity.NameWords.startsSentence;
import static news.analysis.entity.NameWords.words;
import static news.analysis.entity.OrganisationContext.basedIn;
import static news.analysis.entity.OrganisationContext.countryWrittenShort;
import static news.analysis.entity.OrganisationContext.ownedBefore;
import static news.analysis.entity.OrganisationContext.spokespersonOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.analysis.theme.FeatureExtractor;
import news.analysis.theme.TextTokenizer;
import news.analysis.theme.TextTokenizer.Token;
import news.events.EntityMention;
import news.events.Evidence;

/**
 * Reads the runs of capitalised words of one field and says what each names: a person (with the role written around
 * the name), an organisation, a name that is a person's only if the article names that person elsewhere
 * ({@link #MAYBE_PERSON}), or one the words around it say is an organisation's ({@link #ORGANISATION_BY_CONTEXT});
 * single capitalised words go apart, for the short forms of the names found. What the words around a run say of it
 * is {@link OrganisationContext}'s to tell. {@link EntityDetector} merges what the runs of an article name.
 */
final class NameRuns {

    /** A run of two or three name words with nothing to say it is a person: one if the text names them elsewhere. */
    static final String MAYBE_PERSON = "maybe-person";

    /**
     * A name that the words around it say is an organisation's: one that speaks through a spokesperson or is led by a
     * chief ("a Boeing spokesman", "Twitter CEO Jack Dorsey"), a workplace ("strategist at Miller Tabak"), one after
     * its kind ("the journal Nature Astronomy") or after where it is based ("the Rhode Island-based Fleet"); an
     * organisation unless the article names a person so ("Trump spokesman ...").
     */
    static final String ORGANISATION_BY_CONTEXT = "organisation-by-context";

    /**
     * A name written before a job and a person's name ("Commerzbank analyst Carsten Fritsch", "Chrysler chairman Lee
     * Iacocca"): an organisation as {@link #ORGANISATION_BY_CONTEXT} is, and one even when the article writes it once.
     */
    static final String WORKPLACE = "workplace";

    /** A name found at a place in a field: a person, an organisation, or one of the kinds above. */
    record Found(String type, String name, String role, Evidence evidence) {
    }

    private final EntityLexicon lexicon;
    private final PersonNames people;
    private final OrganisationNames organisations;
    private final OrganisationContext context;

    NameRuns(EntityLexicon lexicon, PersonNames people, OrganisationNames organisations) {
        this.lexicon = lexicon;
        this.people = people;
        this.organisations = organisations;
        this.context = new OrganisationContext(lexicon);
    }

    private static final Set<String> LINKS = Set.of("of", "for", "and", "on");
    /** Legal forms British papers write in small letters after a company's name: "HSBC Holdings plc". */
    private static final Set<String> SMALL_LETTER_ENDINGS = Set.of("plc", "ltd");
    /**
     * The most words a run of capitalised words is read as one: no name is that long (the longest runs of the
     * corpus texts, lists of titles, have about 80); a text of 150,000 capitalised words was one run, whose reading
     * recursed once per name in it until the stack overflowed.
     */
    private static final int MAX_RUN_WORDS = 100;

    private static final Set<String> PLACE_WORDS = Set.of("in", "at", "from", "near");

    /**
     * English words that make a name before their hyphen an adjective ("an Elon Musk-owned firm", "a Taylor
     * Swift-themed class"): not a name's tail in small letters, as in "Kim Jong-un".
     */
    private static final Set<String> COMPOUND_TAILS = Set.of("owned", "led", "backed", "based", "linked", "themed",
            "inspired", "style", "era", "born", "run", "funded", "aligned", "affiliated", "allied", "controlled",
            "friendly", "like", "made", "related", "sponsored", "appointed", "supported", "leaning", "type", "focused",
            "endorsed", "approved", "founded", "brokered", "imposed", "ordered", "designed", "produced", "directed");

    /** White space in a name other than one plain space: a line break, a tab, a run. */
    private static final Pattern ODD_SPACE = Pattern.compile("\\s{2,}|[^\\S ]");

    /** Words of rank before a workplace and a job ("Acting SEC chairman", "Senior Citibank executive"). */
    private static final Set<String> RANKS = Set.of("acting", "senior", "interim", "deputy", "veteran", "longtime",
            "junior", "associate", "assistant", "chief", "top");

    /**
     * @return true when the run at {@code from} may not be a workplace's whole name: a sentence's first word, which
     *         may be the job's ("Sales executive Peter Findlay"), or a run after a link that may end a longer name
     *         ("Ways and Means chairman Dan Rostenkowski", "Chamber of Deputies chairman Ulysses Guimaraes")
     */
    private static boolean mayBeLongerName(String text, List<Token> tokens, int from) {
        return startsSentence(text, tokens.get(from).start()) || from > 1
                && LINKS.contains(tokens.get(from - 1).norm())
                && Character.isUpperCase(tokens.get(from - 2).surface().charAt(0))
                && TextTokenizer.joinable(text, tokens.get(from - 2), tokens.get(from - 1));
    }

    /**
     * @return true when a capitalised word follows the run ending before {@code to} after a comma, "and", "&" or a
     *         word in small letters: the run may be the first of a firm's names ("Kidder, Peabody and Co", "Hambrecht
     *         & Quist", "Vickers da Costa")
     */
    private static boolean nameGoesOn(String text, List<Token> tokens, int to) {
        if (to >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(to);
        String between = text.substring(tokens.get(to - 1).end(), next.start()).strip();
        if (between.equals(",") || between.equals("&")) {
            return Character.isUpperCase(next.surface().charAt(0));
        }
        return between.isEmpty() && Character.isLowerCase(next.surface().charAt(0)) && to + 1 < tokens.size()
                && Character.isUpperCase(tokens.get(to + 1).surface().charAt(0))
                && TextTokenizer.joinable(text, next, tokens.get(to + 1));
    }

    /** Ranks that make another office of the role after them: "Vice Foreign Minister", "Deputy Finance Minister". */
    private static final Set<String> OFFICE_RANKS = Set.of("vice", "deputy");

    /**
     * @return the role at {@code k} (before {@code to}), as the lexicon lists it, with the portfolios it names ("Minister
     *         of Mines and Energy", "Oil Minister"), or after a rank ("Vice Foreign Minister"); null when none starts there
     */
    private List<String> roleAt(String text, List<Token> tokens, int k, int to) {
        List<String> role = officeAt(text, tokens, k, to);
        if (role == null && k + 1 < to && OFFICE_RANKS.contains(tokens.get(k).norm())
                && tokens.get(k).capitalised() && TextTokenizer.joinable(text, tokens.get(k), tokens.get(k + 1))) {
            List<String> office = officeAt(text, tokens, k + 1, to); // one rank: "Vice Vice ..." is no role
            if (office != null) {
                role = new ArrayList<>(office.size() + 1);
                role.add(tokens.get(k).norm());
                role.addAll(office);
            }
        }
        return role;
    }

    /** @return the role at {@code k} as the lexicon lists it, or with the portfolios it names; null when none */
    private List<String> officeAt(String text, List<Token> tokens, int k, int to) {
        List<String> role = lexicon.roleAt(tokens, k, to);
        int withPortfolios = lexicon.portfolioRoleLength(text, tokens, k, to);
        return withPortfolios > (role == null ? 0 : role.size()) ? norms(tokens.subList(k, k + withPortfolios)) : role;
    }

    /** @return the normal forms of the words, as a role is written in {@link EntityLexicon#roleAt} */
    private static List<String> norms(List<Token> words) {
        return words.stream().map(Token::norm).toList();
    }

    /**
     * @return the end of a role ({@link #roleAt}: one named with its portfolios, "Minister of Mines and Energy", or one
     *         the lexicon lists with a link in it, "Chancellor of the Exchequer"; with the country or body it is of,
     *         {@link #roleOfEnd}) that starts in the run {@code [from, at)} and goes on past {@code at}, when a name word
     *         follows it ("Minister of Mines and Energy Aureliano Chaves"); -1 when none does ("the Minister of Finance said" stays a role alone) or an
     *         organisation's head word follows ("Vice Minister of the International Trade and Industry Ministry": the
     *         portfolios name the ministry)
     */
    private int roleEndAcross(String text, List<Token> tokens, int from, int at, List<int[]> countries) {
        for (int k = from; k < at; k++) {
            List<String> role = roleAt(text, tokens, k, tokens.size());
            int end = role == null ? k : k + role.size();
            int of = role == null ? -1 : roleOfEnd(text, tokens, end, tokens.size(), countries);
            end = Math.max(end, of); // "Prime Minister of Japan Shigeru Ishiba", "Governor of the Bank of Japan ..."
            if (end > at && end < tokens.size() && nameWord(tokens.get(end))
                    && !lexicon.orgHeads.contains(tokens.get(end).norm())
                    && TextTokenizer.joinable(text, tokens.get(end - 1), tokens.get(end))) {
                return end;
            }
        }
        return -1;
    }

    /**
     * @return the token after "of" (or "of the") at {@code at} and the country ({@link #ofCountryEnd}) or the body
     *         ({@link #ofOrganisationEnd}) a role is of, where a person's name follows before {@code to}
     *         ({@link #personNamedAt}); -1 when none does
     */
    private int roleOfEnd(String text, List<Token> tokens, int at, int to, List<int[]> countries) {
        int ofCountry = ofCountryEnd(tokens, at, countries);
        int end = ofCountry > 0 ? ofCountry : ofOrganisationEnd(text, tokens, at, to, countries);
        return end > 0 && end < to && personNamedAt(text, tokens, end) ? end : -1;
    }

    /**
     * @return the token after "of" (or "of the") and a country's name at {@code at}: the country a role is of ("Prime
     *         Minister of Japan", "President of the People's Republic of China"); -1 when none stands there
     * @param countries where the field names countries, in text order
     */
    private static int ofCountryEnd(List<Token> tokens, int at, List<int[]> countries) {
        if (at + 1 >= tokens.size() || !"of".equals(tokens.get(at).surface())) {
            return -1;
        }
        int first = "the".equals(tokens.get(at + 1).surface()) ? at + 2 : at + 1;
        int[] country = first < tokens.size() ? EntityDetector.spanStartingAt(tokens.get(first).start(), countries) : null;
        if (country == null) {
            return -1;
        }
        int end = first;
        while (end < tokens.size() && tokens.get(end).end() <= country[1]) {
            end++;
        }
        return end;
    }

    /**
     * @return true when a person's name starts at {@code at} after a role "of" a country or a body: its first word is a
     *         known given name or a family name written first, and no organisation's head word follows within three
     *         words ("President of the French Maize Producers' Association", "Secretary General of the Turkish
     *         General Staff": the country's demonym starts the body's name, and no person's follows)
     */
    private boolean personNamedAt(String text, List<Token> tokens, int at) {
        if (at >= tokens.size() || !lexicon.startsPersonName(tokens.get(at).norm())) {
            return false;
        }
        for (int k = at; k < tokens.size() && k < at + 4 && nameWord(tokens.get(k))
                && (k == at || TextTokenizer.joinable(text, tokens.get(k - 1), tokens.get(k))); k++) {
            if (lexicon.orgHeads.contains(tokens.get(k).norm()) || lexicon.placeWords.contains(tokens.get(k).norm())) {
                return false;
            }
        }
        return true;
    }

    /** The most words an organisation's name after a role and "of" is read to have. */
    private static final int MAX_BODY_WORDS = 8;

    /**
     * @return the token after "of" (or "of the") at {@code at} and an organisation's name that a name word follows
     *         before {@code to}: the body a role is of ("Secretary-General of the United Nations António Guterres",
     *         "Governor of the Bank of Japan Kazuo Ueda", "Chairman of General Motors Roger Smith"); the name is a
     *         known one, one that ends in an organisation's head word, or a head word "of" a country ("Bank of
     *         Japan"), the longest such; -1 when none stands there
     */
    private int ofOrganisationEnd(String text, List<Token> tokens, int at, int to, List<int[]> countries) {
        if (at + 2 >= to || !"of".equals(tokens.get(at).surface())) {
            return -1;
        }
        int first = "the".equals(tokens.get(at + 1).surface()) ? at + 2 : at + 1;
        int found = -1;
        for (int e = first + 1; e < to && e - first <= MAX_BODY_WORDS; e++) {
            Token last = tokens.get(e - 1);
            boolean link = LINKS.contains(last.norm()) && !"and".equals(last.norm());
            if (!(nameWord(last) || link && e - 1 > first) || e - 1 > first
                    && !TextTokenizer.joinable(text, tokens.get(e - 2), last)) {
                break;
            }
            Token next = tokens.get(e);
            boolean body = !link && (lexicon.orgHeads.contains(last.norm()) || lexicon.orgs.contains(key(tokens.subList(first, e)))
                    || lexicon.orgHeads.contains(tokens.get(first).norm()) && ofCountryEnd(tokens, first + 1, countries) == e);
            if (body && nameWord(next) && !lexicon.orgHeads.contains(next.norm()) && TextTokenizer.joinable(text, last, next)) {
                found = e;
            }
        }
        return found;
    }

    /**
     * @return the end of a ministry's or department's name that lists its portfolios
     *         ({@link EntityLexicon#portfolioBodyLength}), starts in the run {@code [from, at)} and goes on past
     *         {@code at}; -1 when none does
     */
    private int portfolioBodyEnd(String text, List<Token> tokens, int from, int at) {
        for (int k = from; k < at; k++) {
            int end = k + lexicon.portfolioBodyLength(text, tokens, k, tokens.size());
            if (end > at) {
                return end;
            }
        }
        return -1;
    }

    /**
     * Finds the runs of capitalised words in one field and classifies them.
     *
     * @param countries where the field names countries ({@link CountryDetector.Places}), in text order
     */
    void scan(String field, String text, List<Found> found, List<Token> single, List<int[]> countries) {
        List<Token> tokens = TextTokenizer.tokenize(text);
        int[] written = lexicon.writtenNames.ends(text, tokens);
        OrganisationNames.WordPlaces places = new OrganisationNames.WordPlaces(tokens);
        int i = 0;
        while (i < tokens.size()) {
            if (written != null && written[i] > 0) {
                add(found, field, text, EntityMention.ORGANIZATION, tokens.get(i),
                        lexicon.writtenNames.lastWord(text, tokens, i, written[i]), null);
                i = written[i];
                continue;
            }
            if (!nameWord(tokens.get(i))) {
                i++;
                continue;
            }
            if (written != null && i + 1 < tokens.size() && written[i + 1] > 0 && countryWrittenShort(tokens.get(i))
                    && TextTokenizer.joinable(text, tokens.get(i), tokens.get(i + 1))) {
                // "U.S. Customs and Border Protection": the country written short goes with a known name after it, as
                // it does with a run of capitalised words ("U.S. Securities and Exchange Commission")
                add(found, field, text, EntityMention.ORGANIZATION, tokens.get(i),
                        lexicon.writtenNames.lastWord(text, tokens, i + 1, written[i + 1]), null);
                i = written[i + 1];
                continue;
            }
            int j = i + 1;
            boolean namedBody = false; // joined across a body's "of the", "for the" or "to"
            int listEnd; // where a ministry's listed portfolios end
            int roleEnd; // where a role or a ministry named with its portfolios ends
            int bracketEnd; // where a company's ending after a bracketed word ends
            while (j < tokens.size() && j - i < MAX_RUN_WORDS) {
                if (written != null && written[j] > 0) {
                    break;
                }
                Token t = tokens.get(j);
                Token prev = tokens.get(j - 1);
                int particles = nameWord(t) ? 0 : particlesBeforeName(text, tokens, j);
                if ("The".equals(t.surface())) {
                    break; // "WASHINGTON The U.S. Federal Reserve": a dateline, then a sentence ("Bank of The West" is
                           // joined across its link below)
                }
                if (nameWord(t) && (TextTokenizer.joinable(text, prev, t) || afterInitial(text, prev, t)
                        || ampersand(text, prev, t))) {
                    j++;
                } else if (SMALL_LETTER_ENDINGS.contains(t.surface()) && TextTokenizer.joinable(text, prev, t)) {
                    j++; // "Tesco plc", "Dixons Group plc": a legal form written in small letters ends the name
                    break;
                } else if (NameWords.elidedParticle(t) && TextTokenizer.joinable(text, prev, t)) {
                    j++; // "Compagnie Generale d'Electricite", "Valery Giscard d'Estaing"
                } else if (particles > 0) {
                    j += particles + 1; // "Mohammed bin Salman", "Ursula von der Leyen"
                } else if (Character.isDigit(t.surface().charAt(0)) && text.charAt(prev.end()) == '-'
                        && t.start() == prev.end() + 1 && lexicon.orgs.contains(key(tokens.subList(i, j + 1)))) {
                    j++; // "G-20": a known name with a number after a hyphen
                } else if ((roleEnd = roleEndAcross(text, tokens, i, j, countries)) > j) {
                    j = roleEnd; // "Minister of Finance Gerhard Stoltenberg", "Secretary of the Treasury James Baker"
                } else if ((roleEnd = portfolioBodyEnd(text, tokens, i, j)) > j) {
                    j = roleEnd; // "Ministry of International Trade and Industry"
                } else if ((listEnd = organisations.portfolioListEnd(text, tokens, i, j)) > j) {
                    j = listEnd; // "Ministry of Trade, Industry and Energy"
                } else if ((bracketEnd = organisations.endingAfterBrackets(text, tokens, j)) > j) {
                    j = bracketEnd; // "Samsung Electronics (UK) Ltd", "Jardine Fleming (Securities) Ltd"
                } else if (organisations.headLinksName(text, tokens, j)) {
                    // "Organisation for the Prohibition of Chemical Weapons", "Office of the Director of National
                    // Intelligence", "Committee to Protect Journalists": the rest of the name may link on
                    j += "to".equals(t.surface()) ? 2 : 3;
                    namedBody = true;
                } else if (namedBody && (LINKS.contains(t.norm()) || "to".equals(t.surface())) && j + 1 < tokens.size()
                        && nameWord(tokens.get(j + 1)) && TextTokenizer.joinable(text, prev, t)
                        && TextTokenizer.joinable(text, t, tokens.get(j + 1))) {
                    j += 2; // "... for the Prevention of Cruelty to Children"
                } else if (namedBody && OrganisationNames.ofTheName(text, tokens, j)) {
                    j += 3; // "Office of the Comptroller of the Currency"
                } else if (LINKS.contains(t.norm()) && j + 1 < tokens.size() && nameWord(tokens.get(j + 1))
                        && TextTokenizer.joinable(text, tokens.get(j - 1), t)
                        && TextTokenizer.joinable(text, t, tokens.get(j + 1))
                        && (organisations.linkedOrg(text, tokens, j + 1)
                                && !organisations.twoNames(text, tokens, i, j, places, countries)
                                && !organisations.placeAfterFirm(text, tokens, j, countries)
                                && (organisations.andCo(tokens, j) || !people.personBefore(text, tokens, i, j, countries))
                                || people.roleAcross(tokens, i, j))) {
                    // (not after a role or a person's name, "CEO of UnitedHealth Group", "Economist Ian Harwood of
                    // Warburg Securities", but for a firm named after people: "Eli Lilly and Co")
                    j += 2;
                } else {
                    break;
                }
            }
            classify(field, text, tokens, i, j, found, single, countries);
            i = j;
        }
    }

    /**
     * @return true when the last word of the run {@code [from, to)} never ends a name ({@code not-names}), but for "He"
     *         right after a family name written first: "Vice Premier Liu He" is a name, as the pronoun is capitalised
     *         only where a sentence starts, never right after a name; or when it is a mail's header label before its
     *         colon ("Michael Shalayeff To:")
     */
    private boolean notNameAtEnd(String text, List<Token> tokens, int from, int to) {
        Token last = tokens.get(to - 1);
        if (MAIL_HEADERS.contains(last.norm()) && text.startsWith(":", last.end())) {
            return true; // "From: Michael Shalayeff To: Miod Vallat"
        }
        if (SHORT_MONTHS.contains(last.norm()) && text.startsWith(". ", last.end())
                && last.end() + 2 < text.length() && Character.isDigit(text.charAt(last.end() + 2))) {
            return true; // "certified by Congress on Jan. 6"
        }
        return lexicon.notNames.contains(last.norm()) && !(to - from >= 2 && "He".equals(last.surface())
                && lexicon.familyNames.contains(tokens.get(to - 2).norm()));
    }

    /**
     * @return true when the run is one word in capitals (two to six letters, in text that is not all capitals) that
     *         says something: "MSCI said its index rose", "IRNA says"; people are not written so (a ticker after its
     *         dot, ".IXIC", is no name)
     */
    private boolean speakingInitials(String text, List<Token> tokens, int at) {
        Token t = tokens.get(at);
        String w = t.surface();
        if (w.length() < 2 || w.length() > 6 || at + 1 >= tokens.size()
                || !w.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        Token verb = tokens.get(at + 1);
        return ("said".equals(verb.surface()) || "says".equals(verb.surface())) && verb.start() == t.end() + 1
                && text.charAt(t.end()) == ' ' && (t.start() == 0 || text.charAt(t.start() - 1) != '.') // not ".IXIC"
                && (at == 0 || !tokens.get(at - 1).surface().chars().allMatch(Character::isUpperCase));
    }

    /** Months written short, as in a date ("Jan. 6"); "Jan" is also a given name ("Jan Egeland"). */
    private static final Set<String> SHORT_MONTHS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");

    /** A mail's header labels, written before a colon after a name in a list archive's message. */
    private static final Set<String> MAIL_HEADERS = Set.of("to", "cc", "bcc", "sent", "date");

    private void classify(String field, String text, List<Token> tokens, int from, int to, List<Found> found,
                          List<Token> single, List<int[]> countries) {
        if (particle(text, tokens.get(from))) {
            return; // "al-Thani" cut off "Sheikh Abdul-Aziz bin Khalifa al-Thani": the tail of a longer name
        }
        Token first = tokens.get(from);
        if (to - from == 1 && lexicon.capitalOrg(first)) {
            add(found, field, text, EntityMention.ORGANIZATION, first, first, null); // "WHO", not "Who"
            return;
        }
        if (to - from == 1 && speakingInitials(text, tokens, from)) {
            add(found, field, text, EntityMention.ORGANIZATION, first, first, null); // "MSCI said"
            return;
        }
        int i = from;
        boolean honorific = false; // "Ms Persson said": the honorific starts the run
        for (; i < to; i++) {
            String norm = tokens.get(i).norm();
            if (lexicon.honorifics.contains(norm)) {
                honorific = true;
            } else if (!lexicon.notNames.contains(norm) || lexicon.capitalOrg(tokens.get(i))
                    || lexicon.roleAt(tokens, i, to) != null) {
                break; // ("The WHO said": "Who" starts no name, "WHO" does; "Home Secretary" is a role)
            }
        }
        while (i < to && LINKS.contains(tokens.get(i).norm())) {
            i++; // "in late December of Elgin Blenders Inc": the link after a word that is no name
        }
        if (i >= to) {
            return;
        }
        Token only = tokens.get(i);
        if (i > from && to - i == 1 && lexicon.capitalOrg(only)) {
            add(found, field, text, EntityMention.ORGANIZATION, only, only, null); // "The EU agreed"
            return;
        }
        // "posted on Twitter Tuesday": a day, a month, ... ends no name ("NBC News" keeps its organisation's word, and
        // "National Association of Securities Dealers" its group of people after a link)
        while (to - i > 1 && notNameAtEnd(text, tokens, i, to)
                && !lexicon.orgHeads.contains(tokens.get(to - 1).norm())
                && !lexicon.placeWords.contains(tokens.get(to - 1).norm()) // "Beverly Nursing Home"
                && !(lexicon.groups.contains(tokens.get(to - 1).norm()) && linkInside(tokens, i, to))) {
            to--;
        }
        // a role inside or right before the run
        for (int k = Math.max(i, from); k < to; k++) {
            List<String> role = roleAt(text, tokens, k, to);
            if (role != null && k + role.size() < to && !lexicon.orgHeads.contains(tokens.get(to - 1).norm())
                    && !(role.size() == 1 && lexicon.orgHeads.contains(tokens.get(k + 1).norm()))) {
                // (a run ending in an organisation's head word is that organisation: "General Motors Corp"; and a role's
                // one word before a head word starts one: "Chairman of General Motors Roger Smith", "LDP General
                // Council Chairman Shintaro Abe")
                int nameFrom = k + role.size();
                for (List<String> next = lexicon.roleAt(tokens, nameFrom, to); next != null && nameFrom + next.size() < to;
                        next = lexicon.roleAt(tokens, nameFrom, to)) {
                    nameFrom += next.size(); // "Lt Col Alexander Vindman": one role after another
                }
                int of = roleOfEnd(text, tokens, nameFrom, to, countries);
                if (of > 0) {
                    // "Prime Minister of Japan Shigeru Ishiba": the country is the role's; so is the organisation of
                    // "Governor of the Bank of Japan Kazuo Ueda", which is named too
                    if (ofCountryEnd(tokens, nameFrom, countries) < 0) {
                        int body = "the".equals(tokens.get(nameFrom + 1).surface()) ? nameFrom + 2 : nameFrom + 1;
                        add(found, field, text, EntityMention.ORGANIZATION, tokens.get(body), tokens.get(of - 1), null);
                    }
                    nameFrom = of;
                }
                int nameTo = nameFrom + 1; // up to three words: "Mohammed bin Salman", "Abdel Fattah el-Sisi"
                while (nameTo < to && words(text, tokens, nameFrom, nameTo + 1) <= 3) {
                    nameTo++;
                }
                while (nameTo - 1 > nameFrom && linkInName(text, tokens.get(nameTo - 1))) {
                    nameTo--; // "Luiz Inácio Lula da Silva" is cut after three words, not after "da"
                }
                // (a place's, a thing's or an organisation's last word names no person: "General Data Protection
                // Regulation", "Premier Solution Partner", "King County Superior Court Judge ...")
                if (!LINKS.contains(tokens.get(nameTo - 1).norm()) && !LINKS.contains(tokens.get(nameFrom).norm())
                        && !lexicon.placeWords.contains(tokens.get(nameTo - 1).norm())
                        && !lexicon.orgHeads.contains(tokens.get(nameTo - 1).norm())) {
                    String roleText = text.substring(tokens.get(k).start(), tokens.get(nameFrom - 1).end());
                    if (lexicon.honorifics.contains(key(roleText))) {
                        roleText = null;
                    }
                    addPerson(field, text, tokens, nameFrom, nameTo, roleText, found, single);
                    // "U.S. Treasury Secretary James Baker": the role's first word may end the organisation's name
                    String roleHead = tokens.get(k).norm();
                    boolean headInRole = role.size() >= 2
                            && (lexicon.orgHeads.contains(roleHead) && !lexicon.tradeHeads.contains(roleHead)
                            || lexicon.orgs.contains(roleHead));
                    int orgEnd = headInRole ? k + 1 : k;
                    if (k > i && organisations.organisationBeforeRole(tokens, i, k, orgEnd)) {
                        // "NATO Secretary General Mark Rutte", "Apple CEO Tim Cook": the organisation before the role
                        add(found, field, text, EntityMention.ORGANIZATION, tokens.get(i), tokens.get(orgEnd - 1),
                                null);
                    } else if (k == i + 1 && organisations.ledBy(tokens, i, role)) {
                        // "Twitter CEO"
                        add(found, field, text, ORGANISATION_BY_CONTEXT, tokens.get(i), tokens.get(i), null);
                    }
                    if (nameTo < to) {
                        classify(field, text, tokens, nameTo, to, found, single, countries);
                    }
                    return;
                }
            }
        }
        String runKey = key(tokens.subList(i, to));
        if (text.substring(tokens.get(i).start(), tokens.get(to - 1).end()).contains("&")) {
            // "Procter & Gamble said", "Pacific Gas & Electric Co": a company; "Door & Window", "Sun & Mon" are not
            boolean speaks = to < tokens.size() && lexicon.personCues.contains(tokens.get(to).norm());
            if (lexicon.orgHeads.contains(tokens.get(to - 1).norm()) || speaks || lexicon.orgs.contains(runKey)) {
                add(found, field, text, EntityMention.ORGANIZATION, tokens.get(i), tokens.get(to - 1), null);
            }
            return;
        }
        if (context.venue(tokens, i, to)) {
            return; // "Riverbend Music Center", "Javits Convention Center": a place, not an organisation
        }
        // "Bank of England", "Banco Santander", "Credit Suisse": a head or first word of organisations starts the run
        boolean headFirst = to - i >= 3 && lexicon.orgHeads.contains(tokens.get(i).norm())
                && LINKS.contains(tokens.get(i + 1).norm())
                || to - i >= 2 && lexicon.orgFirstWords.contains(tokens.get(i).norm())
                && (to - i < 4 || !people.namedByFirstWord(text, tokens, to - 2, to)); // not "Credit Suisse Paul Hofer"
        if (lexicon.orgHeads.contains(tokens.get(to - 1).norm()) && to - i >= 2 || headFirst
                || organisations.headOf(tokens, i, to)
                || lexicon.orgs.contains(runKey)
                || to - i >= 2 && countryWrittenShort(tokens.get(i))
                        && lexicon.orgs.contains(key(tokens.subList(i + 1, to)))) {
            // (a known one after its country written short: "US EPA", "U.S. Treasury")
            add(found, field, text, EntityMention.ORGANIZATION, tokens.get(i), tokens.get(to - 1), null);
            return;
        }
        int particle = firstParticle(text, tokens, i, to);
        if (particle > i && !people.namedByFirstWord(text, tokens, i, to)) {
            // "Societe Generale de Banque", "Luiz Inácio Lula da Silva": particles join no name that is not a person's
            // by its given name (or a role's, above); the words either side are read as if apart
            int next = particle;
            while (particle(text, tokens.get(next))) {
                next++;
            }
            classify(field, text, tokens, i, particle, found, single, countries);
            classify(field, text, tokens, next, to, found, single, countries);
            return;
        }
        if (to - i <= 3 && (spokespersonOf(text, tokens, i, to) || context.workplaceOf(text, tokens, i, to)
                || (context.kindBefore(text, tokens, i) || basedIn(text, tokens, i) && !context.kindNext(text, tokens, to)
                    || context.kindAfter(text, tokens, to)
                    || ownedBefore(text, tokens, i, to) || context.ledBy(text, tokens, i, to))
                && lexicon.roleAt(tokens, i, to) == null)
                && !people.namedByFirstWord(text, tokens, i, to)) {
            // "a Boeing spokesman", "strategist at Miller Tabak", "the journal Nature Astronomy", "DatagraphiX, a
            // micrographics firm,", "a stake in Healthvest", "the chief executive of Hipcricket"
            // (a workplace's name, or one its kind stands beside, needs no second mention unless it may go on:
            // "analyst at Kidder, Peabody and Co", "with Hambrecht & Quist", "with Vickers da Costa")
            boolean workplace = (context.workplaceOf(text, tokens, i, to) || context.kindBefore(text, tokens, i)
                    || context.kindAfter(text, tokens, to)) && !nameGoesOn(text, tokens, to);
            add(found, field, text, workplace ? WORKPLACE : ORGANISATION_BY_CONTEXT, tokens.get(i), tokens.get(to - 1),
                    null);
            return;
        }
        if (to - i <= 3 && context.jobBeforeName(text, tokens, to) && lexicon.roleAt(tokens, i, to) == null
                && !(to - i == 1 && RANKS.contains(tokens.get(i).norm()))
                && !people.namedByFirstWord(text, tokens, i, to)) {
            // "Commerzbank analyst Carsten Fritsch": the workplace before a job and a name ("Acting SEC chairman ...":
            // its rank left out)
            int workplace = to - i > 1 && RANKS.contains(tokens.get(i).norm()) ? i + 1 : i;
            add(found, field, text, mayBeLongerName(text, tokens, workplace) ? ORGANISATION_BY_CONTEXT : WORKPLACE,
                    tokens.get(workplace), tokens.get(to - 1), null);
            return;
        }
        if (to - i == 1) {
            Token t = tokens.get(i);
            if (lexicon.orgs.contains(t.norm())) {
                add(found, field, text, EntityMention.ORGANIZATION, t, t, null);
            } else {
                single.add(t);
            }
            return;
        }
        int words = words(text, tokens, i, to);
        int lineBreak = lineBreakBefore(text, tokens, i, to);
        if (lineBreak > 0 && people.namedByFirstWord(text, tokens, i, lineBreak)) {
            // "Profile: Julian Assange\nTimeline of saga": a heading's name, not one broken over two lines
            addPerson(field, text, tokens, i, lineBreak, null, found, single);
            classify(field, text, tokens, lineBreak, to, found, single, countries);
            return;
        }
        // (not "Park Dong Woo": a family name that is also a place's first word starts the name, see
        // EntityDetector#namesByTheirSurnames)
        int nameFrom = words >= 3 && !people.namedByFirstWord(text, tokens, i, to)
                && !lexicon.wordLikeFamilyNames.contains(tokens.get(i).norm())
                ? people.nameAtEnd(text, tokens, i, to) : -1;
        if (nameFrom > i) {
            // "Republican Phil Bryant", "Indiana House Speaker Brian Bosma", "Lt Col Alexander Vindman": words that are
            // no part of the name before it; or an organisation's ("Ambassador to the European Union Gordon Sondland")
            if (organisations.organisationBeforeRole(tokens, i, nameFrom, nameFrom) && !tailOfName(tokens, i)) {
                add(found, field, text, EntityMention.ORGANIZATION, tokens.get(i), tokens.get(nameFrom - 1), null);
            }
            addPerson(field, text, tokens, nameFrom, to, null, found, single);
            return;
        }
        boolean before = honorific || i > 0 && lexicon.honorifics.contains(tokens.get(i - 1).norm())
                || i == from && words >= 2 && agedBefore(text, tokens, i, to) || words >= 2 && credited(tokens, i);
        // "... Commissioner for Human Rights said", "District of New York said": the end of a longer name
        boolean tail = i > 0 && ("of".equals(tokens.get(i - 1).norm()) || "for".equals(tokens.get(i - 1).norm()));
        // "... the Brookehill Group in New York said": after "in", "at" or "from" (and "the") a place, not the speaker
        boolean place = i > 0 && PLACE_WORDS.contains(tokens.get(i - 1).norm())
                || i > 1 && "the".equals(tokens.get(i - 1).norm()) && PLACE_WORDS.contains(tokens.get(i - 2).norm());
        boolean after = to < tokens.size() && lexicon.personCues.contains(tokens.get(to).norm()) && !tail && !place
                && TextTokenizer.joinable(text, tokens.get(to - 1), tokens.get(to));
        // "..., said Tom Bonier of the liberal ...": a reporting verb right before a name that ends the clause
        boolean reported = i > 0 && lexicon.speakerCues.contains(tokens.get(i - 1).norm()) && to - i >= 2
                && tokens.get(to - 1).surface().length() > 1 // "said Mary E. Lovely": not cut at an initial
                && TextTokenizer.joinable(text, tokens.get(i - 1), tokens.get(i)) && endsClause(text, tokens, to);
        Token lastToken = tokens.get(to - 1);
        String last = lastToken.norm();
        if (words >= 2 && lexicon.firmWords.contains(last)) {
            // "Stanley Works said", "said Houston Oil Trust", "Sanford Margoshes of Shearson Lehman Brothers": a firm
            // named by its trade or form that speaks or that a person is of; no one's name, and no organisation's
            // elsewhere ("Zero Trust principles", "Database Engines")
            if (after || reported || personOf(found, tokens, i)) {
                add(found, field, text, EntityMention.ORGANIZATION, tokens.get(i), lastToken, null);
            }
            return;
        }
        // "Hamas leader Yahya Sinwar": a role written in small letters right before the run (not one cut at an
        // initial, a particle or "St")
        String smallRole = i == from && words >= 2 && lastToken.surface().length() > 1 && !PARTICLES.contains(last)
                && !"st".equals(last) ? people.roleBefore(text, tokens, i) : null;
        // "Rep. Ilhan Omar", "Gov. Kristi Noem": a role written short, its full stop ending the run before
        Token prev = i > 0 ? tokens.get(i - 1) : null;
        String shortRole = i == from && prev != null && lexicon.shortRoles.contains(prev.norm())
                && text.startsWith(". ", prev.end()) ? text.substring(prev.start(), prev.end() + 1) : null;
        // "Kym Lino, a spokesperson for Instagram", "Anas Haqqani, the younger brother of ...", "..., who", "..., 64,":
        // a role, a relative, a person's clause or age set after the name by a comma (not after "in", "at" or
        // "from": "In New York, the Secretary of State is ..."; not a place's name: "The Mandan, North Dakota, police
        // chief")
        boolean roleAfter = words >= 2 && words <= 3 && lastToken.surface().length() > 1 && !place
                && !PersonNames.NOT_BEFORE_A_NAME.contains(tokens.get(i).norm())
                && (people.namedByRoleAfter(text, tokens, to) || people.namedByClauseAfter(text, tokens, to));
        if ((before || after || reported || smallRole != null || shortRole != null || roleAfter
                || signedWithHandle(text, tokens, i, to)
                || people.namedByFirstWord(text, tokens, i, to) || people.namedBySurname(text, tokens, i, to))
                && words <= 3 && !notNameAtEnd(text, tokens, i, to) && !PersonNames.PARTY_MEMBERS.contains(last)
                && !(lexicon.placeWords.contains(last) && !lexicon.startsPersonName(tokens.get(i).norm()))) {
            // (a place's or a thing's last word after no given name: "Rio de Janeiro Port said", "Lloyds Shipping
            // Intelligence said"; but "Nathan Lane said")
            addPerson(field, text, tokens, i, to, smallRole != null ? smallRole : shortRole, found, single);
        } else if (words <= 3) {
            add(found, field, text, MAYBE_PERSON, tokens.get(i), tokens.get(to - 1), null);
        }
    }

    /** @return true when the run at {@code i} comes after "of" and a person's name found right before it */
    private static boolean personOf(List<Found> found, List<Token> tokens, int i) {
        if (i < 2 || !"of".equals(tokens.get(i - 1).surface()) || found.isEmpty()) {
            return false;
        }
        Found before = found.get(found.size() - 1);
        return before.type().equals(EntityMention.PERSON) && before.evidence().end() == tokens.get(i - 2).end();
    }

    /**
     * @return true when a wire story's credit names the run: "(Reporting by Will Dunham; Editing by Tom Brown)",
     *         "Writing by Jonathan Saul; editing by Emelia Sithole-Matarise"
     */
    private static boolean credited(List<Token> tokens, int i) {
        return i >= 2 && "by".equals(tokens.get(i - 1).norm()) && CREDITS.contains(tokens.get(i - 2).norm());
    }

    /** The work a wire story's credit names people for. */
    private static final Set<String> CREDITS = Set.of("reporting", "editing", "writing");

    /**
     * @return true when the run of two or three words, none in capitals, signs an embedded post with its account's
     *         handle, which spells the family name ("— Dianna E. Anderson 🏳️‍🌈 (@diannaeanderson) November 18, 2019",
     *         "— Cooper Lund (@cooperlund)"): a person's; not "PFF CLE Browns (@PFF_Browns)", nor a group the article
     *         names as a workplace or an author elsewhere ("analysts at Digital Foundry", "tests by Digital Foundry")
     */
    private static boolean signedWithHandle(String text, List<Token> tokens, int from, int to) {
        int end = tokens.get(to - 1).end();
        if (to - from < 2 || to - from > 3 || !bracketAfter(text, end)) {
            return false; // (most runs: nothing is looked at or made for them)
        }
        for (int k = from; k < to; k++) {
            String surface = tokens.get(k).surface();
            if (surface.length() > 1 && surface.equals(surface.toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        Matcher handle = HANDLE_AFTER.matcher(text).region(end, text.length());
        if (!handle.lookingAt()
                || !handle.group(1).toLowerCase(Locale.ROOT).replace("_", "").contains(tokens.get(to - 1).norm())) {
            return false;
        }
        String name = text.substring(tokens.get(from).start(), end);
        return !text.contains(" at " + name) && !text.contains(" by " + name);
    }

    /**
     * @return true when an opening bracket may stand within {@value #HANDLE_GAP} marks after {@code end} (a pictograph
     *         takes two chars), no letter, digit or line break between: what {@link #HANDLE_AFTER} needs
     */
    private static boolean bracketAfter(String text, int end) {
        for (int k = end; k < Math.min(text.length(), end + 2 * HANDLE_GAP + 1); k++) {
            char c = text.charAt(k);
            if (c == '(') {
                return true;
            }
            if (Character.isLetterOrDigit(c) || c == '\n') {
                return false;
            }
        }
        return false;
    }

    /** How many marks or pictographs may stand between a name and its handle. */
    private static final int HANDLE_GAP = 12;

    /** An account's handle in brackets after a name, a few marks or pictographs between: " 🏳️‍🌈 (@diannaeanderson)". */
    private static final Pattern HANDLE_AFTER = Pattern.compile("[^\\p{L}\\p{N}(\\n]{0," + HANDLE_GAP
            + "}\\(@(\\w{2,30})\\)");

    /**
     * @return true when an age written as one word stands right before the run ("17-year-old Virginia Giuffre,", "the
     *         19-year-old Coco Gauff said"), as news writes it before a person's name, and the name ends a clause,
     *         speaks or is followed by "who"; not before a known organisation's name or a run that ends as a place's
     *         or an organisation's does ("a 10-year-old Toyota Corolla", "the 100-year-old Chrysler Building"), nor
     *         before a place said of the person ("a 5-year-old Fort Worth girl")
     */
    private boolean agedBefore(String text, List<Token> tokens, int from, int to) {
        if (from < 3) {
            return false;
        }
        Token number = tokens.get(from - 3);
        Token year = tokens.get(from - 2);
        Token old = tokens.get(from - 1);
        boolean age = FeatureExtractor.isNumber(number.norm()) && "year".equals(year.stem()) && "old".equals(old.norm())
                && text.startsWith("-", number.end()) && text.startsWith("-", year.end())
                && old.end() + 1 == tokens.get(from).start() && text.charAt(old.end()) == ' ';
        if (!age) {
            return false;
        }
        String last = tokens.get(to - 1).norm();
        int end = tokens.get(to - 1).end();
        boolean endsOrSpeaks = end == text.length() || ",.;:)".indexOf(text.charAt(end)) >= 0
                || to < tokens.size() && (lexicon.personCues.contains(tokens.get(to).norm())
                        || "who".equals(tokens.get(to).norm()));
        return endsOrSpeaks && !lexicon.orgs.contains(tokens.get(from).norm()) && !lexicon.orgHeads.contains(last)
                && !lexicon.placeWords.contains(last);
    }

    /**
     * @return true when the run starting at {@code from} ends a longer name, after a link or particle that follows a
     *         capitalised word: "Securities and Exchange Commission", "Rio de Janeiro Coffee Trade Association"
     */
    private static boolean tailOfName(List<Token> tokens, int from) {
        return from >= 2 && (LINKS.contains(tokens.get(from - 1).norm()) || PARTICLES.contains(tokens.get(from - 1).norm()))
                && tokens.get(from - 2).capitalised();
    }

    /** @return true when a link word ("of", "and", ...) stands inside the run {@code [from, to)} */
    private static boolean linkInside(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            if (LINKS.contains(tokens.get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    private void addPerson(String field, String text, List<Token> tokens, int from, int to, String role,
                           List<Found> found, List<Token> single) {
        int end = to;
        for (int k = from + 1; k < end; k++) {
            // (looked for between the two words only: a look to the text's end for each name took seconds)
            String gap = text.substring(tokens.get(k - 1).end(), tokens.get(k).start());
            if (gap.indexOf('/') >= 0) {
                end = k; // "Harry Benson/Getty Images": a photo's credit, the agency after the slash
            } else if (gap.indexOf('&') >= 0) {
                return; // "General Terms & Conditions Page": a thing after a role's word; no one's name holds "&"
            }
        }
        while (end > from && notNameAtEnd(text, tokens, from, end)) {
            end--;
        }
        for (int k = from; k < end; k++) {
            String word = tokens.get(k).surface();
            if (hasDigit(word) && !(k == end - 1 && FOOTNOTE.matcher(word).matches())) {
                return; // "V4 Alpha", "Blocks Q4a": a model's name, a table's cell; a footnote's mark is cut below
            }
        }
        if (end == from) {
            return;
        }
        if (end - from == 1) {
            // "Minister Iwaya": a short form of a person found elsewhere; "U.S. Officials said": no name at all
            single.add(tokens.get(from));
            return;
        }
        List<String> title = lexicon.roleAt(tokens, from, end);
        if (title != null && title.size() == end - from) {
            return; // "the Ranking Member said": a title, no name
        }
        String written = role != null ? role : people.roleBefore(text, tokens, from);
        add(found, field, text, EntityMention.PERSON, tokens.get(from), tokens.get(end - 1),
                written != null ? written : people.roleAfter(text, tokens, end));
    }

    /** A word and a footnote's number glued to it: "Lee1", "Glissmann2". */
    private static final Pattern FOOTNOTE = Pattern.compile("\\p{L}{2,}\\d{1,2}");

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words that start no one's name, capitalised as they may be in a heading or a product's name ("Executive Chair
     * With Headrest", "Boost Your Greatest Hits") or in a place's or firm's ("New Jersey Bell"). Not the theme
     * model's stop words ({@code FeatureExtractor.isStopWord}): those hold "an" and "will", which start names ("An
     * Wang", "Will Dunham").
     */
    private static final Set<String> NO_NAME_STARTS = Set.of("with", "without", "within", "your", "our", "their",
            "my", "and", "or", "for", "the", "of", "in", "on", "at", "to", "from", "by", "into", "via", "this", "these",
            "new");

    private static void add(List<Found> found, String field, String text, String type, Token first, Token last,
                            String role) {
        int end = last.end();
        if (type.equals(EntityMention.PERSON) || type.equals(MAYBE_PERSON)) {
            if (NO_NAME_STARTS.contains(first.norm())) {
                return;
            }
            while (end > first.start() + 1 && Character.isDigit(text.charAt(end - 1))) {
                end--; // a footnote's number glued to the name: "Chong Lee1" is Chong Lee
            }
            // a name's tail in small letters after a hyphen is part of it: "Kim Jong-un", "Ahmed El-sayed"
            int tail = end + 1;
            while (end < text.length() - 1 && text.charAt(end) == '-' && tail < text.length()
                    && Character.isLowerCase(text.charAt(tail))) {
                while (tail < text.length() && Character.isLetter(text.charAt(tail))) {
                    tail++;
                }
                if (COMPOUND_TAILS.contains(text.substring(end + 1, tail))) {
                    break;
                }
                end = tail;
                tail = end + 1;
            }
        }
        String written = text.substring(first.start(), end);
        found.add(new Found(type, oneSpaced(written), role == null ? null : oneSpaced(role),
                new Evidence(field, written, first.start(), end)));
    }

    /**
     * @return the words with one space between them: a name or a role broken over two lines of hard-wrapped text
     *         ("Paul\n    Volcker", "Minister for Trade\nNegotiations") is written with one
     */
    private static String oneSpaced(String words) {
        Matcher odd = ODD_SPACE.matcher(words);
        return odd.find() ? odd.replaceAll(" ") : words;
    }
}
