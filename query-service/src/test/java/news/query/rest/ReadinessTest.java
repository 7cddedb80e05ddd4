package news.query.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import news.devinfra.Postgres;
import news.devinfra.RealInfraResource;
import news.devinfra.TestInfra;
import org.junit.jupiter.api.Test;

/** A query-service that cannot reach Kafka is alive but not ready: 503 on /q/health/ready, naming the check. */
@QuarkusTest
@TestProfile(ReadinessTest.NoKafka.class)
class ReadinessTest {

    public static class NoKafka implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(UnreachableKafka.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    /** The real PostgreSQL, and a Kafka address where nothing listens. */
    public static class UnreachableKafka implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            int closedPort;
            try (ServerSocket socket = new ServerSocket(0)) {
                closedPort = socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            TestInfra infra = TestInfra.get();
            return Map.of(
                    "kafka.bootstrap.servers", "127.0.0.1:" + closedPort,
                    "quarkus.datasource.jdbc.url", infra.postgres().jdbcUrl(),
                    "quarkus.datasource.username", Postgres.USER,
                    "quarkus.datasource.password", Postgres.PASSWORD,
                    "news.security.api-keys", RealInfraResource.API_KEY);
        }

        @Override
        public void stop() {
        }
    }

    @Test
    void notReadyWithoutKafkaButAlive() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/q/health/ready").then().statusCode(503)
                        .body("status", equalTo("DOWN"))
                        .body("checks.find { it.name == 'Kafka cluster reachable' }.status", equalTo("DOWN"))
                        .body("checks.find { it.name == 'Database connections health check' }.status",
                                equalTo("UP")));
        given().get("/q/health/live").then().statusCode(200);
    }
}
