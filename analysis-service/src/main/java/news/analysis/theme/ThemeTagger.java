package news.analysis.theme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import news.analysis.entity.CountryDetector;
import news.events.CountryMention;
import news.events.Evidence;
import news.events.ThemeTag;

/**
 * Tags an article with the taxonomy's themes, explainably: every tag carries the phrases that triggered it, with
 * their field and exact character offsets (each phrase once, where it stands first).
 *
 * <p>How: the title and body are tokenised ({@link TextTokenizer}, plain Java, no Lucene) and the taxonomy's cue
 * phrases are matched leftmost-longest, ignoring case and plural endings. Each match adds its cue weight to its
 * themes, times the title weight when in the title; a cue seen again counts less. A theme's weight is divided by
 * the text's length (in words, the title's counted with the title weight) to give a density per 100 words, and
 * the score is {@code 1 - exp(-density / densityScale)}. A theme is tagged when its score reaches
 * {@code minScore} and its weight {@code minWeight}, when it has a fair share of the leading theme's weight (a
 * large share in a short text, where one theme is expected; a small one in a long article) and, in a long text,
 * when it rests on several different cue phrases ({@code minPhrasesLong}, {@code minPhraseWeightLong}) and a
 * higher score ({@code minScoreLong}): a long article names many topics in passing. Country mentions (via {@link CountryDetector}) count towards the theme
 * the taxonomy's {@code countryCue} names, except the audience's home countries. So a sports story that says "trade" once is not about trade, and an 800-word story full of tariffs is.
 *
 * <p>With a learned {@link ThemeModel} (the taxonomy's {@code model} section), the model decides the themes it
 * knows ({@link ModelThemes}): in a short text its leading theme, in a long one every theme with a fair share of
 * the text. A short text has a model of its own, which also weighs what the text means beyond its words (its
 * encoding by {@link HeadlineEncoder}). The cue rules above then add themes the model does not know
 * (travel-tourism, religion, ...), and the known themes the cues find clearly and the model gives at least some
 * weight ({@code cueFloor} in a long text, {@code cueFloorShort} in a short one);
 * those are scored no higher than twice their model share, so they rank below the model's own themes. On a long text
 * a theme the model does not know is scored no higher than its share of the text's cue weight, which puts it on the
 * scale of the model's shares: a few travel phrases in the story of a minister's visit do not rank first. On a
 * long text every further theme needs at least {@code secondaryShareLong} of the leading theme's score: a company
 * report that names a lawsuit is not also crime news.
 */
public final class ThemeTagger {

    private final Taxonomy taxonomy;
    private final CueMatcher matcher;
    private final CountryDetector countries;
    private final ModelThemes model;
    private final Map<String, Taxonomy.Theme> themes = new LinkedHashMap<>();

    /**
     * A tagger with the model the taxonomy names (if any) from the classpath.
     *
     * @param taxonomy  the themes and cues to use
     * @param countries finds country mentions for the taxonomy's country cue; may be null to ignore countries
     */
    public ThemeTagger(Taxonomy taxonomy, CountryDetector countries) {
        this(taxonomy, countries, taxonomy.model() == null ? null : ThemeModel.fromClasspath(taxonomy.model().resource()),
                taxonomy.model() == null || taxonomy.model().shortResource() == null ? null
                        : ThemeModel.fromClasspath(taxonomy.model().shortResource()));
    }

    /**
     * @param taxonomy   the themes and cues to use
     * @param countries  finds country mentions for the taxonomy's country cue; may be null to ignore countries
     * @param model      the learned model; null to tag by cues alone
     * @param shortModel the learned model for short texts (it may read their encoding); null to use {@code model}
     */
    public ThemeTagger(Taxonomy taxonomy, CountryDetector countries, ThemeModel model, ThemeModel shortModel) {
        this.taxonomy = taxonomy;
        this.countries = taxonomy.countryCue() == null ? null : countries;
        this.matcher = new CueMatcher(taxonomy);
        this.model = model == null || taxonomy.model() == null ? null
                : new ModelThemes(model, shortModel == null ? model : shortModel, taxonomy);
        taxonomy.themes().forEach(t -> themes.put(t.id(), t));
    }

