package news.analysis.story;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.analysis.entity.LegalForms;
import news.events.StoryLink;

/**
 * Groups articles into stories over a bounded in-memory index of recent articles. Plain Java, thread-safe.
 *
 * <p>For a new article:
 * <ol>
 * <li><b>Near-identical copy.</b> Articles sharing a band of their MinHash signatures (locality-sensitive hashing:
 * {@value #BANDS} bands of {@value #ROWS} components) are compared; from an estimated shingle Jaccard similarity of
 * {@link StorySettings#duplicateThreshold()} the article is a duplicate of the first article of that text and joins
 * its story, unless each is first about another organisation (see the next point).</li>
 * <li><b>Same story.</b> Articles naming one of its people or organisations, or sharing one of its most frequent
 * content words, are candidates. A candidate published within {@link StorySettings#window()} qualifies when the
 * overlap of their top content words reaches a threshold that is lower the more people/organisations they share
 * ({@link StorySettings#overlapNeeded}); a name that many indexed articles carry is not counted as shared; two
 * articles that each name countries, none of them the same, need two shared names or more (one lender's loans to
 * Turkey and to Mexico, two countries' figures from one agency, are two stories), and short
 * formulaic texts (results tables, notices) need more overlap, or a shared name, to join, and never join on their
 * words when each names people or organisations and none of them is the same (two issuers' bonds). Two articles
 * first about different organisations, neither naming the other's, are two stories whatever else they share (two
 * issuers' bonds with one lead manager: {@link #principalsMeet}). A story spans at
 * most the window: a candidate's story qualifies only when its first and last dated articles, with this one, are
 * published within {@link StorySettings#window()} (a market report written alike every day would otherwise chain
 * into one story for weeks). The best qualifying candidate's story is joined.</li>
 * <li>Otherwise the article starts a story whose id is derived from its own id, so it never changes.</li>
 * </ol>
 * An article already indexed keeps the story it has (re-analysis, redelivery).
 */
public final class StoryClusterer {

    /** LSH bands of the MinHash signature. */
    static final int BANDS = 32;
    /** Signature components per band: pairs with Jaccard 0.8 share a band with probability > 0.99999. */
    static final int ROWS = StoryFeatures.SIGNATURE_SIZE / BANDS;
    /** Keys naming more articles than this say little and are not followed. */
    static final int MAX_POSTINGS = 2_000;
    /**
     * A person or organisation named by more than this share of the indexed articles (and more than
     * {@value #COMMON_NAME_MIN} of them) is no sign of one story: the Securities and Exchange Commission in every
     * filing, the president in every political story.
     */
    static final double COMMON_NAME_SHARE = 0.02;
    static final int COMMON_NAME_MIN = 20;
    /**
     * Texts with fewer top content words than this (a results table, a dividend notice, a price report) are written to a
     * formula that makes unrelated ones alike; joined with no shared person or organisation, they need
     * {@value #SHORT_TEXT_ALONE} of their words in common.
     */
    static final int SHORT_TEXT_TERMS = 60;
    static final double SHORT_TEXT_ALONE = 0.8;
    /**
     * Texts with fewer top content words than this ("Shr 41 cts vs 37 cts Net ... Revs ...") join a story only by a
     * shared person or organisation or as a near-identical copy: their words alone cannot tell two companies' results
     * apart.
     */
    static final int TINY_TEXT_TERMS = 25;

    /**
     * What the clusterer decided for an article.
     *
     * @param link           the story and, for a copy, the article it duplicates
     * @param closest        the indexed article that decided it, or null for a new story
     * @param shingles       estimated shingle Jaccard similarity with {@code closest}
     * @param termOverlap    overlap of the top content words with {@code closest}
     * @param sharedEntities people and organisations shared with {@code closest}, less those too many indexed articles
     *                       name ({@link #sharedNames})
     * @param known          the article was indexed already and keeps its story
     */
    public record Decision(StoryLink link, String closest, double shingles, double termOverlap, int sharedEntities,
            boolean known) {
    }

