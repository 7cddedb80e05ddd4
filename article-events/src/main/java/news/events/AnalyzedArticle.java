package news.events;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/**
 * An article with its analysis, the value of {@link Topics#ARTICLES_ANALYZED}. The read model is rebuilt
 * from these events alone, so the article travels whole.
 *
 * @param schemaVersion   version of this record's JSON shape
 * @param analysisVersion increases whenever the analysis (taxonomy, gazetteer, algorithm) changes; the read
 *                        model never replaces a newer analysis with an older one
 * @param taxonomyVersion the version string of the theme taxonomy used
 * @param article         the ingested article
 * @param themes          themes found, best first, each with its evidence
 * @param countries       countries mentioned, most mentioned first
 * @param analyzedAt      when the analysis ran
 * @param themesStatus    {@code analysed}, or why themes were not looked for (e.g. "not analysed for themes in
 *                        language ja")
 * @param entities        people and organisations, most mentioned first
 * @param tone            the tone score and the counts it came from; absent when not analysed
 * @param story           the story the article belongs to and whether it duplicates an earlier article; absent
 *                        in events of analysis versions before 3
 */
public record AnalyzedArticle(
        int schemaVersion,
        int analysisVersion,
        String taxonomyVersion,
        @NotNull @Valid IngestedArticle article,
        @NotNull List<ThemeTag> themes,
        @NotNull List<CountryMention> countries,
        @NotNull Instant analyzedAt,
        String themesStatus,
        List<EntityMention> entities,
        Tone tone,
        StoryLink story) {

    public static final int SCHEMA_VERSION = 1;

    public AnalyzedArticle {
        themes = themes == null ? List.of() : List.copyOf(themes);
        countries = countries == null ? List.of() : List.copyOf(countries);
        entities = entities == null ? List.of() : List.copyOf(entities);
    }

    /** An analysis without a story link. */
    public AnalyzedArticle(int schemaVersion, int analysisVersion, String taxonomyVersion, IngestedArticle article,
            List<ThemeTag> themes, List<CountryMention> countries, Instant analyzedAt, String themesStatus,
            List<EntityMention> entities, Tone tone) {
        this(schemaVersion, analysisVersion, taxonomyVersion, article, themes, countries, analyzedAt, themesStatus,
                entities, tone, null);
    }

    /** An analysis of themes and countries only. */
    public AnalyzedArticle(int schemaVersion, int analysisVersion, String taxonomyVersion, IngestedArticle article,
            List<ThemeTag> themes, List<CountryMention> countries, Instant analyzedAt) {
        this(schemaVersion, analysisVersion, taxonomyVersion, article, themes, countries, analyzedAt, null, null,
                null, null);
    }

    /** This analysis with {@code link} as its story. */
    public AnalyzedArticle withStory(StoryLink link) {
        return new AnalyzedArticle(schemaVersion, analysisVersion, taxonomyVersion, article, themes, countries,
                analyzedAt, themesStatus, entities, tone, link);
    }

    public String id() {
        return article.id();
    }
}
