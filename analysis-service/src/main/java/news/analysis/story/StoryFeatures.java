package news.analysis.story;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import news.analysis.entity.LegalForms;
import news.analysis.theme.FeatureExtractor;
import news.analysis.theme.TextTokenizer;
import news.events.AnalyzedArticle;
import news.events.CountryMention;
import news.events.EntityMention;
import news.events.Evidence;

/**
 * What the story clusterer compares of an article, small enough to keep thousands in memory:
 *
 * <ul>
 * <li>a MinHash signature of the body's word shingles (runs of {@value #SHINGLE_WORDS} words), whose share of equal
 * components estimates the Jaccard similarity of two bodies' shingle sets: near 1 for syndicated copies;</li>
 * <li>the article's most frequent content words (light stems, no stop words or numbers; title words count
 * {@value #TITLE_WEIGHT} times), as sorted 64-bit hashes, for a wording-tolerant overlap;</li>
 * <li>the people and organisations the analysis found, and the countries; and which of them the article is about
 * first: the one its headline names, or else its lead (the first {@value #LEAD_CHARS} characters of the body) names
 * first;</li>
 * <li>the publication time when known, else only the ingest time (the article was published before it).</li>
 * </ul>
 *
 * @param articleId   the article's id
 * @param publishedAt publication time, or null when unknown
 * @param ingestedAt  when it was ingested (an upper bound of the publication time)
 * @param signature   MinHash signature of the body's word shingles, {@value #SIGNATURE_SIZE} values
 * @param terms       hashes of the top content words, sorted ascending, at most {@value #MAX_TERMS}
 * @param keyTerms    the few most frequent content words themselves (candidate keys of the index)
 * @param entities    people ({@code p:} + lower-case name) and organisations ({@code o:} + name)
 * @param countries   ISO 3166-1 alpha-2 codes
 * @param principal   the person or organisation (one of {@code entities}) named first in the headline, or else first in
 *                    the lead; null when neither names one
 */
