package news.analysis;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import news.analysis.entity.CountryDetector;
import news.analysis.entity.EntityDetector;
import news.analysis.theme.ThemeTagger;
import news.analysis.tone.ToneScorer;
import news.events.AnalyzedArticle;
import news.events.CountryMention;
import news.events.EntityMention;
import news.events.Evidence;
import news.events.IngestedArticle;
import news.events.ThemeTag;
import news.events.Tone;
import news.language.LanguageGuesser;

/**
 * Runs every analysis on an article: themes with their evidence, countries, people and organisations, tone.
 * Plain Java, thread-safe.
 *
 * <p>Language: the themes, entity roles and tone lexicon are English. An article whose language is known and is
 * not English gets no themes, entities or tone (never English keyword matches on foreign text), only countries
 * (named as in English or as its language names them, {@link CountryDetector#withLocalNames}), and
 * {@link Analysis#themesStatus()} says why. An article without a language (a text posted to the preview API)
 * has it detected; one the detector cannot place (too short) is analysed as English.
 */
public final class ArticleAnalyzer {

    /**
     * Version of the analysis as a whole; raise it whenever the taxonomy, the gazetteer or an algorithm changes
     * what comes out, so the read model prefers the new results on re-analysis. What each version changed is in
     * {@code docs/analysis-versions.md}.
     */
    public static final int ANALYSIS_VERSION = 46;

    /** {@link Analysis#themesStatus()} of an analysed article. */
    public static final String ANALYSED = "analysed";

    private final ThemeTagger themes;
    private final CountryDetector countries;
    private final EntityDetector entities;
    private final ToneScorer tone;
    private final Clock clock;

    public ArticleAnalyzer(ThemeTagger themes, CountryDetector countries, EntityDetector entities, ToneScorer tone,
                           Clock clock) {
        this.themes = themes;
        this.countries = countries;
        this.entities = entities;
        this.tone = tone;
        this.clock = clock;
    }

    /** The analyser with the taxonomy, model, gazetteer and lexicons shipped as resources. */
    public static ArticleAnalyzer fromClasspath() {
        return new ArticleAnalyzer(ThemeTagger.fromClasspath(), CountryDetector.fromClasspath(),
                EntityDetector.fromClasspath(), ToneScorer.fromClasspath(), Clock.systemUTC());
    }

    /** The analysis of an English title and body, without an article around it. */
    public Analysis analyze(String title, String body) {
        return analyze(title, body, "en");
    }

    /**
     * The analysis of a title and body in a language.
     *
     * @param language ISO 639-1 code, or null when unknown (detected; analysed as English when the detector cannot
     *                 tell)
     */
    public Analysis analyze(String title, String body, String language) {
        String text = body == null ? "" : body;
        boolean given = language != null && !language.isBlank();
        String lang = given ? language : LanguageGuesser.guess(sample(title, text), null);
        if (!english(lang)) {
            return new Analysis(themes.taxonomyVersion(), "not analysed for themes in language "
                    + lang.strip().toLowerCase(Locale.ROOT) + (given ? "" : " (detected; none was given)"), List.of(),
                    countries.withLocalNames(lang, title, text).countries(), List.of(), null);
        }
        // the steps share the title's and body's tokens (TextTokenizer keeps the last two texts of the thread);
        // people and organisations come last, as they tokenise names of their own
        CountryDetector.Places places = countries.locate(title, text);
        List<ThemeTag> tags = themes.tag(title, text, places);
        Tone toneOfText = tone.score(title, text);
        List<EntityMention> named = entities.detect(title, text, places);
        // a country named like a person the article names in full is that person when written alone ("Jordan said"
        // after "Rep. Jim Jordan"): the countries without those mentions, and the themes again (rare)
        Set<String> surnames = surnames(named);
        if (namedAt(surnames, title, places.titleSpans()) || namedAt(surnames, text, places.bodySpans())) {
            places = countries.locate(title, text, surnames);
            tags = themes.tag(title, text, places);
        }
        return new Analysis(themes.taxonomyVersion(), ANALYSED, tags, places.countries(), named, toneOfText);
    }

    public AnalyzedArticle analyze(IngestedArticle article) {
        Analysis analysis = analyze(article.title(), article.body(), article.language());
        return new AnalyzedArticle(AnalyzedArticle.SCHEMA_VERSION, ANALYSIS_VERSION, analysis.taxonomyVersion(),
                article, analysis.themes(), analysis.countries(), Instant.now(clock), analysis.themesStatus(),
                analysis.entities(), analysis.tone());
    }

    /** The last words of the people named with two words or more: "Jordan" for "Jim Jordan". */
    private static Set<String> surnames(List<EntityMention> entities) {
        Set<String> out = new HashSet<>();
        for (EntityMention e : entities) {
            int space = e.name().lastIndexOf(' ');
            if (e.type().equals(EntityMention.PERSON) && space > 0) {
                out.add(e.name().substring(space + 1));
            }
        }
        return out;
    }

    /** @return true when one of the spans of the text holds one of the names */
    private static boolean namedAt(Set<String> names, String text, List<int[]> spans) {
        for (int[] span : spans) {
            if (names.contains(text.substring(span[0], span[1]))) {
                return true;
            }
        }
        return false;
    }

    /** The title and the opening of the body, for the language detector when no language is given. */
    private static String sample(String title, String body) {
        String opening = body.length() <= LANGUAGE_SAMPLE_CHARS ? body : body.substring(0, LANGUAGE_SAMPLE_CHARS);
        return title == null || title.isBlank() ? opening : title.strip() + ". " + opening;
    }

    /** How much of an article without a language the detector reads (it stops reading at 800 characters anyway). */
    private static final int LANGUAGE_SAMPLE_CHARS = 1000;

    /** @return true for null, blank or English ("en", "en-GB") language codes */
    static boolean english(String language) {
        if (language == null || language.isBlank()) {
            return true;
        }
        String l = language.strip().toLowerCase(Locale.ROOT);
        return l.equals("en") || l.startsWith("en-") || l.startsWith("en_");
    }

    /**
     * What the analysis found.
     *
     * @param taxonomyVersion the theme taxonomy's version
     * @param themesStatus    {@value #ANALYSED}, or why the themes were not analysed ("not analysed for themes
     *                        in language de")
     * @param themes          themes, best first
     * @param countries       countries, most mentioned first
     * @param entities        people, then organisations, most mentioned first
     * @param tone            the tone and the counts it came from; null when not analysed
     */
    public record Analysis(String taxonomyVersion, String themesStatus, List<ThemeTag> themes,
                           List<CountryMention> countries, List<EntityMention> entities, Tone tone) {
    }
}
