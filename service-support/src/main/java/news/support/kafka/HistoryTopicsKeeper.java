package news.support.kafka;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * At startup, makes the topics this service publishes its history to ({@code news.kafka.history-topics}) keep it
 * ({@link HistoryTopics}); while Kafka cannot be reached or refuses, it logs why and tries again every
 * {@value #RETRY_SECONDS} seconds, beside the service's work.
 */
@ApplicationScoped
public class HistoryTopicsKeeper {

    private static final Logger LOG = Logger.getLogger(HistoryTopicsKeeper.class);
    private static final int RETRY_SECONDS = 30;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "news.kafka.history-topics")
    Optional<List<String>> topics;

    /** Partitions of a history topic this service creates. */
    @ConfigProperty(name = "news.kafka.partitions", defaultValue = "3")
    int partitions;

    private final CountDownLatch stopped = new CountDownLatch(1);

    void start(@Observes StartupEvent event) {
        if (topics.isEmpty() || topics.get().isEmpty()) {
            return;
        }
        Thread worker = new Thread(this::keep, "history-topics");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        stopped.countDown();
    }

    private void keep() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "history-topics");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
        try (Admin admin = Admin.create(props)) {
            String failed = null;
            do {
                try {
                    Map<String, HistoryTopics.Outcome> outcomes = HistoryTopics.keep(admin, topics.get(), partitions,
                            Duration.ofSeconds(15));
                    outcomes.forEach((topic, outcome) -> {
                        switch (outcome) {
                            case CREATED -> LOG.infof("created %s compacted: each article's newest record is kept",
                                    topic);
                            case COMPACTED -> LOG.infof("%s deleted records after its retention; now compacted: each"
                                    + " article's newest record is kept", topic);
                            case KEPT -> LOG.debugf("%s keeps its history", topic);
                        }
                    });
                    return;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (Exception e) {
                    String reason = e.getCause() != null ? e.getCause().toString() : e.toString();
                    if (!reason.equals(failed)) {
                        LOG.warnf("cannot make %s keep its history (%s); trying again every %d s", topics.get(),
                                reason, RETRY_SECONDS);
                        failed = reason;
                    }
                }
            } while (!stopped.await(RETRY_SECONDS, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.errorf(e, "cannot make %s keep its history", topics.get());
        }
    }
}
