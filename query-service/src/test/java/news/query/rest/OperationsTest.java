package news.query.rest;

import static io.restassured.RestAssured.given;
import static news.devinfra.RealInfraResource.API_KEY;
import static news.devinfra.RealInfraResource.API_KEY_HEADER;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import news.devinfra.KafkaTestClient;
import news.devinfra.RealInfraResource;
import news.devinfra.TestInfra;
import news.events.Topics;
import news.query.TestArticles;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** What operators see: metrics, readiness, and the dead-letter topic with its re-drive, on real Kafka/PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class OperationsTest {

    private final KafkaTestClient kafka = new KafkaTestClient(TestInfra.get().kafka().bootstrapServers());
    private final TestArticles articles = new TestArticles();

    @Inject
    DataSource dataSource;

    @Test
    void readinessCoversKafkaAndPostgresAndMetricsCountTheStream() {
        String id = "ops-metrics-" + System.nanoTime();
        articles.publish(TestArticles.article(id, "Ops Wire", "en", "Grain exports rise",
                "Grain exports rose sharply this month, the port said.", "2025-03-01T10:00:00Z",
                List.of("trade:exports"), List.of()));
        TestArticles.awaitStored(id);

        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check",
                        "SmallRye Reactive Messaging - readiness check", "Kafka cluster reachable"));
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("news_articles_stored_total{outcome=\"inserted\"}"), "stored counter");
        assertTrue(metrics.contains("news_ingest_to_stored_seconds_bucket{"), "latency histogram buckets");
        assertTrue(metrics.contains("news_ingest_to_stored_seconds_count"), "latency histogram count");
        // the consumer's lag metrics (Micrometer's Kafka binder adds the per-partition series, tagged topic and
        // partition, at its next refresh, within a minute of the first fetch)
        assertTrue(metrics.contains("kafka_consumer_fetch_manager_records_lag"), "consumer lag metrics");
    }

    @Test
    void aPoisonRecordGoesToTheDlqWhileNeighboursAreStoredAndIsRedrivenOnceAfterTheFix() throws SQLException {
        String run = Long.toString(System.nanoTime());
        String poison = "ops-poison-" + run;
        String neighbour = "ops-neighbour-" + run;
        // the "bug": the read model refuses this article until the constraint is dropped
        sql("ALTER TABLE query.article ADD CONSTRAINT quarantine_" + run
                + " CHECK (id <> '" + poison + "') NOT VALID");
        try {
            articles.publish(TestArticles.article(poison, "Ops Wire", "en", "Harbour strike ends",
                    "The harbour strike ended on Friday after a wage deal.", "2025-03-02T10:00:00Z",
                    List.of("labour:strike"), List.of()));
            articles.publish(TestArticles.article(neighbour, "Ops Wire", "en", "Harbour reopens",
                    "The harbour reopened on Saturday, officials said.", "2025-03-02T11:00:00Z",
                    List.of(), List.of()));
            TestArticles.awaitStored(neighbour);
            List<ConsumerRecord<String, String>> dead = kafka.readKey(Topics.dlq(Topics.ARTICLES_ANALYZED), poison, 1,
                    Duration.ofSeconds(30));
            assertEquals(1, dead.size(), "the poison record is in the DLQ");
            Map<String, String> headers = KafkaTestClient.headers(dead.get(0));
            assertEquals(Topics.ARTICLES_ANALYZED, headers.get("dead-letter-topic"), headers.toString());
            assertNotNull(headers.get("dead-letter-reason"), headers.toString());
            assertNotNull(headers.get("dead-letter-partition"), headers.toString());
            assertNotNull(headers.get("dead-letter-offset"), headers.toString());
            given().get("/api/v1/articles/" + poison).then().statusCode(404);
            given().get("/q/metrics").then()
                    .body(containsString("news_dead_letters_total{topic=\"articles.analyzed\"}"));
        } finally {
            sql("ALTER TABLE query.article DROP CONSTRAINT quarantine_" + run);
        }

        given().post("/api/v1/admin/dlq/articles.analyzed/redrive").then().statusCode(401);
        given().header(API_KEY_HEADER, API_KEY).post("/api/v1/admin/dlq/articles.unknown/redrive")
                .then().statusCode(404).contentType("application/problem+json");
        given().header(API_KEY_HEADER, API_KEY).post("/api/v1/admin/dlq/articles.analyzed/redrive")
                .then().statusCode(200)
                .body("dlqTopic", equalTo("articles.analyzed.dlq"))
                .body("republished.'articles.analyzed'", greaterThanOrEqualTo(1));
        TestArticles.awaitStored(poison);

        // progress is committed: a second re-drive does not republish the record again
        given().header(API_KEY_HEADER, API_KEY).post("/api/v1/admin/dlq/articles.analyzed/redrive")
                .then().statusCode(200);
        List<ConsumerRecord<String, String>> published =
                kafka.readKey(Topics.ARTICLES_ANALYZED, poison, 3, Duration.ofSeconds(5));
        assertEquals(2, published.size(), "the original and one re-driven copy");
        assertEquals("true", String.valueOf(KafkaTestClient.headers(published.get(1)).get("redriven-from")
                .startsWith("articles.analyzed.dlq/")));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                given().get("/api/v1/articles/" + poison).then().statusCode(200)
                        .body("title", equalTo("Harbour strike ends")));
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }
}
