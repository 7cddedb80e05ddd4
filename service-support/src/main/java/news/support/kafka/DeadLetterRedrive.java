package news.support.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Republishes the records of a dead-letter topic to the topic they came from, once. Progress is kept as the
 * committed offsets of a consumer group of its own ({@code <group>} per DLQ topic), committed after each batch is
 * acknowledged by the broker ({@code acks=all}, idempotent producer): a second re-drive starts where the first
 * ended, and a crash in between at worst republishes a batch again, which the keyed, idempotent consumers absorb.
 * Only records already in the DLQ when the re-drive starts are taken, so a record that fails again lands behind
 * the end and waits for the next re-drive instead of looping.
 *
 * <p>The original topic is read from the {@code dead-letter-topic} header SmallRye's dead-letter-queue strategy
 * writes (else the DLQ name without {@code .dlq}); the {@code dead-letter-*} headers are dropped, the rest kept,
 * and {@code redriven-from} ({@code topic/partition/offset} of the DLQ record) added.
 */
public final class DeadLetterRedrive {

    /** The header naming the original topic, written by SmallRye's dead-letter-queue failure strategy. */
    public static final String ORIGINAL_TOPIC_HEADER = "dead-letter-topic";
    public static final String REDRIVEN_FROM_HEADER = "redriven-from";
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration GIVE_UP = Duration.ofSeconds(60);

    /**
     * What a re-drive did.
     *
     * @param dlqTopic    the dead-letter topic read
     * @param republished records republished, per original topic
     * @param total       all records republished
     */
    public record Result(String dlqTopic, Map<String, Integer> republished, int total) {
    }

    private final String bootstrapServers;
    private final String groupId;

    /** {@code groupId} keeps the progress; one per service and DLQ topic, e.g. {@code query-service-dlq-redrive}. */
    public DeadLetterRedrive(String bootstrapServers, String groupId) {
        this.bootstrapServers = bootstrapServers;
        this.groupId = groupId;
    }

    /** Republishes every record of {@code dlqTopic} not yet re-driven; blocks until done. */
    public synchronized Result redrive(String dlqTopic) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer();
                KafkaProducer<byte[], byte[]> producer = producer()) {
            List<PartitionInfo> partitions = consumer.partitionsFor(dlqTopic, Duration.ofSeconds(30));
            if (partitions == null || partitions.isEmpty()) {
                return new Result(dlqTopic, Map.of(), 0);
            }
            List<TopicPartition> assigned = partitions.stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(assigned);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(assigned));
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new java.util.HashSet<>(assigned));
            for (TopicPartition partition : assigned) {
                OffsetAndMetadata done = committed.get(partition);
                if (done == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, done.offset());
                }
            }
            Map<String, Integer> counts = new HashMap<>();
            int total = 0;
            long deadline = System.nanoTime() + GIVE_UP.toNanos();
            while (!caughtUp(consumer, assigned, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("re-drive of " + dlqTopic + " made no progress for " + GIVE_UP);
                }
                Map<TopicPartition, OffsetAndMetadata> progress = new HashMap<>();
                List<java.util.concurrent.Future<?>> sends = new java.util.ArrayList<>();
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= end.get(partition)) {
                        continue; // arrived after the start: the next re-drive takes it
                    }
                    String original = originalTopic(record, dlqTopic);
                    sends.add(producer.send(new ProducerRecord<>(original, null, record.key(), record.value(),
                            headers(record))));
                    counts.merge(original, 1, Integer::sum);
                    total++;
                    progress.put(partition, new OffsetAndMetadata(record.offset() + 1));
                }
                for (java.util.concurrent.Future<?> send : sends) {
                    send.get(30, TimeUnit.SECONDS);
                }
                if (!progress.isEmpty()) {
                    consumer.commitSync(progress);
                    deadline = System.nanoTime() + GIVE_UP.toNanos();
                }
            }
            return new Result(dlqTopic, Map.copyOf(counts), total);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("re-drive of " + dlqTopic + " interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("re-drive of " + dlqTopic + " could not republish: " + e.getMessage(), e);
        }
    }

    private static boolean caughtUp(KafkaConsumer<?, ?> consumer, List<TopicPartition> partitions,
            Map<TopicPartition, Long> end) {
        return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
    }

    private static String originalTopic(ConsumerRecord<?, ?> record, String dlqTopic) {
        Header header = record.headers().lastHeader(ORIGINAL_TOPIC_HEADER);
        if (header != null && header.value() != null && header.value().length > 0) {
            return new String(header.value(), StandardCharsets.UTF_8);
        }
        return dlqTopic.endsWith(".dlq") ? dlqTopic.substring(0, dlqTopic.length() - 4) : dlqTopic;
    }

    private static RecordHeaders headers(ConsumerRecord<?, ?> record) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith("dead-letter-") && !header.key().equals(REDRIVEN_FROM_HEADER)) {
                headers.add(header);
            }
        }
        headers.add(REDRIVEN_FROM_HEADER, (record.topic() + "/" + record.partition() + "/" + record.offset())
                .getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private KafkaProducer<byte[], byte[]> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }
}
