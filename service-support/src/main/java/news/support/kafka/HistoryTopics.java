package news.support.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Keeps the topics the pipeline replays as its history. A topic a broker creates by itself deletes its records after
 * the broker's retention (7 days unless configured otherwise), so a re-analysis would replay only the last week of
 * {@code articles.ingested}. A history topic is compacted instead: the newest record of each key (each article) stays
 * however old it is, and older versions of an article may go. A topic that already keeps everything (retention
 * {@code -1} in time and size) is left as it is.
 *
 * <p>Every record of a compacted topic needs a key; the pipeline keys every record by its article id.
 */
public final class HistoryTopics {

    /** What {@link #keep} did to a topic. */
    public enum Outcome {
        /** It did not exist and was created compacted. */
        CREATED,
        /** It deleted old records and is now compacted. */
        COMPACTED,
        /** It kept its history already. */
        KEPT
    }

    private HistoryTopics() {
    }

    /**
     * Creates each missing topic compacted (with {@code partitions} partitions and the cluster's replication factor),
     * and makes each existing one that deletes old records compacted.
     *
     * @return the outcome for each topic, in the order given
     */
    public static Map<String, Outcome> keep(Admin admin, Collection<String> topics, int partitions, Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        long millis = timeout.toMillis();
        Set<String> existing = admin.listTopics().names().get(millis, TimeUnit.MILLISECONDS);
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        List<String> toCheck = new ArrayList<>();
        for (String topic : topics) {
            if (existing.contains(topic)) {
                toCheck.add(topic);
                continue;
            }
            NewTopic created = new NewTopic(topic, Optional.of(partitions), Optional.empty())
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            try {
                admin.createTopics(List.of(created)).all().get(millis, TimeUnit.MILLISECONDS);
                outcomes.put(topic, Outcome.CREATED);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
                toCheck.add(topic); // a producer had it created meanwhile, with the broker's settings
            }
        }
        for (String topic : toCheck) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            Config config = admin.describeConfigs(List.of(resource)).all().get(millis, TimeUnit.MILLISECONDS)
                    .get(resource);
            if (keepsHistory(config)) {
                outcomes.put(topic, Outcome.KEPT);
                continue;
            }
            AlterConfigOp compact = new AlterConfigOp(
                    new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT),
                    AlterConfigOp.OpType.SET);
            admin.incrementalAlterConfigs(Map.of(resource, List.of(compact))).all()
                    .get(millis, TimeUnit.MILLISECONDS);
            outcomes.put(topic, Outcome.COMPACTED);
        }
        return outcomes;
    }

    /** Whether a topic with this configuration keeps the newest record of every key for ever. */
    static boolean keepsHistory(Config config) {
        String policy = value(config, TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
        if (!policy.contains(TopicConfig.CLEANUP_POLICY_DELETE)) {
            return true; // compact alone
        }
        return "-1".equals(value(config, TopicConfig.RETENTION_MS_CONFIG, ""))
                && "-1".equals(value(config, TopicConfig.RETENTION_BYTES_CONFIG, "-1"));
    }

    private static String value(Config config, String name, String otherwise) {
        ConfigEntry entry = config.get(name);
        return entry == null || entry.value() == null ? otherwise : entry.value();
    }
}
