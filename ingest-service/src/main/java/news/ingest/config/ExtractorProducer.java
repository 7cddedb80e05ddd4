package news.ingest.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import news.ingest.extract.ArticleExtractor;

/** Makes the plain-Java extractor injectable. */
public class ExtractorProducer {

    @Produces
    @Singleton
    ArticleExtractor articleExtractor() {
        return new ArticleExtractor();
    }
}
