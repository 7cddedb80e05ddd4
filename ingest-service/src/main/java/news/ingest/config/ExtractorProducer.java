package news.ingest.config;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import news.ingest.extract.ArticleExtractor;
import news.language.LanguageGuesser;

/**
 * Makes the plain-Java extractor injectable. It is made at startup, with the language detector's models (about a
 * second to load), so the first page posted does not wait for them.
 */
public class ExtractorProducer {

    @Produces
    @Singleton
    @Startup
    ArticleExtractor articleExtractor() {
        LanguageGuesser.load();
        return new ArticleExtractor();
    }
}
