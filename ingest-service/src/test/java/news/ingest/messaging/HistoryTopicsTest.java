package news.ingest.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import news.devinfra.RealInfraResource;
import news.devinfra.TestInfra;
import news.events.Topics;
import news.support.kafka.HistoryTopics;
import news.support.kafka.HistoryTopics.Outcome;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

/**
 * The history re-analysis replays is kept: articles.ingested is compacted rather than deleted after the broker's
 * retention, on a real broker.
 */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class HistoryTopicsTest {

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfra.get().kafka().bootstrapServers()));
    }

    private static String policy(Admin admin, String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource)
                .get(TopicConfig.CLEANUP_POLICY_CONFIG).value();
    }

    @Test
    void theIngestedArticlesAreKeptPastTheBrokersRetention() throws Exception {
        try (Admin admin = admin()) {
            Instant until = Instant.now().plusSeconds(60);
            String policy = "";
            while (Instant.now().isBefore(until)) {
                if (admin.listTopics().names().get(10, TimeUnit.SECONDS).contains(Topics.ARTICLES_INGESTED)) {
                    policy = policy(admin, Topics.ARTICLES_INGESTED);
                    if (policy.equals(TopicConfig.CLEANUP_POLICY_COMPACT)) {
                        break;
                    }
                }
                Thread.sleep(200);
            }
            assertEquals(TopicConfig.CLEANUP_POLICY_COMPACT, policy);
        }
    }

    @Test
    void aTopicIsCreatedCompactedOrMadeSoUnlessItKeepsEverythingAlready() throws Exception {
        try (Admin admin = admin()) {
            String deleting = "history-test-deleting";
            String forever = "history-test-forever";
            String missing = "history-test-missing";
            admin.createTopics(List.of(new NewTopic(deleting, Optional.of(1), Optional.empty()),
                    new NewTopic(forever, Optional.of(1), Optional.empty()).configs(Map.of(
                            TopicConfig.RETENTION_MS_CONFIG, "-1")))).all().get(30, TimeUnit.SECONDS);

            Map<String, Outcome> outcomes = HistoryTopics.keep(admin, List.of(deleting, forever, missing), 2,
                    Duration.ofSeconds(30));

            Map<String, Outcome> expected = new LinkedHashMap<>();
            expected.put(deleting, Outcome.COMPACTED);
            expected.put(forever, Outcome.KEPT);
            expected.put(missing, Outcome.CREATED);
            assertEquals(expected, outcomes);
            assertEquals(TopicConfig.CLEANUP_POLICY_COMPACT, policy(admin, deleting));
            assertEquals(TopicConfig.CLEANUP_POLICY_DELETE, policy(admin, forever));
            assertEquals(TopicConfig.CLEANUP_POLICY_COMPACT, policy(admin, missing));
            assertEquals(2, admin.describeTopics(List.of(missing)).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(missing).partitions().size());
            // a second start changes nothing
            assertTrue(HistoryTopics.keep(admin, List.of(deleting, forever, missing), 2, Duration.ofSeconds(30))
                    .values().stream().allMatch(o -> o == Outcome.KEPT));
        }
    }
}
