package news.support;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses, with 400 and a problem naming the parameter, a request whose path or query parameters hold a NUL
 * character or a malformed percent-encoding: no text column can store NUL, so such a value would otherwise fail
 * deep in the database instead of at the edge.
 */
@ApplicationScoped
public class ControlCharacterGuard {

    void register(@Observes Filters filters) {
        filters.register(this::guard, 1500);
    }

    private void guard(RoutingContext rc) {
        String path = rc.request().path();
        if (path != null && path.toLowerCase(Locale.ROOT).contains("%00")) {
            refuse(rc, "the path must not contain NUL characters", "path");
            return;
        }
        try {
            for (Map.Entry<String, List<String>> param : multiMap(rc)) {
                for (String value : param.getValue()) {
                    if (value.indexOf('\u0000') >= 0) {
                        refuse(rc, "query parameter '" + param.getKey() + "' must not contain NUL characters",
                                param.getKey());
                        return;
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            refuse(rc, "the query string is not valid percent-encoding", "query");
            return;
        }
        rc.next();
    }

    private static Iterable<Map.Entry<String, List<String>>> multiMap(RoutingContext rc) {
        var params = rc.queryParams();
        return params.names().stream()
                .map(name -> Map.entry(name, params.getAll(name)))
                .toList();
    }

    private static void refuse(RoutingContext rc, String detail, String field) {
        rc.response().setStatusCode(400)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(Json.encode(Problem.of(400, "Bad Request", detail, field)));
    }
}
