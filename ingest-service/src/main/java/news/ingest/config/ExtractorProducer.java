package news.ingest.config;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import news.ingest.extract.ArticleExtractor;
import news.ingest.extract.ExtractedArticle;
import news.language.LanguageGuesser;
import org.jboss.logging.Logger;

/**
 * Makes the plain-Java extractor injectable. It is made at startup, with the language detector's models (about a
 * second to load), and then extracts a made-up news page ({@code warm-up/page.html}) {@code news.ingest.warm-up-pages}
 * times, so that the code every page runs is compiled before the first real one comes: in a fresh JVM the first
 * pages run several times slower, and a page of tens of thousands of elements took over a second.
 */
public class ExtractorProducer {

    private static final Logger LOG = Logger.getLogger(ExtractorProducer.class);
    private static final String WARM_UP_PAGE = "warm-up/page.html";

    @Produces
    @Singleton
    @Startup
    ArticleExtractor articleExtractor(IngestConfig config) {
        LanguageGuesser.load();
        ArticleExtractor extractor = new ArticleExtractor();
        warmUp(extractor, config.warmUpPages());
        return extractor;
    }

    private static void warmUp(ArticleExtractor extractor, int pages) {
        if (pages <= 0) {
            return;
        }
        String page = readWarmUpPage();
        String text = pastedText(extractor.fromHtml(page, null));
        long start = System.nanoTime();
        for (int i = 0; i < pages; i++) {
            extractor.fromHtml(page, "https://courier.example/news/2025/01/15/fishing-crews-return-to-sea");
            if (i % 10 == 0) {
                extractor.fromText(text); // pasted text takes a path of its own
            }
        }
        LOG.infof("extractor warmed up on %d pages in %d ms", pages, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The page as a reader pastes it: a menu, the headline, the author's name standing alone, the date, the text; so
     * that the pasted-text reader's header rules run too, and the word list they ask loads before the first real text.
     */
    private static String pastedText(ExtractedArticle article) {
        return String.join("\n\n", "Home News Business Sport Contact", article.title(),
                String.join(" and ", article.authors()),
                DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH).format(article.publishedAt()), article.body());
    }

    private static String readWarmUpPage() {
        try (InputStream in = ExtractorProducer.class.getClassLoader().getResourceAsStream(WARM_UP_PAGE)) {
            if (in == null) {
                throw new IllegalStateException(WARM_UP_PAGE + " is missing from the service's resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
