package news.analysis.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import news.analysis.ArticleAnalyzer;
import news.events.EventJson;
import news.events.InvalidEventException;
import news.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.jboss.logging.Logger;

/**
 * Re-analyses the whole history: reads {@code articles.ingested} from the beginning up to where it ends when the
 * run starts, with the current analysis, and publishes the results to {@code articles.analyzed}, beside the live
 * stream. The read model keeps the newest analysis version of each article, so this is safe to run at any time.
 * An article still in the story index keeps its story; older ones are placed again, in the order they were
 * ingested (a story's id comes from its first article, so the same order gives the same ids).
 */
@ApplicationScoped
public class Reanalysis {

    private static final Logger LOG = Logger.getLogger(Reanalysis.class);
    private static final int MAX_IN_FLIGHT = 100;

    /** Progress of the current or last run. */
    public record Status(String state, long total, long processed, long skipped, int analysisVersion,
            Instant startedAt, Instant finishedAt, String error) {
    }

    @Inject
    ArticleAnalyzer analyzer;

    @Inject
    StoryIndex stories;

    @Inject
    @Channel("articles-reanalyzed")
    Emitter<news.events.AnalyzedArticle> emitter;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final AtomicReference<Status> status = new AtomicReference<>(
            new Status("idle", 0, 0, 0, ArticleAnalyzer.ANALYSIS_VERSION, null, null, null));
    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();

    public Status status() {
        Status s = status.get();
        return "running".equals(s.state())
                ? new Status(s.state(), s.total(), processed.get(), skipped.get(), s.analysisVersion(), s.startedAt(),
                        null, null)
                : s;
    }

    /** Starts a run in the background; false when one is already running. */
    public synchronized boolean start() {
        if ("running".equals(status.get().state())) {
            return false;
        }
        processed.set(0);
        skipped.set(0);
        status.set(new Status("running", 0, 0, 0, ArticleAnalyzer.ANALYSIS_VERSION, Instant.now(), null, null));
        Thread worker = new Thread(this::run, "reanalysis");
        worker.setDaemon(true);
        worker.start();
        return true;
    }

    private void run() {
        Instant started = status.get().startedAt();
        long total = 0;
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ARTICLES_INGESTED, Duration.ofSeconds(30))
                    .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            for (TopicPartition p : partitions) {
                total += end.get(p) - begin.get(p);
            }
            status.set(new Status("running", total, 0, 0, ArticleAnalyzer.ANALYSIS_VERSION, started, null, null));
            Deque<CompletableFuture<Void>> inFlight = new ArrayDeque<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    republish(record, inFlight);
                }
            }
            for (CompletableFuture<Void> ack : inFlight) {
                ack.get(60, TimeUnit.SECONDS);
            }
            status.set(new Status("finished", total, processed.get(), skipped.get(), ArticleAnalyzer.ANALYSIS_VERSION,
                    started, Instant.now(), null));
        } catch (Exception e) {
            LOG.error("re-analysis failed", e);
            status.set(new Status("failed", total, processed.get(), skipped.get(), ArticleAnalyzer.ANALYSIS_VERSION,
                    started, Instant.now(), e.getMessage()));
        }
    }

    private void republish(ConsumerRecord<String, String> record, Deque<CompletableFuture<Void>> inFlight)
            throws Exception {
        try {
            CompletableFuture<Void> ack = new CompletableFuture<>();
            emitter.send(AnalyzedMessages.of(stories.link(analyzer.analyze(EventJson.readIngested(record.value()))))
                    .withAck(() -> {
                        ack.complete(null);
                        return CompletableFuture.completedFuture(null);
                    })
                    .withNack(failure -> {
                        ack.completeExceptionally(failure);
                        return CompletableFuture.completedFuture(null);
                    }));
            inFlight.add(ack);
            processed.incrementAndGet();
        } catch (InvalidEventException e) {
            skipped.incrementAndGet(); // already in the dead-letter topic from the live stream
        }
        while (inFlight.size() >= MAX_IN_FLIGHT) {
            inFlight.removeFirst().get(60, TimeUnit.SECONDS);
        }
    }

    private KafkaConsumer<String, String> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(16 * 1024 * 1024));
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "analysis-service-reanalysis");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }
}
