package news.ingest.service;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import news.ingest.config.FeedConfig;

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

    /** Moves the due feeds' next poll forward and returns them; rows another replica holds are skipped. */
    @Transactional
    List<Long> claimDue() {
        @SuppressWarnings("unchecked")
        List<Number> due = Panache.getEntityManager().createNativeQuery("""
                UPDATE feed SET next_poll_at = now() + poll_interval_s * interval '1 second'
                WHERE id IN (SELECT id FROM feed WHERE next_poll_at <= now()
                             ORDER BY next_poll_at LIMIT :max FOR UPDATE SKIP LOCKED)
                RETURNING id
                """).setParameter("max", config.maxFeedsPerTick()).getResultList();
        return due.stream().map(Number::longValue).toList();
    }
}
