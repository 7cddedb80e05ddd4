package news.ingest.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import news.events.ArticleIds;
import news.events.IngestedArticle;
import news.ingest.ArticleSubmission;
import news.ingest.IngestOutcome;
import news.ingest.config.IngestConfig;
import news.ingest.extract.ArticleExtractor;
import news.ingest.extract.ExtractedArticle;
import news.ingest.extract.UnreadablePageException;
import news.ingest.messaging.IngestedArticlePublisher;
import news.ingest.store.SeenArticles;
import news.support.InvalidInputException;
import news.support.UnicodeText;

/** Turns a submission into an article and publishes it once: extraction, id, dedup, publish. */
@ApplicationScoped
public class ArticleIngestion {

    /**
     * The longest article text taken, in characters: ten times the longest body of the 892 corpus pages (96,000). A
     * longer text is a book or a dump, not news, and would hold analysis-service for seconds.
     */
    public static final int MAX_BODY_CHARS = 1_000_000;

    @Inject
    ArticleExtractor extractor;

    @Inject
    SeenArticles seen;

    @Inject
    IngestedArticlePublisher publisher;

    @Inject
    IngestConfig config;

    @Inject
    MeterRegistry metrics;

    Clock clock = Clock.systemUTC();

    private Semaphore extracting;

    @PostConstruct
    void limitConcurrentExtractions() {
        int permits = config.extractionConcurrency();
        extracting = new Semaphore(permits > 0 ? permits : Runtime.getRuntime().availableProcessors(), true);
    }

    /** Extracts the article without publishing anything. */
    public IngestedArticle extract(ArticleSubmission submission) {
        if (submission.publishedAt() != null && ahead(submission.publishedAt())) {
            // refused before any work: a date to come would head every list and time series until it came
            throw InvalidInputException.badRequest("publishedAt", "publishedAt " + submission.publishedAt()
                    + " lies more than a day ahead; give when the article was published");
        }
        ExtractedArticle extracted;
        extracting.acquireUninterruptibly();
        try {
            extracted = submission.html() != null
                    ? extractor.fromHtml(submission.html(), submission.url())
                    : extractor.fromText(submission.text(), submission.url());
        } catch (UnreadablePageException e) {
            throw new InvalidInputException(422, submission.html() != null ? "html" : "text", e.getMessage());
        } finally {
            extracting.release();
        }
        String body = extracted.body() == null ? "" : extracted.body().strip();
        if (body.isEmpty()) {
            throw new InvalidInputException(422, submission.html() != null ? "html" : "text",
                    "no article text found in the submitted " + (submission.html() != null ? "page" : "text"));
        }
        if (body.length() > MAX_BODY_CHARS) {
            throw new InvalidInputException(422, submission.html() != null ? "html" : "text", String.format(Locale.ROOT,
                    "the article's text is %,d characters long, more than any news article (at most %,d); "
                            + "it is not taken", body.length(), MAX_BODY_CHARS));
        }
        String canonicalUrl = firstNonBlank(extracted.canonicalUrl(), submission.url());
        String id = canonicalUrl != null ? ArticleIds.forUrl(canonicalUrl) : ArticleIds.forText(body);
        String title = firstNonBlank(extracted.title(), UnicodeText.composed(submission.titleHint()));
        return new IngestedArticle(
                IngestedArticle.SCHEMA_VERSION,
                id,
                submission.url(),
                canonicalUrl,
                firstNonBlank(UnicodeText.composed(submission.source()), extracted.siteName(), hostOf(canonicalUrl)),
                title,
                extracted.authors(),
                firstNonNull(submission.publishedAt(), notAhead(extracted.publishedAt()),
                        submission.feed() == null ? null : notAhead(submission.feed().entryDate())),
                extracted.language(),
                body,
                ArticleIds.contentHash(title, body),
                Instant.now(clock),
                submission.textSource(),
                submission.feed());
    }

    /**
     * Extracts and publishes the article unless the same text was already published under its id. The record of
     * what was published and the publish itself succeed or fail together.
     */
    @Transactional
    public IngestOutcome ingest(ArticleSubmission submission) {
        IngestedArticle article = extract(submission);
        SeenArticles.Change change = submission.onlyIfNew()
                ? seen.recordIfNew(article.id(), article.contentHash())
                : seen.record(article.id(), article.contentHash());
        IngestOutcome.Status status = switch (change) {
            case NEW -> IngestOutcome.Status.PUBLISHED;
            case CHANGED -> IngestOutcome.Status.UPDATED;
            case UNCHANGED -> IngestOutcome.Status.DUPLICATE;
        };
        if (status != IngestOutcome.Status.DUPLICATE) {
            publisher.publish(article, config.publishTimeout());
        }
        metrics.counter("news.articles.ingested", "status", status.name().toLowerCase(Locale.ROOT))
                .increment();
        return new IngestOutcome(status, article);
    }

    private static String hostOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * @return the date a page or feed gives, or null when it lies more than a day ahead: a date that has not come yet
     *         is an event's or a placeholder, not when the article was published, and would stand in every time
     *         series until then (a date the caller gives that far ahead is refused: 400)
     */
    private OffsetDateTime notAhead(OffsetDateTime date) {
        return date == null || ahead(date) ? null : date;
    }

    private boolean ahead(OffsetDateTime date) {
        return date.toInstant().isAfter(Instant.now(clock).plus(Duration.ofDays(1)));
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
