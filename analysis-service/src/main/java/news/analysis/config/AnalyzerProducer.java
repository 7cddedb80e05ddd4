package news.analysis.config;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import news.analysis.ArticleAnalyzer;
import news.language.LanguageGuesser;

/**
 * Makes the plain-Java analyser injectable. It is made once, at startup: its taxonomy, gazetteer, theme models and
 * sentence encoder, and the language detector's models (for an article that comes without its language), so the first
 * article does not wait for them.
 */
public class AnalyzerProducer {

    @Produces
    @Singleton
    @Startup
    ArticleAnalyzer articleAnalyzer() {
        LanguageGuesser.load();
        return ArticleAnalyzer.fromClasspath();
    }
}
