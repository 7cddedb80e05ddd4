package news.ingest.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import news.events.FeedInfo;
import news.ingest.ArticleSubmission;
import news.ingest.IngestOutcome;
import news.ingest.config.FeedConfig;
import news.ingest.extract.PageCharset;
import news.ingest.feed.FeedDocument;
import news.ingest.feed.FeedEntry;
import news.ingest.feed.FeedParseException;
import news.ingest.feed.FeedParser;
import news.ingest.feed.PageNotFeedException;
import news.ingest.fetch.FetchException;
import news.ingest.fetch.FetchResult;
import news.ingest.fetch.HttpFetcher;
import news.ingest.store.FeedEntries;
import news.ingest.store.FeedSubscription;
import org.jboss.logging.Logger;

/**
 * Polls one feed: conditional GET, parse, and for each entry not taken before fetch its page, extract and publish
 * it (the entry's own content when the page cannot be fetched), then record how the poll went.
 */
@ApplicationScoped
public class FeedPolling {

    private static final Logger LOG = Logger.getLogger(FeedPolling.class);

    @Inject
    HttpFetcher fetcher;

    @Inject
    FeedParser parser;

    @Inject
    FeedEntries entries;

    @Inject
    ArticleIngestion ingestion;

    @Inject
    FeedConfig config;

    @Inject
    MeterRegistry metrics;

    private final Map<Long, ReentrantLock> polling = new ConcurrentHashMap<>();

    /** What one poll did. */
    public record PollReport(int status, int newEntries, int published, List<String> entryErrors, String error) {
    }

    /** Polls the feed now; a poll of the same feed already running is waited for. */
    public PollReport poll(long feedId) {
        ReentrantLock lock = polling.computeIfAbsent(feedId, id -> new ReentrantLock());
        lock.lock();
        try {
            return pollLocked(feedId);
        } finally {
            lock.unlock();
        }
    }

    private PollReport pollLocked(long feedId) {
        PollReport report = pollOnce(feedId);
        String result = report.error() != null ? "error" : report.status() == 304 ? "not-modified" : "ok";
        metrics.counter("news.feed.polls", "result", result).increment();
        return report;
    }

    private PollReport pollOnce(long feedId) {
        return pollOnce(feedId, false);
    }

    /** @param followedPage whether this poll already moved from a site's page to the feed it names */
    private PollReport pollOnce(long feedId, boolean followedPage) {
        FeedSubscription feed = load(feedId);
        if (feed == null) {
            return new PollReport(0, 0, 0, List.of(), "no such feed");
        }
        try {
            FetchResult result = fetcher.get(feed.url, HttpFetcher.FEED_TYPES, feed.etag, feed.lastModified);
            if (result.notModified()) {
                recordSuccess(feedId, result, null, 0, 0);
                return new PollReport(304, 0, 0, List.of(), null);
            }
            FeedDocument document;
            try {
                document = parser.parse(result.body(), result.contentType());
            } catch (PageNotFeedException e) {
                // a site's address: the subscription moves to the feed its page names, as a feed reader's would
                String named = e.namedFeed() == null ? null : resolve(result.finalUrl(), e.namedFeed());
                if (named == null || followedPage) {
                    throw e;
                }
                if (!moveTo(feedId, named)) {
                    throw new FeedParseException("a web page, not a feed; it names the feed " + named
                            + ", which is already subscribed");
                }
                return pollOnce(feedId, true);
            }
            Map<String, FeedEntry> byKey = new LinkedHashMap<>();
            for (FeedEntry entry : document.entries()) {
                if (entry.key() != null) {
                    byKey.putIfAbsent(entry.key(), entry);
                }
            }
            Set<String> known = entries.known(feedId, byKey.keySet());
            int fresh = 0;
            int published = 0;
            List<String> errors = new ArrayList<>();
            for (Map.Entry<String, FeedEntry> item : byKey.entrySet()) {
                if (known.contains(item.getKey())) {
                    continue;
                }
                fresh++;
                try {
                    if (take(feed, document, item.getKey(), item.getValue())) {
                        published++;
                    }
                } catch (RuntimeException e) {
                    errors.add(item.getKey() + ": " + e.getMessage());
                    LOG.debugf(e, "feed %d entry %s not taken", feedId, item.getKey());
                }
            }
            recordSuccess(feedId, result, document.title(), fresh, published);
            return new PollReport(200, fresh, published, errors, null);
        } catch (FetchException | FeedParseException e) {
            recordFailure(feedId, e.getMessage());
            return new PollReport(0, 0, 0, List.of(), e.getMessage());
        }
    }