    /**
     * An indexed article. The posting lists of {@link #bands} and {@link #keys} hold the entries themselves, oldest
     * first (so eviction, which takes the oldest, finds each at the head), and an entry is told apart by identity.
     */
    private static final class Entry {
        final StoryFeatures features;
        final StoryLink link;
        final Instant indexedAt;
        /** The decision that last took this entry as a candidate, so it is taken once without a set. */
        long candidateOf;

        Entry(StoryFeatures features, StoryLink link, Instant indexedAt) {
            this.features = features;
            this.link = link;
            this.indexedAt = indexedAt;
        }
    }

    private final StorySettings settings;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();
    /**
     * Articles by LSH band key. Almost every key is one article's alone (32 keys an article), so a posting list starts
     * with room for one: a hash set each took 20,000 articles to 160 MB.
     */
    private final Map<Long, ArrayDeque<Entry>> bands = new HashMap<>();
    private final Map<String, ArrayDeque<Entry>> keys = new HashMap<>();
    /** The time span of each story with indexed articles, by story id. */
    private final Map<String, Span> spans = new HashMap<>();
    private long decisions;

    public StoryClusterer(StorySettings settings) {
        this.settings = settings;
    }

    /** Decides the article's story and indexes it (at {@code now}); an indexed article keeps its story. */
    public synchronized Decision assign(StoryFeatures article, Instant now) {
        evict(now);
        Decision decision = decide(article);
        if (!decision.known()) {
            add(article, decision.link(), now);
        }
        return decision;
    }

    /** The story the article would join, without indexing it. */
    public synchronized Decision preview(StoryFeatures article) {
        return decide(article);
    }

    /**
     * Indexes an article whose story was decided elsewhere (an earlier run, another replica), as of
     * {@code indexedAt}; false when it is indexed already or is older than the retention.
     */
    public synchronized boolean remember(StoryFeatures article, StoryLink link, Instant indexedAt, Instant now) {
        evict(now);
        if (entries.containsKey(article.articleId()) || indexedAt.isBefore(now.minus(settings.retention()))) {
            return false;
        }
        add(article, link, indexedAt);
        return true;
    }

    /** The story of an indexed article, or null. */
    public synchronized StoryLink linkOf(String articleId) {
        Entry e = entries.get(articleId);
        return e == null ? null : e.link;
    }

    public synchronized int size() {
        return entries.size();
    }

    private Decision decide(StoryFeatures article) {
        Entry known = entries.get(article.articleId());
        if (known != null) {
            return new Decision(known.link, null, 1, 1, 0, true);
        }
        long decision = ++decisions;
        List<Entry> candidates = new ArrayList<>();
        for (long band : bandKeys(article)) {
            addCandidates(bands.get(band), decision, candidates);
        }
        TimeWindow window = new TimeWindow(article, settings.window());
        Entry copyOf = null;
        double copySimilarity = 0;
        for (Entry e : candidates) {
            double s = StoryFeatures.shingleSimilarity(article, e.features);
            if (s >= settings.duplicateThreshold() && window.admits(e.features) && s > copySimilarity
                    && principalsMeet(article, e.features)) {
                copyOf = e;
                copySimilarity = s;
            }
        }
        if (copyOf != null) {
            String first = copyOf.link.duplicateOf() != null ? copyOf.link.duplicateOf()
                    : copyOf.features.articleId();
            return new Decision(new StoryLink(copyOf.link.storyId(), first, round(copySimilarity)),
                    copyOf.features.articleId(), copySimilarity, StoryFeatures.termOverlap(article, copyOf.features),
                    sharedNames(article, copyOf.features), false);
        }
        for (String key : keysOf(article)) {
            ArrayDeque<Entry> postings = keys.get(key);
            if (postings != null && postings.size() <= MAX_POSTINGS) {
                addCandidates(postings, decision, candidates);
            }
        }
        Entry best = null;
        double bestScore = 0;
        double bestOverlap = 0;
        int bestShared = 0;
        for (Entry e : candidates) {
            StoryFeatures other = e.features;
            if (!window.admits(other) || !spans.get(e.link.storyId()).admits(article, settings.window())) {
                continue;
            }
            double overlap = StoryFeatures.termOverlap(article, other);
            int shared = sharedNames(article, other);
            int sharedCountries = StoryFeatures.sharedCountries(article, other);
            if (!qualifies(overlap, shared, sharedCountries, article, other)) {
                continue;
            }
            double score = overlap + 0.05 * Math.min(shared, 4) + 0.02 * Math.min(sharedCountries, 3);
            if (score > bestScore) {
                best = e;
                bestScore = score;
                bestOverlap = overlap;
                bestShared = shared;
            }
        }
        if (best == null) {
            return new Decision(StoryLink.newStory(article.articleId()), null, 0, 0, 0, false);
        }
        return new Decision(new StoryLink(best.link.storyId(), null, round(bestOverlap)),
                best.features.articleId(), StoryFeatures.shingleSimilarity(article, best.features), bestOverlap,
                bestShared, false);
    }