    /** @return a tagger over the taxonomy in {@code taxonomy/themes.json} on the classpath */
    public static ThemeTagger fromClasspath() {
        return new ThemeTagger(Taxonomy.fromClasspath(), CountryDetector.fromClasspath());
    }

    /** @return the version of the taxonomy in use */
    public String taxonomyVersion() {
        return taxonomy.version();
    }

    /** @return the taxonomy in use */
    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /**
     * Tags one article.
     *
     * @param title the headline, may be null or empty
     * @param body  the article text, may be null or empty
     * @return the themes found, best first; empty when nothing is clear
     */
    public List<ThemeTag> tag(String title, String body) {
        return tag(title, body, countries == null ? CountryDetector.Places.NONE : countries.locate(title, body));
    }

    /**
     * Tags one article whose countries are already known.
     *
     * @param places the countries of the title and body and where they are named (as {@link CountryDetector#locate}
     *               gives them)
     */
    public List<ThemeTag> tag(String title, String body, CountryDetector.Places places) {
        String[] texts = {title == null ? "" : title, body == null ? "" : body};
        List<List<CueMatcher.Match>> cueMatches = List.of(matcher.match(texts[0], TextTokenizer.tokenize(texts[0])),
                matcher.match(texts[1], TextTokenizer.tokenize(texts[1])));
        Cues cues = tally(texts, cueMatches, places.countries());
        List<ThemeTag> byCues = cueTags(cues);
        if (model == null) {
            return byCues;
        }
        ModelThemes.Scored scored = model.score(texts[0], texts[1], cueMatches.get(0), cueMatches.get(1),
                places.titleSpans(), places.bodySpans());
        List<ThemeTag> tags = new ArrayList<>();
        scored.tagged().values().forEach(r -> {
            Taxonomy.Theme theme = themes.get(r.theme());
            if (theme != null && !r.evidence().isEmpty()) {
                tags.add(new ThemeTag(r.theme(), theme.label(), theme.iptcCode(), round(r.score()), r.evidence()));
            }
        });
        double cueTotal = cueTotal(cues);
        for (ThemeTag cue : byCues) {
            boolean known = model.knows(cue.theme());
            double floor = scored.longText() ? taxonomy.model().cueFloor() : taxonomy.model().cueFloorShort();
            if (known && (scored.tagged().containsKey(cue.theme())
                    || scored.shares().getOrDefault(cue.theme(), 0.0) < floor)) {
                continue;
            }
            // a known theme ranks below the model's own; one the model does not know, on a long text, by its share of
            // the text's cue weight (the scale of the model's shares: a few travel phrases in a diplomatic story do not
            // rank first)
            double cap = known ? scored.shares().get(cue.theme()) * 2
                    : scored.longText() ? cues.tallies().get(cue.theme()).weight / cueTotal : 1;
            tags.add(new ThemeTag(cue.theme(), cue.label(), cue.iptcCode(), round(Math.min(cue.score(), cap)),
                    cue.evidence()));
        }
        tags.sort(Comparator.comparingDouble(ThemeTag::score).reversed().thenComparing(ThemeTag::theme));
        if (scored.longText() && !tags.isEmpty()) {
            double floor = taxonomy.model().secondaryShareLong() * tags.get(0).score();
            tags.removeIf(t -> t.score() < floor);
        }
        return tags;
    }

    /** @return the summed weight of all themes' cue matches in the text */
    private static double cueTotal(Cues cues) {
        double total = 0;
        for (Tally t : cues.tallies().values()) {
            total += Math.max(0, t.weight);
        }
        return total;
    }

    /** The cue matches of a text added up per theme, and the text's (weighted) length in words. */
    private record Cues(Map<String, Tally> tallies, double length) {
    }

