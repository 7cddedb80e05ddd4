package news.analysis.entity;

import static news.analysis.entity.EntityLexicon.key;
import static news.analysis.entity.NameRuns.MAYBE_PERSON;
import static news.analysis.entity.NameRuns.ORGANISATION_BY_CONTEXT;
import static news.analysis.entity.NameRuns.WORKPLACE;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
 * <p>{@link NameRuns} reads the runs of each field; this class merges what they name into the article's entities,
 * with what the rest of the article tells ({@link NamesByContext}) and its lists ({@link ListedNames}), one person
 * written several ways as one ({@link SamePersonNames}), and the names of headings and of a title whose capitals say
 * nothing read apart ({@link HeadingNames}).
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
    private final HeadingNames headings;
    private final NamesByContext context;
    private final ListedNames lists;
    private final int maxEvidence;

    private EntityDetector(EntityLexicon lexicon, int maxEvidence) {
        this.lexicon = lexicon;
        this.people = new PersonNames(lexicon);
        this.organisations = new OrganisationNames(lexicon);
        this.runs = new NameRuns(lexicon, people, organisations);
        this.headings = new HeadingNames(lexicon);
        this.context = new NamesByContext(lexicon, people);
        this.lists = new ListedNames(lexicon, people);
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
        boolean plainTitle = HeadingNames.capitalsSayNothing(texts[0]);
        for (int f = 0; f < 2; f++) {
            if (f == 0 && plainTitle) {
                singles.add(new ArrayList<>()); // read below, for the names the body gives
                continue;
            }
            List<Found> inField = new ArrayList<>();
            List<Token> single = new ArrayList<>();
            List<int[]> spans = countrySpans.get(f);
            runs.scan(fields[f], texts[f], inField, single, spans);
            String text = texts[f];
            inField.removeIf(x -> x.type().equals(EntityMention.ORGANIZATION)
                    ? within(x.evidence().start(), x.evidence().end(), spans)
                            || organisations.countryAndTrade(x.name(), x.evidence().start(), spans)
                            || countriesJoined(text, x.evidence().start(), x.evidence().end(), spans)
                    : overlaps(x.evidence().start(), x.evidence().end(), spans));
            single.removeIf(t -> within(t.start(), t.end(), spans));
            if (f == 1) {
                headings.withoutHeadingOrganisations(texts[1], inField, inSmallLetters[1]);
                inField.removeIf(x -> headings.listLabel(texts[1], inSmallLetters[1], x));
            }
            found.addAll(inField);
            singles.add(single);
        }
        Map<String, ArticleEntity> entities = new LinkedHashMap<>();
        Found previous = null;
        Map<String, String> abbreviations = new HashMap<>(); // "organization|eu" -> "organization|european union"
        for (Found x : found) {
            if (x.type().equals(MAYBE_PERSON) || x.type().equals(ORGANISATION_BY_CONTEXT)
                    || x.type().equals(WORKPLACE)) {
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
                    && NamesByContext.inBracketsAfter(text, named.evidence(), x.evidence())) {
                String namedKey = named.type() + "|" + key(named.name());
                namedKey = abbreviations.getOrDefault(namedKey, namedKey);
                entities.get(namedKey).evidence.add(x.evidence());
                abbreviations.putIfAbsent(xKey, namedKey);
                previous = named;
                continue;
            }
            ArticleEntity e = entities.computeIfAbsent(abbreviations.getOrDefault(xKey, xKey),
                    k -> new ArticleEntity(x.type(), x.name()));
            e.evidence.add(x.evidence());
            if (e.role == null) {
                e.role = x.role();
            }
        }
        if (plainTitle) {
            headings.namesInPlainTitle(texts[0], countrySpans.get(0), entities, singles.get(0));
        }
        for (Found x : found) {
            // "Wang Yi is set to visit Japan": a name without a role or cue is a mention of a person named elsewhere
            ArticleEntity e = x.type().equals(MAYBE_PERSON)
                    ? entities.get(EntityMention.PERSON + "|" + key(x.name())) : null;
            if (e != null) {
                e.evidence.add(x.evidence());
            }
        }
        context.companiesWrittenShort(entities);
        context.organisationsByTheirInitials(entities);
        context.namesByTheirSurnames(found, entities, texts, singles);
        lists.organisationsListedAfterTheirKind(entities, fields, texts, singles, countrySpans);
        lists.namesListedWithPeople(found, entities, texts, inSmallLetters);
        SamePersonNames.mergeNamesWrittenTwoWays(entities);
        SamePersonNames.mergeShortForms(entities, fields, texts, singles);
        context.organisationsByContext(found, entities, fields, texts, singles, inSmallLetters);
        context.termsWrittenShort(entities, texts);
        context.companiesNamedWithoutTheirForm(entities);
        entities.values().removeIf(e -> writtenInSmallLetters(e, inSmallLetters) || addressesTheReader(e)
                || offeringOnce(e, inSmallLetters[1]) || headingOnce(e));
        List<EntityMention> out = new ArrayList<>();
        for (ArticleEntity e : entities.values()) {
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
    private boolean writtenInSmallLetters(ArticleEntity e, SmallLetterPhrases[] texts) {
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
     * @return true when an organisation not known beforehand is named once, in words the body writes in small letters
     *         too, and ends in what a firm offers: a web page's heading or label in title case ("Integration with
     *         Existing Systems", "Accounting Software:", "Human Resources", "Digital Marketing Services"), not a firm's
     *         name, which has a word of its own ("Palo Alto Networks", "Veeam Software") or comes back
     */
    private boolean offeringOnce(ArticleEntity e, SmallLetterPhrases body) {
        return unknownOrganisationOfWordsNamedOnce(e)
                && OFFERINGS.contains(e.name.substring(e.name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT))
                && body.hasEveryWord(e.name);
    }

    /**
     * @return true when an organisation not known beforehand, named once, opens with a word that opens a web page's
     *         heading or link, not a name: a ranking ("Top VPN Services", "Best Social Media Agency") or a call to act
     *         ("Visit IES Holdings", "Explore Park University", "Keep Detailed Records")
     */
    private boolean headingOnce(ArticleEntity e) {
        return unknownOrganisationOfWordsNamedOnce(e)
                && HEADING_OPENERS.contains(e.name.substring(0, e.name.indexOf(' ')).toLowerCase(Locale.ROOT));
    }

    /** @return true for an organisation of two words or more, not known beforehand, that the article names once */
    private boolean unknownOrganisationOfWordsNamedOnce(ArticleEntity e) {
        return e.type.equals(EntityMention.ORGANIZATION) && e.evidence.size() == 1 && e.name.indexOf(' ') > 0
                && !lexicon.orgs.contains(key(e.name));
    }

    /** First words of headings and links that a name does not open with. */
    private static final Set<String> HEADING_OPENERS = Set.of("best", "top", "visit", "explore", "use", "check", "keep",
            "know", "hire", "learn", "compare", "choose", "find", "contact", "download");

    /** What a firm offers, as the last word of a heading in title case: "Services", "Software", "Development". */
    private static final Set<String> OFFERINGS = Set.of("services", "service", "systems", "software", "development",
            "resources", "solutions", "marketing", "management", "networks", "tools", "analytics", "design", "data",
            "technologies", "products", "strategies", "strategy", "platforms", "apps");

    /**
     * @return true when an organisation's name has "your", "my", "their", "his" or "her" after its first word: a
     *         heading that tells the reader what to do ("Secure Your Organization", "Contact Your Insurance Company"),
     *         or a heading with "A" or "An" inside ("How To Choose A Mobile App Development Company"), not a name
     *         ("Save Our Seas Foundation" keeps its "our")
     */
    private static boolean addressesTheReader(ArticleEntity e) {
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

    /*
     * The spans below are the countries' [start, end) as CountryDetector gives them: in text order, none overlapping
     * another, so each look-up is a binary search (an article naming countries thousands of times, each name looked
     * for among them all, took seconds).
     */

    /** @return the last span starting at or before {@code start}, or null */
    static int[] spanAtOrBefore(int start, List<int[]> spans) {
        int k = indexAtOrBefore(start, spans);
        return k < 0 ? null : spans.get(k);
    }

    /** @return the span that starts at {@code start}, or null */
    static int[] spanStartingAt(int start, List<int[]> spans) {
        int[] span = spanAtOrBefore(start, spans);
        return span != null && span[0] == start ? span : null;
    }

    /** @return the index of the last span starting at or before {@code start}, or -1 */
    private static int indexAtOrBefore(int start, List<int[]> spans) {
        int lo = 0;
        int hi = spans.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid)[0] <= start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /** @return true when {@code [start, end)} lies inside one of the spans */
    static boolean within(int start, int end, List<int[]> spans) {
        int[] span = spanAtOrBefore(start, spans);
        return span != null && end <= span[1];
    }

    /** What may join two countries' names into a run of capitalised words: "and", "&", a comma. */
    private static final Pattern COUNTRY_JOINER = Pattern.compile(",?\\s*(?:and|&)\\s+|,\\s*");

    /**
     * @return true when {@code [start, end)} is nothing but countries' names joined by "and", "&" or commas: "United
     *         States and Soviet Union" names two countries, no organisation
     */
    static boolean countriesJoined(String text, int start, int end, List<int[]> spans) {
        int k = indexAtOrBefore(start, spans);
        int[] span = k < 0 ? null : spans.get(k);
        if (span == null || span[0] != start || span[1] >= end) {
            return false;
        }
        while (span[1] < end) {
            if (++k == spans.size() || spans.get(k)[0] >= end
                    || !COUNTRY_JOINER.matcher(text).region(span[1], spans.get(k)[0]).matches()) {
                return false;
            }
            span = spans.get(k);
        }
        return span[1] == end;
    }

    /** @return true when {@code [start, end)} and one of the spans share a character */
    static boolean overlaps(int start, int end, List<int[]> spans) {
        int lo = 0;
        int hi = spans.size();
        while (lo < hi) { // the first span ending after start
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid)[1] <= start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < spans.size() && spans.get(lo)[0] < end;
    }

}