    /** Publishes one entry and remembers it, together; true when it was a new article. */
    private boolean take(FeedSubscription feed, FeedDocument document, String key, FeedEntry entry) {
        String link = entry.link() == null ? null : resolve(feed.url, entry.link());
        FeedInfo info = new FeedInfo(feed.url, document.title(), key.substring(key.indexOf(':') + 1),
                entry.publishedAt(), entry.categories());
        String source = feed.source != null ? feed.source : document.title();
        ArticleSubmission submission = null;
        if (link != null) {
            try {
                FetchResult page = fetcher.get(link, HttpFetcher.PAGE_TYPES, null, null);
                submission = new ArticleSubmission(page.finalUrl(), PageCharset.decodeHtml(page.body(), page.contentType()), null, source, null,
                        entry.title(), news.events.IngestedArticle.FROM_PAGE, info, true);
            } catch (FetchException e) {
                LOG.debugf("page %s not fetched (%s); using the entry's own text", link, e.getMessage());
            }
        }
        if (submission == null) {
            if (entry.contentHtml().isBlank()) {
                throw new IllegalStateException("page not fetched and the entry has no text of its own");
            }
            submission = new ArticleSubmission(link, "<html><body><article>" + entry.contentHtml()
                    + "</article></body></html>", null, source, null, entry.title(),
                    entry.fullContent() ? "feed-content" : "feed-summary", info, true);
        }
        return ingestAndRemember(feed.id, key, submission);
    }

    @Transactional
    boolean ingestAndRemember(long feedId, String key, ArticleSubmission submission) {
        IngestOutcome outcome = ingestion.ingest(submission);
        entries.remember(feedId, key, outcome.article().id());
        return outcome.status() != IngestOutcome.Status.DUPLICATE;
    }

    @Transactional
    FeedSubscription load(long feedId) {
        return FeedSubscription.findById(feedId);
    }

    /** Points the subscription at another address; false when another subscription has that address. */
    @Transactional
    boolean moveTo(long feedId, String url) {
        if (FeedSubscription.count("url", url) > 0) {
            return false;
        }
        FeedSubscription feed = FeedSubscription.findById(feedId);
        if (feed == null) {
            return true; // unsubscribed meanwhile: the next step says so
        }
        LOG.infof("feed %d: %s is a page that names the feed %s; subscribed to that instead", feedId, feed.url, url);
        feed.url = url;
        feed.etag = null;
        feed.lastModified = null;
        return true;
    }

    @Transactional
    void recordSuccess(long feedId, FetchResult result, String title, int fresh, int published) {
        FeedSubscription feed = FeedSubscription.findById(feedId);
        if (feed == null) {
            return;
        }
        Instant now = Instant.now();
        feed.lastPollAt = now;
        feed.lastSuccessAt = now;
        feed.lastStatus = result.status();
        feed.etag = result.etag();
        feed.lastModified = result.lastModified();
        if (title != null) {
            feed.title = title;
        }
        feed.consecutiveFailures = 0;
        feed.itemsSeen += fresh;
        feed.articlesPublished += published;
        feed.nextPollAt = now.plusSeconds(feed.pollIntervalSeconds);
    }

    @Transactional
    void recordFailure(long feedId, String error) {
        FeedSubscription feed = FeedSubscription.findById(feedId);
        if (feed == null) {
            return;
        }
        Instant now = Instant.now();
        feed.lastPollAt = now;
        feed.lastStatus = null;
        feed.lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
        feed.lastErrorAt = now;
        feed.consecutiveFailures++;
        Duration backoff = Duration.ofSeconds(feed.pollIntervalSeconds)
                .multipliedBy(1L << Math.min(feed.consecutiveFailures, 16));
        feed.nextPollAt = now.plus(backoff.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : backoff);
    }

    private static String resolve(String base, String link) {
        try {
            return URI.create(base).resolve(link.strip()).toString();
        } catch (IllegalArgumentException e) {
            return link.strip();
        }
    }
}