public record StoryFeatures(String articleId, Instant publishedAt, Instant ingestedAt, long[] signature,
        long[] terms, List<String> keyTerms, Set<String> entities, Set<String> countries, String principal) {

    /** Words per shingle. */
    public static final int SHINGLE_WORDS = 4;
    /** MinHash components. */
    public static final int SIGNATURE_SIZE = 128;
    /** Content words kept per article. */
    public static final int MAX_TERMS = 120;
    /** Content words used as index keys. */
    public static final int KEY_TERMS = 8;
    /** How many times a title word counts. */
    public static final int TITLE_WEIGHT = 3;
    /** The body's first characters, where a news story says whom it is about (its lead). */
    public static final int LEAD_CHARS = 300;

    private static final long[] SEEDS = new long[SIGNATURE_SIZE];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SIGNATURE_SIZE; i++) {
            x = mix(x + 0x9E3779B97F4A7C15L);
            SEEDS[i] = x;
        }
    }

    /** The features of an analysed article: its text, times, entities and countries. */
    public static StoryFeatures of(AnalyzedArticle analyzed) {
        return of(analyzed.id(), analyzed.article().title(), analyzed.article().body(),
                analyzed.article().publishedAt() == null ? null : analyzed.article().publishedAt().toInstant(),
                analyzed.article().ingestedAt(), analyzed.entities(),
                analyzed.countries().stream().map(CountryMention::code).toList());
    }

    /** The features of a text with what the analysis found in it. */
    public static StoryFeatures of(String articleId, String title, String body, Instant publishedAt,
            Instant ingestedAt, List<EntityMention> entities, List<String> countryCodes) {
        List<TextTokenizer.Token> bodyTokens = TextTokenizer.tokenize(body);
        Map<String, Integer> counts = new HashMap<>();
        addTerms(TextTokenizer.tokenize(title), TITLE_WEIGHT, counts);
        addTerms(bodyTokens, 1, counts);
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        int kept = Math.min(MAX_TERMS, ranked.size());
        long[] terms = new long[kept];
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < kept; i++) {
            terms[i] = hash(ranked.get(i).getKey());
            if (i < KEY_TERMS && ranked.get(i).getValue() > 1) {
                keys.add(ranked.get(i).getKey());
            }
        }
        Arrays.sort(terms);
        TreeSet<String> people = new TreeSet<>();
        String principal = null;
        int principalAt = LEAD_CHARS;
        for (EntityMention e : entities == null ? List.<EntityMention>of() : entities) {
            if (e.name() == null || e.name().isBlank()) {
                continue;
            }
            String name = nameKey(e.name());
            String key = (EntityMention.PERSON.equals(e.type()) ? "p:" : "o:") + name;
            people.add(key);
            String company = EntityMention.PERSON.equals(e.type()) ? name : LegalForms.companyName(name);
            // a company the article also names without its legal form ("K Mart" of "K Mart Corp") is known by that
            // name too, the one another article may write alone
            if (!company.equals(name) && e.evidence().stream().anyMatch(ev -> nameKey(ev.text()).equals(company))) {
                people.add("o:" + company);
            }
            int at = firstNamedAt(e);
            if (at < principalAt) {
                principal = key;
                principalAt = at;
            }
        }
        TreeSet<String> countries = new TreeSet<>();
        for (String code : countryCodes == null ? List.<String>of() : countryCodes) {
            if (code != null) {
                countries.add(code.toUpperCase(Locale.ROOT));
            }
        }
        // sorted sets, not Set.copyOf: its order changes from one JVM run to the next, and the index's candidates
        // (and so which of two equally close stories an article joins) follow this order
        return new StoryFeatures(articleId, publishedAt, ingestedAt, signature(bodyTokens), terms, List.copyOf(keys),
                Collections.unmodifiableSortedSet(people), Collections.unmodifiableSortedSet(countries), principal);
    }

    /**
     * @return where the entity is first named: its offset in the headline less {@value #HEADLINE_FIRST}, so before
     *         any body offset, when the headline names it; else its first offset in the body
     */
    private static int firstNamedAt(EntityMention e) {
        int at = Integer.MAX_VALUE;
        for (Evidence ev : e.evidence()) {
            at = Math.min(at, "title".equals(ev.field()) ? ev.start() - HEADLINE_FIRST : ev.start());
        }
        return at;
    }

    /** @return a name as the features compare it: lower case, no marks, single spaces */
    private static String nameKey(String name) {
        return TextTokenizer.normalise(name).strip().replaceAll("\\s+", " ");
    }

    /** Headline offsets count this much before the body's, so a name in the headline comes before any in the body. */
    private static final int HEADLINE_FIRST = 1_000_000;

    private static void addTerms(List<TextTokenizer.Token> tokens, int weight, Map<String, Integer> counts) {
        for (TextTokenizer.Token t : tokens) {
            String norm = t.norm();
            if (norm.length() < 3 || FeatureExtractor.isStopWord(norm) || FeatureExtractor.isNumber(norm)) {
                continue;
            }
            counts.merge(t.stem(), weight, Integer::sum);
        }
    }

    /** The MinHash signature of the shingles of {@code tokens}: per seed, the least hash over all shingles. */
    static long[] signature(List<TextTokenizer.Token> tokens) {
        long[] sig = new long[SIGNATURE_SIZE];
        Arrays.fill(sig, Long.MAX_VALUE);
        int n = tokens.size();
        if (n == 0) {
            return sig;
        }
        long[] words = new long[n];
        for (int i = 0; i < n; i++) {
            words[i] = hash(tokens.get(i).norm());
        }
        int shingles = Math.max(1, n - SHINGLE_WORDS + 1);
        for (int s = 0; s < shingles; s++) {
            long h = 0;
            for (int w = s; w < Math.min(n, s + SHINGLE_WORDS); w++) {
                h = mix(h * 31 + words[w]);
            }
            h = mix(h);
            for (int i = 0; i < SIGNATURE_SIZE; i++) {
                // one cheap multiply-xorshift per seed over the well-mixed shingle hash: a fresh hash function each
                long v = (h ^ SEEDS[i]) * 0x9E3779B97F4A7C15L;
                v ^= v >>> 29;
                if (v < sig[i]) {
                    sig[i] = v;
                }
            }
        }
        return sig;
    }

    /** The estimated Jaccard similarity of the shingle sets: the share of equal signature components. */
    public static double shingleSimilarity(StoryFeatures a, StoryFeatures b) {
        int same = 0;
        for (int i = 0; i < SIGNATURE_SIZE; i++) {
            if (a.signature[i] == b.signature[i]) {
                same++;
            }
        }
        return same / (double) SIGNATURE_SIZE;
    }

    /**
     * How much of the smaller top-word set the other shares ({@code |A ∩ B| / min(|A|, |B|)}), 0 to 1: tolerant
     * of different wording and of one article being much longer than the other.
     */
    public static double termOverlap(StoryFeatures a, StoryFeatures b) {
        long[] x = a.terms;
        long[] y = b.terms;
        if (x.length == 0 || y.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                common++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common / (double) Math.min(x.length, y.length);
    }

    /** How many people and organisations both name. */
    public static int sharedEntities(StoryFeatures a, StoryFeatures b) {
        int n = 0;
        for (String e : a.entities) {
            if (b.entities.contains(e)) {
                n++;
            }
        }
        return n;
    }

    /** How many countries both mention. */
    public static int sharedCountries(StoryFeatures a, StoryFeatures b) {
        int n = 0;
        for (String c : a.countries) {
            if (b.countries.contains(c)) {
                n++;
            }
        }
        return n;
    }

    /** A 64-bit hash of a string (FNV-1a over UTF-8, then mixed). */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** The finaliser of SplitMix64: spreads every input bit over the output. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoryFeatures f && articleId.equals(f.articleId) && Arrays.equals(signature, f.signature)
                && Arrays.equals(terms, f.terms) && entities.equals(f.entities) && countries.equals(f.countries)
                && java.util.Objects.equals(publishedAt, f.publishedAt)
                && java.util.Objects.equals(ingestedAt, f.ingestedAt) && java.util.Objects.equals(principal, f.principal);
    }

    @Override
    public int hashCode() {
        return articleId.hashCode() * 31 + Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return "StoryFeatures[" + articleId + ", terms=" + terms.length + ", entities=" + entities + ", countries="
                + countries + "]";
    }
}
