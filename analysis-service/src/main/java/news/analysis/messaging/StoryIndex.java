package news.analysis.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import news.analysis.config.StoryConfig;
import news.analysis.story.StoryClusterer;
import news.analysis.story.StoryFeatures;
import news.events.AnalyzedArticle;
import news.events.EventJson;
import news.events.InvalidEventException;
import news.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The recent articles and their stories, for {@link StoryClusterer}. Fed by this service's own analyses, and by a
 * plain consumer (no group, every partition) that reads {@code articles.analyzed} from the start of the retention
 * window (by record time) and then follows it: so after a restart, and on every replica, the index knows the
 * stories of the recent past and of the other replicas. Analysis waits for the first catch-up (at most
 * {@code news.stories.catch-up-timeout}) before assigning stories.
 */
@ApplicationScoped
public class StoryIndex {

    private static final Logger LOG = Logger.getLogger(StoryIndex.class);
    private static final Duration PARTITION_RECHECK = Duration.ofSeconds(30);

    @Inject
    StoryConfig config;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private StoryClusterer clusterer;
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread follower;

    void start(@Observes StartupEvent event) {
        clusterer = new StoryClusterer(config.settings());
        follower = new Thread(this::follow, "story-index");
        follower.setDaemon(true);
        follower.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        KafkaConsumer<String, String> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (follower != null) {
            follower.join(5000);
        }
    }

    /** The analysis with its story; an article already indexed keeps its story. */
    public AnalyzedArticle link(AnalyzedArticle analyzed) {
        awaitCatchUp();
        StoryClusterer.Decision decision = clusterer.assign(StoryFeatures.of(analyzed), Instant.now());
        return analyzed.withStory(decision.link());
    }

    /** The story of an indexed article, or null. */
    public news.events.StoryLink linkOf(String articleId) {
        return clusterer.linkOf(articleId);
    }

    /** Articles in the index. */
    public int size() {
        return clusterer.size();
    }

    /** Whether the index has read articles.analyzed up to where it ended at startup. */
    public boolean caughtUp() {
        return caughtUp.getCount() == 0;
    }

    private void awaitCatchUp() {
        try {
            if (!caughtUp.await(config.catchUpTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warnf("story index not caught up with %s after %s; assigning stories anyway",
                        Topics.ARTICLES_ANALYZED, config.catchUpTimeout());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void follow() {
        Duration retry = Duration.ofSeconds(1);
        try {
            while (running) {
                try (KafkaConsumer<String, String> c = newConsumer()) {
                    consumer = c;
                    read(c);
                    return;
                } catch (WakeupException e) {
                    return;
                } catch (RuntimeException e) {
                    if (!running) {
                        return;
                    }
                    LOG.warnf("story index: reading %s failed (%s); retrying in %s", Topics.ARTICLES_ANALYZED,
                            e.getMessage(), retry);
                    sleep(retry);
                    retry = retry.multipliedBy(2).compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1)
                            : retry.multipliedBy(2);
                }
            }
        } catch (Error e) {
            LOG.errorf(e, "story index: stopped following %s; stories are assigned from what it holds",
                    Topics.ARTICLES_ANALYZED);
            throw e;
        } finally {
            // a follower that is gone never catches up: analysis must not wait the catch-up timeout for every batch
            caughtUp.countDown();
        }
    }

    private void read(KafkaConsumer<String, String> c) {
        Map<TopicPartition, Long> catchUpTo = new HashMap<>();
        List<TopicPartition> assigned = List.of();
        Instant lastCheck = Instant.EPOCH;
        long remembered = 0;
        Instant started = Instant.now();
        while (running) {
            if (Duration.between(lastCheck, Instant.now()).compareTo(PARTITION_RECHECK) >= 0) {
                lastCheck = Instant.now();
                List<TopicPartition> partitions = partitions(c);
                if (!partitions.equals(assigned)) {
                    List<TopicPartition> before = assigned;
                    List<TopicPartition> added = partitions.stream().filter(p -> !before.contains(p)).toList();
                    c.assign(partitions);
                    seekToWindowStart(c, added);
                    if (caughtUp.getCount() > 0) {
                        catchUpTo.putAll(c.endOffsets(added));
                    }
                    assigned = partitions;
                }
                if (caughtUp.getCount() > 0 && assigned.isEmpty()) {
                    caughtUp.countDown(); // no topic yet: nothing to rebuild
                }
            }
            if (assigned.isEmpty()) {
                sleep(Duration.ofSeconds(1));
                continue;
            }
            for (ConsumerRecord<String, String> record : c.poll(Duration.ofMillis(500))) {
                if (remember(record)) {
                    remembered++;
                }
            }
            if (caughtUp.getCount() > 0 && catchUpTo.entrySet().stream()
                    .allMatch(e -> c.position(e.getKey()) >= e.getValue())) {
                caughtUp.countDown();
                LOG.infof("story index caught up with %s: %d articles of the last %s in %d ms",
                        Topics.ARTICLES_ANALYZED, remembered, config.retention(),
                        Duration.between(started, Instant.now()).toMillis());
            }
        }
    }

    private boolean remember(ConsumerRecord<String, String> record) {
        if (record.key() != null && clusterer.linkOf(record.key()) != null) {
            return false; // our own analysis, or seen before
        }
        try {
            AnalyzedArticle analyzed = EventJson.readAnalyzed(record.value());
            if (analyzed.story() == null) {
                return false; // analysed before stories existed
            }
            return clusterer.remember(StoryFeatures.of(analyzed), analyzed.story(),
                    Instant.ofEpochMilli(record.timestamp()), Instant.now());
        } catch (InvalidEventException e) {
            return false; // not an event: query-service sends it to the dead-letter topic
        }
    }

    private void seekToWindowStart(KafkaConsumer<String, String> c, List<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
        long from = Instant.now().minus(config.retention()).toEpochMilli();
        Map<TopicPartition, Long> query = new HashMap<>();
        partitions.forEach(p -> query.put(p, from));
        Map<TopicPartition, OffsetAndTimestamp> found = c.offsetsForTimes(query);
        Map<TopicPartition, Long> ends = c.endOffsets(partitions);
        for (TopicPartition p : partitions) {
            OffsetAndTimestamp at = found.get(p);
            c.seek(p, at != null ? at.offset() : ends.get(p));
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> c) {
        List<PartitionInfo> infos;
        try {
            infos = c.partitionsFor(Topics.ARTICLES_ANALYZED, Duration.ofSeconds(10));
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            return List.of(); // no such topic yet
        }
        if (infos == null) {
            return List.of();
        }
        return infos.stream().map(i -> new TopicPartition(i.topic(), i.partition()))
                .sorted(java.util.Comparator.comparingInt(TopicPartition::partition)).toList();
    }

    private KafkaConsumer<String, String> newConsumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(16 * 1024 * 1024));
        // a catch-up reads days of analyses, each with its whole body: a poll of the defaults (50 MB fetched, 500
        // records read into strings at once) took a 384 MB heap that held 20,000 stories past its end
        props.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, Integer.toString(16 * 1024 * 1024));
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "100");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "analysis-service-story-index");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
