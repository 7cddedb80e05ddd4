package news.analysis;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import news.analysis.entity.CountryDetector;
import news.analysis.theme.ThemeTagger;
import news.events.AnalyzedArticle;
import news.events.CountryMention;
import news.events.IngestedArticle;
import news.events.ThemeTag;

/** Runs every analysis on an article: themes with their evidence, countries. Plain Java, thread-safe. */
public final class ArticleAnalyzer {

    /**
     * Version of the analysis as a whole; raise it whenever the taxonomy, the gazetteer or an algorithm changes
     * what comes out, so the read model prefers the new results on re-analysis.
     */
    public static final int ANALYSIS_VERSION = 1;

    private final ThemeTagger themes;
    private final CountryDetector countries;
    private final Clock clock;

    public ArticleAnalyzer(ThemeTagger themes, CountryDetector countries, Clock clock) {
        this.themes = themes;
        this.countries = countries;
        this.clock = clock;
    }

    /** The analyser with the taxonomy and gazetteer shipped as resources. */
    public static ArticleAnalyzer fromClasspath() {
        return new ArticleAnalyzer(ThemeTagger.fromClasspath(), CountryDetector.fromClasspath(), Clock.systemUTC());
    }

    /** The analysis of a title and body, without an article around it. */
    public Analysis analyze(String title, String body) {
        String text = body == null ? "" : body;
        return new Analysis(themes.taxonomyVersion(), themes.tag(title, text), countries.detect(title, text));
    }

    public AnalyzedArticle analyze(IngestedArticle article) {
        Analysis analysis = analyze(article.title(), article.body());
        return new AnalyzedArticle(AnalyzedArticle.SCHEMA_VERSION, ANALYSIS_VERSION, analysis.taxonomyVersion(),
                article, analysis.themes(), analysis.countries(), Instant.now(clock));
    }

    /**
     * What the analysis found.
     *
     * @param taxonomyVersion the theme taxonomy's version
     * @param themes          themes, best first
     * @param countries       countries, most mentioned first
     */
    public record Analysis(String taxonomyVersion, List<ThemeTag> themes, List<CountryMention> countries) {
    }
}
