package news.ingest.rest;

import java.time.Instant;
import news.ingest.store.FeedSubscription;

/**
 * A subscription and how its polling goes.
 *
 * @param lastStatus         HTTP status of the last successful poll (200, or 304 when the feed had not changed)
 * @param itemsSeen          entries taken from the feed so far
 * @param articlesPublished  of those, how many were new articles
 */
public record FeedView(long id, String url, String source, String title, String pollInterval, Instant createdAt,
        Instant lastPollAt, Instant lastSuccessAt, Integer lastStatus, String lastError, Instant lastErrorAt,
        int consecutiveFailures, Instant nextPollAt, long itemsSeen, long articlesPublished) {

    static FeedView of(FeedSubscription feed) {
        return new FeedView(feed.id, feed.url, feed.source, feed.title,
                java.time.Duration.ofSeconds(feed.pollIntervalSeconds).toString(), feed.createdAt, feed.lastPollAt,
                feed.lastSuccessAt, feed.lastStatus, feed.lastError, feed.lastErrorAt, feed.consecutiveFailures,
                feed.nextPollAt, feed.itemsSeen, feed.articlesPublished);
    }
}
