package news.support;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose declared body is larger than {@code news.http.max-body-bytes} with 413 and a problem
 * body, before anything reads it. Bodies sent without a length are cut at {@code quarkus.http.limits.max-body-size}.
 */
@ApplicationScoped
public class BodySizeGuard {

    @ConfigProperty(name = "news.http.max-body-bytes", defaultValue = "10485760")
    long maxBodyBytes;

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && tooLong(length)) {
                Problem problem = Problem.of(413, "Content Too Large",
                        "request body of " + length + " bytes exceeds the limit of " + maxBodyBytes + " bytes", "body");
                rc.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(Json.encode(problem));
                return;
            }
            rc.next();
        }, 1000);
    }

    private boolean tooLong(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