    private Cues tally(String[] texts, List<List<CueMatcher.Match>> cueMatches, List<CountryMention> found) {
        Taxonomy.Scoring s = taxonomy.scoring();
        Map<String, Tally> tallies = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        double length = 0;
        String[] fields = {"title", "body"};
        for (int f = 0; f < 2; f++) {
            double fieldWeight = f == 0 ? s.titleWeight() : 1.0;
            length += fieldWeight * TextTokenizer.tokenize(texts[f]).size();
            for (CueMatcher.Match m : cueMatches.get(f)) {
                if (m.phrase().weights().isEmpty()) {
                    continue;
                }
                int repeat = seen.merge(m.phrase().text(), 1, Integer::sum);
                double factor = fieldWeight * Math.pow(s.repeatWeight(), repeat - 1);
                Evidence ev = new Evidence(fields[f], texts[f].substring(m.start(), m.end()), m.start(), m.end());
                m.phrase().weights().forEach((theme, w) -> {
                    Tally t = tallies.computeIfAbsent(theme, k -> new Tally());
                    t.add(w * factor, fieldWeight, ev);
                    t.phrases.merge(m.phrase().text(), w, Math::max);
                });
            }
        }
        if (countries != null) {
            addCountries(found, tallies);
        }
        return new Cues(tallies, length);
    }

    /** The themes by the taxonomy's cue rules alone (see the class description). */
    private List<ThemeTag> cueTags(Cues cues) {
        Taxonomy.Scoring s = taxonomy.scoring();
        Map<String, Tally> tallies = cues.tallies();
        double length = cues.length();
        double top = tallies.values().stream().mapToDouble(t -> t.weight).max().orElse(0);
        if (top <= 0) {
            return List.of();
        }
        boolean longText = length > s.longText();
        double effective = Math.max(length, s.minEffectiveLength());
        double ratio = longText ? s.secondaryRatioLong() : s.secondaryRatioShort();
        List<ThemeTag> tags = new ArrayList<>();
        tallies.forEach((id, t) -> {
            double density = 100.0 * t.weight / effective;
            double score = 1.0 - Math.exp(-density / s.densityScale());
            boolean enough = !longText || t.matches >= s.minMatchesLong() && score >= s.minScoreLong()
                    && t.phrases.size() >= s.minPhrasesLong() && t.phraseWeight() >= s.minPhraseWeightLong();
            if (t.weight >= s.minWeight() && t.weight > 0 && score >= s.minScore() && t.weight >= ratio * top && enough) {
                Taxonomy.Theme theme = themes.get(id);
                List<Evidence> evidence = t.evidence.subList(0, Math.min(t.evidence.size(), s.maxEvidence()));
                tags.add(new ThemeTag(id, theme.label(), theme.iptcCode(), round(score), evidence));
            }
        });
        tags.sort(Comparator.comparingDouble(ThemeTag::score).reversed().thenComparing(ThemeTag::theme));
        return tags;
    }

    private void addCountries(List<CountryMention> found, Map<String, Tally> tallies) {
        Taxonomy.Scoring s = taxonomy.scoring();
        Taxonomy.CountryCue cue = taxonomy.countryCue();
        for (CountryMention m : found) {
            if (cue.homeCountries().contains(m.code())) {
                continue;
            }
            int repeat = 0;
            for (Evidence ev : m.evidence()) {
                double fieldWeight = ev.field().equals("title") ? s.titleWeight() : 1.0;
                double w = cue.weight() * fieldWeight * Math.pow(s.repeatWeight(), repeat++);
                tallies.computeIfAbsent(cue.theme(), k -> new Tally()).add(w, fieldWeight, ev);
            }
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** Running total for one theme. */
    private static final class Tally {
        double weight;
        double matches;
        /** Each phrase once, where it stands first (title first): "environmental", not "environmental, environmental". */
        final List<Evidence> evidence = new ArrayList<>();
        private final Set<String> evidenced = new HashSet<>();
        /** The different cue phrases matched, each with its weight for the theme (countries are not phrases). */
        final Map<String, Double> phrases = new HashMap<>();

        double phraseWeight() {
            return phrases.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        void add(double w, double fieldWeight, Evidence ev) {
            weight += w;
            if (w > 0) {
                matches += fieldWeight;
                if (evidenced.add(ev.text().toLowerCase(Locale.ROOT))) {
                    evidence.add(ev);
                }
            }
        }
    }
}
