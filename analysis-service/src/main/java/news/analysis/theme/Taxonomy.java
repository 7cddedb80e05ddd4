package news.analysis.theme;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The theme taxonomy: which themes exist, their IPTC Media Topic codes and the weighted cue phrases that reveal
 * them. It is data, read from the versioned resource {@code taxonomy/themes.json}; change the file and its
 * {@code version} to change what the tagger finds.
 *
 * <p>A cue is a word or phrase in the taxonomy's own words ("trade deficit", "tariff"). Matching ignores case
 * and plural endings; a word ending in {@code *} matches any word starting with it ("export*" matches
 * "exporters"). Weights are about 1 for a supporting word, 2 for a typical phrase and 3 for a phrase that on its
 * own settles the theme; a negative weight counts against the theme. Neutral phrases match nothing but stop
 * their words from counting ("World Trade Center" is not about trade).
 *
 * @param version        version of the taxonomy, reported with every analysis
 * @param scoring        how matches turn into scores and tags
 * @param neutralPhrases phrases that block the cues inside them
 * @param countryCue     how country mentions count towards a theme (may be null)
 * @param themes         the themes
 * @param model          how the learned {@link ThemeModel} is used (may be null: cues only)
 */
public record Taxonomy(String version, Scoring scoring, List<String> neutralPhrases, CountryCue countryCue,
                       List<Theme> themes, ModelScoring model) {

    /** Classpath location of the default taxonomy. */
    public static final String RESOURCE = "taxonomy/themes.json";

    public Taxonomy {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(scoring, "scoring");
        neutralPhrases = neutralPhrases == null ? List.of() : List.copyOf(neutralPhrases);
        themes = List.copyOf(Objects.requireNonNull(themes, "themes"));
        Set<String> ids = new HashSet<>();
        for (Theme t : themes) {
            if (!ids.add(t.id())) {
                throw new IllegalArgumentException("duplicate theme id " + t.id());
            }
        }
    }

    /**
     * One theme.
     *
     * @param id       stable id, e.g. {@code trade}
     * @param label    human label, e.g. "Trade"
     * @param iptcCode IPTC Media Topic QCode, e.g. {@code medtop:20000373}
     * @param iptcName the IPTC concept's English name, for readers of the file
     * @param cues     cue phrase to weight
     */
    public record Theme(String id, String label, String iptcCode, String iptcName, Map<String, Double> cues) {

        public Theme {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            if (iptcCode == null || !iptcCode.startsWith("medtop:")) {
                throw new IllegalArgumentException("theme " + id + ": iptcCode must be a medtop: QCode");
            }
            cues = Map.copyOf(Objects.requireNonNull(cues, "cues"));
        }
    }

    /**
     * Country mentions as a cue: an article that names foreign countries is likely about international affairs.
     *
     * @param theme         the theme they count towards, e.g. {@code diplomacy}
     * @param weight        weight of each country mention (repeats count like repeated cues)
     * @param homeCountries ISO codes of the audience's own countries, whose mentions do not count
     */
    public record CountryCue(String theme, double weight, List<String> homeCountries) {

        public CountryCue {
            Objects.requireNonNull(theme, "countryCue.theme");
            homeCountries = homeCountries == null ? List.of() : List.copyOf(homeCountries);
        }
    }

    /**
     * Scoring parameters.
     *
     * @param titleWeight          how much a title match counts against a body match
     * @param repeatWeight         the k-th match of the same cue counts {@code repeatWeight^(k-1)}, so repeats saturate
     * @param minEffectiveLength   texts shorter than this many (weighted) words are scored as if this long
     * @param densityScale         matched weight per 100 words that gives a score of about 0.63
     * @param minScore             a theme below this score is not tagged
     * @param minWeight            a theme needs at least this much matched weight (so one weak word is not enough)
     * @param longText             texts with more (weighted) words than this are "long"
     * @param minMatchesLong       in a long text a theme needs this many matches (a title match counts double)
     * @param secondaryRatioShort  in a short text a theme needs this share of the best theme's weight
     * @param secondaryRatioLong   in a long text a theme needs this share of the best theme's weight
     * @param maxEvidence          evidence phrases kept per theme
     * @param minScoreLong         in a long text a theme needs at least this score ...
     * @param minPhrasesLong       ... and this many different cue phrases (a word said again and again is one) ...
     * @param minPhraseWeightLong  ... whose weights add up to at least this: a long article mentions many topics
     *                             in passing; a theme it is about comes back in several words of its own
     */
    public record Scoring(double titleWeight, double repeatWeight, double minEffectiveLength, double densityScale,
                          double minScore, double minWeight, double longText, int minMatchesLong, double secondaryRatioShort,
                          double secondaryRatioLong, int maxEvidence, double minScoreLong, int minPhrasesLong,
                          double minPhraseWeightLong) {
    }

    /**
     * How the learned model ({@link ThemeModel}) decides. Texts up to {@code chunkWords} words are scored as one
     * piece; longer ones in pieces of about {@code chunkWords} words (whole sentences), the title being one piece
     * that counts {@code titleWeight} times, and a theme's share is its probability mass over all pieces.
     *
     * @param resource      classpath location of the model file
     * @param minProb       a short text's leading theme needs at least this probability
     * @param secondaryProb a further theme of a short text needs at least this probability
     * @param chunkWords    words per piece of a long text
     * @param minShare      in a long text, a theme needs this share of the probability mass ...
     * @param minPieces     ... and to lead in at least this many pieces (the title counts as titleWeight pieces)
     * @param cueFloor      a theme the cue rules find in a long text is kept when its model share reaches this
     *                      (themes the model does not know keep their cue result)
     * @param cueFloorShort the same for a short text: a theme the cue rules find is kept when the model gives it
     *                      at least this probability
     * @param secondaryShareLong in a long text, a theme after the leading one needs at least this fraction of the
     *                      leading theme's score
     * @param shortResource classpath location of the model for short texts, which also reads the text's encoding
     *                      ({@link HeadlineEncoder}); null: {@code resource} for short texts too
     */
    public record ModelScoring(String resource, double minProb, double secondaryProb, int chunkWords, double minShare,
                               double minPieces, double cueFloor, double cueFloorShort, double secondaryShareLong,
                               String shortResource) {

        public ModelScoring {
            Objects.requireNonNull(resource, "model.resource");
        }
    }

    /** @return the taxonomy in {@code taxonomy/themes.json} on the classpath */
    public static Taxonomy fromClasspath() {
        return fromClasspath(RESOURCE);
    }

    /** @return the taxonomy in the given classpath resource */
    public static Taxonomy fromClasspath(String resource) {
        try (InputStream in = Taxonomy.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("taxonomy resource not found: " + resource);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read taxonomy " + resource, e);
        }
    }

    /** @return the taxonomy read from JSON */
    public static Taxonomy read(InputStream json) throws IOException {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        return mapper.readValue(json, Taxonomy.class);
    }

    /** @return the theme with this id, or null */
    public Theme theme(String id) {
        return themes.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }
}
