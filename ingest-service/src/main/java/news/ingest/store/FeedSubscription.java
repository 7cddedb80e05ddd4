package news.ingest.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A subscribed feed and how its polling goes (table {@code ingest.feed}). */
@Entity
@Table(name = "feed")
public class FeedSubscription extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String url;

    public String source;

    @Column(name = "poll_interval_s")
    public int pollIntervalSeconds;

    public String title;

    public String etag;

    @Column(name = "last_modified")
    public String lastModified;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "next_poll_at")
    public Instant nextPollAt;

    @Column(name = "last_poll_at")
    public Instant lastPollAt;

    @Column(name = "last_status")
    public Integer lastStatus;

    @Column(name = "last_success_at")
    public Instant lastSuccessAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "last_error_at")
    public Instant lastErrorAt;

    @Column(name = "consecutive_failures")
    public int consecutiveFailures;

    @Column(name = "items_seen")
    public long itemsSeen;

    @Column(name = "articles_published")
    public long articlesPublished;
}