    /** Adds the entries of a posting list not taken yet by this decision, in the list's order. */
    private static void addCandidates(ArrayDeque<Entry> postings, long decision, List<Entry> candidates) {
        if (postings == null) {
            return;
        }
        for (Entry e : postings) {
            if (e.candidateOf != decision) {
                e.candidateOf = decision;
                candidates.add(e);
            }
        }
    }

    private boolean qualifies(double overlap, int shared, int sharedCountries, StoryFeatures a, StoryFeatures b) {
        return alike(overlap, shared, sharedCountries, a, b) && principalsMeet(a, b);
    }

    /** @return whether the two articles' words, people, organisations and countries are alike enough for one story */
    private boolean alike(double overlap, int shared, int sharedCountries, StoryFeatures a, StoryFeatures b) {
        // two articles each about other countries: one shared name (the lender, the agency) is not one story
        boolean countriesAgree = a.countries().isEmpty() || b.countries().isEmpty() || sharedCountries > 0;
        if (shared > 0) {
            return (countriesAgree || shared >= 2) && overlap >= settings.overlapNeeded(shared);
        }
        int terms = Math.min(a.terms().length, b.terms().length);
        if (terms < TINY_TEXT_TERMS) {
            return false;
        }
        if (terms < SHORT_TEXT_TERMS) {
            // two short texts that each name people or organisations, none of them the same, are about different
            // ones: two companies' results, two issuers' bonds, written to one formula
            boolean namesAgree = a.entities().isEmpty() || b.entities().isEmpty() || nameInCommon(a, b);
            return countriesAgree && namesAgree && overlap >= Math.max(SHORT_TEXT_ALONE, settings.overlapNeeded(0));
        }
        return countriesAgree && overlap >= settings.overlapNeeded(0);
    }

    /**
     * @return false when each article is first about an organisation, a different one, and neither names the other's:
     *         two issuers' bonds managed by one bank, two companies' contracts from one navy, are two stories, however
     *         alike the wording and whatever else they share; true when either is first about a person (officials of
     *         one event differ from report to report), about no one ({@link StoryFeatures#principal}), or about one
     *         too many indexed articles name to tell stories apart (a news agency quoted in the lead: see
     *         {@link #COMMON_NAME_SHARE})
     */
    boolean principalsMeet(StoryFeatures a, StoryFeatures b) {
        String x = a.principal();
        String y = b.principal();
        if (x == null || y == null || !x.startsWith("o:") || !y.startsWith("o:") || common(x) || common(y)) {
            return true;
        }
        return names(b, x) || names(a, y);
    }

    /** @return true when too many indexed articles name the person or organisation ({@link #COMMON_NAME_SHARE}) */
    private boolean common(String name) {
        ArrayDeque<Entry> postings = keys.get(name);
        int many = Math.max(COMMON_NAME_MIN, (int) (entries.size() * COMMON_NAME_SHARE));
        return postings != null && postings.size() > many;
    }

