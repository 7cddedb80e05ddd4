package news.query.rest;

import static io.restassured.RestAssured.given;
import static news.devinfra.RealInfraResource.API_KEY;
import static news.devinfra.RealInfraResource.API_KEY_HEADER;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import news.devinfra.RealInfraResource;
import org.junit.jupiter.api.Test;

/** With {@code news.security.read-open=false} every read of the API needs the key; health and metrics stay open. */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
@TestProfile(ClosedReadsTest.ClosedReads.class)
class ClosedReadsTest {

    public static class ClosedReads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("news.security.read-open", "false");
        }
    }

    @Test
    void readsNeedTheKey() {
        for (String path : new String[] {"/api/v1/articles", "/api/v1/themes", "/api/v1/stats/themes"}) {
            given().get(path).then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", "ApiKey header=\"X-API-Key\"")
                    .body("field", equalTo("X-API-Key"));
            given().header(API_KEY_HEADER, "not-the-key").get(path).then().statusCode(401);
            given().header(API_KEY_HEADER, API_KEY).get(path).then().statusCode(200);
        }
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }
}
