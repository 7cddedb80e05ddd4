package news.analysis.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import news.analysis.ArticleAnalyzer;

/** Makes the plain-Java analyser injectable; its taxonomy and gazetteer load once, at startup. */
public class AnalyzerProducer {

    @Produces
    @Singleton
    ArticleAnalyzer articleAnalyzer() {
        return ArticleAnalyzer.fromClasspath();
    }
}