    /** @return true when the article names the entity, by one of the ways {@link #sameName} allows, as either type */
    private static boolean names(StoryFeatures article, String entity) {
        for (String e : article.entities()) {
            if (sameName(e.substring(2), entity.substring(2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return true when two names (lower case, without their type) name one person or organisation: written the same,
     *         one beginning the other ("fcs laboratories", "fcs laboratories inc"), one of two words or more ending the
     *         other ("u.s. carmaker general motors", "general motors"), one the other's initials ("uaw", "united auto
     *         workers"; "twa", "trans world airlines inc"), or the same words in another order or with another legal
     *         form ("u.s. agriculture department", "u.s. department of agriculture"; "federal deposit insurance corp",
     *         "federal deposit insurance corporation")
     */
    static boolean sameName(String x, String y) {
        if (oneBeginsTheOther(x, y) || endsWithName(x, y) || endsWithName(y, x) || initialsOf(x, y)
                || initialsOf(y, x)) {
            return true;
        }
        Set<String> words = words(x);
        return !words.isEmpty() && words.equals(words(y)); // not two names of legal forms alone ("co inc")
    }

    /** @return true when the names are the same, or one is the other's first whole words ("fcs laboratories inc") */
    private static boolean oneBeginsTheOther(String x, String y) {
        return x.equals(y) || y.startsWith(x + " ") || x.startsWith(y + " ");
    }

    /** @return true when {@code name} ends with {@code end}, a name of two words or more */
    private static boolean endsWithName(String name, String end) {
        return end.indexOf(' ') > 0 && name.endsWith(" " + end);
    }

    /**
     * Words of a name left out of its initials and of its word set: function words, the legal forms that end a
     * company's name ({@link LegalForms}), their long forms and "group".
     */
    private static final Set<String> NAME_FILLERS = fillers();

    private static Set<String> fillers() {
        Set<String> words = new HashSet<>(LegalForms.ENDINGS);
        words.addAll(List.of("of", "the", "and", "&", "for", "incorporated", "limited", "group"));
        return Set.copyOf(words);
    }

    /** @return true when {@code initials} (one word, two letters or more) are the first letters of the name's words */
    private static boolean initialsOf(String initials, String name) {
        if (initials.length() < 2 || initials.indexOf(' ') >= 0 || name.indexOf(' ') < 0) {
            return false;
        }
        StringBuilder first = new StringBuilder();
        for (String w : name.split(" ")) {
            if (!w.isEmpty() && !NAME_FILLERS.contains(w)) {
                first.append(w.charAt(0));
            }
        }
        return first.toString().equals(initials);
    }

    private static Set<String> words(String name) {
        Set<String> out = new HashSet<>(Arrays.asList(name.split(" ")));
        out.removeAll(NAME_FILLERS);
        return out;
    }

    /**
     * @return true when the two articles name one person or organisation, written the same or one name beginning the
     *         other ("FCS Laboratories" and "FCS Laboratories Inc")
     */
    static boolean nameInCommon(StoryFeatures a, StoryFeatures b) {
        for (String x : a.entities()) {
            for (String y : b.entities()) {
                if (oneBeginsTheOther(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The people and organisations both name, less those too many indexed articles name (see
     * {@link #COMMON_NAME_SHARE}); a name that begins another shared one counts with it once ("o:moody's" and
     * "o:moody's investors service inc" are one agency).
     */
    int sharedNames(StoryFeatures a, StoryFeatures b) {
        List<String> shared = new ArrayList<>();
        for (String name : a.entities()) {
            if (b.entities().contains(name) && !common(name)) {
                shared.add(name);
            }
        }
        int n = 0;
        for (String name : shared) {
            boolean beginsAnother = false;
            for (String other : shared) {
                beginsAnother |= other.length() > name.length() && other.startsWith(name + " ");
            }
            n += beginsAnother ? 0 : 1;
        }
        return n;
    }

    /**
     * Whether two articles can be about one event: published within the window of each other. An article without
     * a publication time was published at the latest when it was ingested, so it is compatible with any article
     * published no later than a window after that.
     */
    boolean timeCompatible(StoryFeatures a, StoryFeatures b) {
        return new TimeWindow(a, settings.window()).admits(b);
    }

    /** The publication times an article's story companions can have ({@link #timeCompatible}), worked out once. */
    private static final class TimeWindow {
        /** The earliest, or null when the article has no publication time. */
        private final Instant earliest;
        /** The latest: a window after its publication, or after its ingestion when it has no publication time. */
        private final Instant latest;

        TimeWindow(StoryFeatures article, Duration window) {
            Instant published = article.publishedAt();
            earliest = published == null ? null : published.minus(window);
            latest = (published == null ? article.ingestedAt() : published).plus(window);
        }

        boolean admits(StoryFeatures other) {
            Instant published = other.publishedAt();
            if (published != null) {
                return !published.isAfter(latest) && (earliest == null || !published.isBefore(earliest));
            }
            // published at the latest when ingested: only too early when that is
            return earliest == null || !other.ingestedAt().isBefore(earliest);
        }
    }

    /**
     * When a story's dated articles were published, from the first to the last (null while it has none), and how many
     * of its articles are indexed.
     */
    private static final class Span {
        Instant first;
        Instant last;
        int indexed;

        /**
         * @return whether the story, with the article, is still one event of a few days: its first and last article
         *         published at most a window apart. An undated article was published at the latest when it was
         *         ingested: it fits unless the story's last article came out more than a window after that.
         */
        boolean admits(StoryFeatures article, Duration window) {
            if (first == null) {
                return true;
            }
            Instant at = article.publishedAt();
            if (at == null) {
                return !last.isAfter(article.ingestedAt().plus(window));
            }
            Instant from = at.isBefore(first) ? at : first;
            Instant to = at.isAfter(last) ? at : last;
            return !to.isAfter(from.plus(window));
        }

        void add(StoryFeatures article) {
            Instant at = article.publishedAt();
            if (at != null) {
                first = first == null || at.isBefore(first) ? at : first;
                last = last == null || at.isAfter(last) ? at : last;
            }
            indexed++;
        }
    }

    private void add(StoryFeatures article, StoryLink link, Instant indexedAt) {
        Entry entry = new Entry(article, link, indexedAt);
        entries.put(article.articleId(), entry);
        spans.computeIfAbsent(link.storyId(), id -> new Span()).add(article);
        for (long band : bandKeys(article)) {
            bands.computeIfAbsent(band, b -> new ArrayDeque<>(1)).add(entry);
        }
        for (String key : keysOf(article)) {
            keys.computeIfAbsent(key, k -> new ArrayDeque<>(1)).add(entry);
        }
        while (entries.size() > settings.maxEntries()) {
            remove(entries.keySet().iterator().next());
        }
    }

    private void evict(Instant now) {
        Instant oldest = now.minus(settings.retention());
        Iterator<Entry> it = entries.values().iterator();
        List<String> expired = new ArrayList<>();
        while (it.hasNext()) {
            Entry e = it.next();
            if (!e.indexedAt.isBefore(oldest)) {
                break;
            }
            expired.add(e.features.articleId());
        }
        expired.forEach(this::remove);
    }

    private void remove(String id) {
        Entry e = entries.remove(id);
        if (e == null) {
            return;
        }
        Span span = spans.get(e.link.storyId());
        if (--span.indexed == 0) {
            spans.remove(e.link.storyId());
        }
        for (long band : bandKeys(e.features)) {
            ArrayDeque<Entry> postings = bands.get(band);
            if (postings != null && postings.remove(e) && postings.isEmpty()) {
                bands.remove(band);
            }
        }
        for (String key : keysOf(e.features)) {
            ArrayDeque<Entry> postings = keys.get(key);
            if (postings != null && postings.remove(e) && postings.isEmpty()) {
                keys.remove(key);
            }
        }
    }

    private static long[] bandKeys(StoryFeatures f) {
        long[] out = new long[BANDS];
        long[] sig = f.signature();
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = StoryFeatures.mix(h * 31 + sig[b * ROWS + r]);
            }
            out[b] = h;
        }
        return out;
    }

    private static List<String> keysOf(StoryFeatures f) {
        List<String> out = new ArrayList<>(f.entities());
        for (String term : f.keyTerms()) {
            out.add("t:" + term);
        }
        return out;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
