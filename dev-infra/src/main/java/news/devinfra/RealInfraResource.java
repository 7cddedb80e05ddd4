package news.devinfra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} a real Kafka broker and a real PostgreSQL on random ports, started once per test
 * JVM and shared by every test class that uses this resource, and the API key the services accept.
 */
public class RealInfraResource implements QuarkusTestResourceLifecycleManager {

    /** The API key the services under test accept ({@code news.security.api-keys}); send it as {@code X-API-Key}. */
    public static final String API_KEY = "test-api-key-0123456789";
    public static final String API_KEY_HEADER = "X-API-Key";

    @Override
    public Map<String, String> start() {
        TestInfra infra = TestInfra.get();
        return Map.of(
                "kafka.bootstrap.servers", infra.kafka().bootstrapServers(),
                "quarkus.datasource.jdbc.url", infra.postgres().jdbcUrl(),
                "quarkus.datasource.username", Postgres.USER,
                "quarkus.datasource.password", Postgres.PASSWORD,
                "news.security.api-keys", API_KEY);
    }

    @Override
    public void stop() {
        // shared by all test classes of the JVM; TestInfra stops it when the JVM exits
    }
}
