package news.ingest.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import news.ingest.config.FeedConfig;
import news.ingest.store.FeedSubscription;

/**
 * Polls the feeds that are due, one after the other (so one request at a time, the politest), every few seconds.
 * A feed is claimed by moving its next poll time forward before it is polled, so replicas do not poll it twice.
 */
@ApplicationScoped
public class FeedScheduler {

    @Inject
    FeedPolling polling;

    @Inject
    FeedConfig config;

    @Scheduled(every = "${news.feeds.tick:5s}", delayed = "${news.feeds.tick:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pollDueFeeds() {
        for (Long id : claimDue()) {
            polling.poll(id);
        }
    }

    @Transactional
    List<Long> claimDue() {
        Instant now = Instant.now();
        List<Long> due = FeedSubscription.dueIds(now, config.maxFeedsPerTick());
        for (Long id : due) {
            FeedSubscription feed = FeedSubscription.findById(id);
            feed.nextPollAt = now.plusSeconds(feed.pollIntervalSeconds);
        }
        return due;
    }
}
