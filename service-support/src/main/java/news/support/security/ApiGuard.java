package news.support.security;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;
import news.support.Problem;
import org.jboss.logging.Logger;

/**
 * Guards the API: checks the {@code X-API-Key} of every request that needs one (see {@link SecurityConfig})
 * and rate-limits every request that is not a read, per client, before anything reads the body; requests from the
 * machine itself are not rate-limited unless {@code news.security.rate-limit.exempt-loopback} is false. A missing or
 * wrong key gets 401, a client over its rate 429 with {@code Retry-After}, both as problem+json.
 */
@ApplicationScoped
public class ApiGuard {

    /** The request header carrying the API key. */
    public static final String HEADER = "X-API-Key";
    /** Paths under this prefix always need a key, for reads too. */
    public static final String ADMIN_PREFIX = "/api/v1/admin";

    private static final Logger LOG = Logger.getLogger(ApiGuard.class);
    private static final String API_PREFIX = "/api/";
    private static final String CHALLENGE = "ApiKey header=\"" + HEADER + "\"";
    private static final Pattern SLASHES = Pattern.compile("/{2,}");
    /** An IPv4 or IPv6 address written out (digits, dots, hex digits and colons), never a host name. */
    private static final Pattern ADDRESS_LITERAL = Pattern.compile("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private final SecurityConfig config;
    private final ApiKeys keys;
    private final RateLimiter keyedLimit;
    private final RateLimiter anonymousLimit;

    @Inject
    public ApiGuard(SecurityConfig config) {
        this.config = config;
        this.keys = new ApiKeys(config.apiKeys().orElse(List.of()));
        SecurityConfig.RateLimit limit = config.rateLimit();
        this.keyedLimit = new RateLimiter(limit.keyedPerSecond(), limit.keyedBurst(), limit.idleExpiry());
        this.anonymousLimit = new RateLimiter(limit.anonymousPerSecond(), limit.anonymousBurst(), limit.idleExpiry());
    }

    void warnWithoutKeys(@Observes StartupEvent start) {
        if (keys.none()) {
            LOG.warn("No API key configured (news.security.api-keys, env NEWS_SECURITY_API_KEYS): every write and "
                    + "admin request is refused with 401" + (config.readOpen() ? "" : ", and so is every read")
                    + ". Set one or more comma-separated keys and send one in the " + HEADER + " header.");
        } else {
            LOG.infof("API keys configured: %d; reads %s", keys.count(), config.readOpen() ? "open" : "need a key");
        }
    }

    void register(@Observes Filters filters) {
        filters.register(this::guard, 2000);
    }

    private void guard(RoutingContext rc) {
        // "//api/v1/articles" reaches the same resource as "/api/v1/articles"
        String path = rc.normalizedPath() == null ? "/" : SLASHES.matcher(rc.normalizedPath()).replaceAll("/");
        HttpServerRequest request = rc.request();
        boolean read = isRead(request.method());
        boolean api = path.startsWith(API_PREFIX);
        if (read && !api) {
            rc.next(); // health, metrics, OpenAPI, the dashboard's files
            return;
        }
        boolean admin = under(path, ADMIN_PREFIX);
        boolean preview = !read && config.previewPaths().stream().anyMatch(p -> under(path, p));
        boolean keyed = keys.accepts(request.getHeader(HEADER));
        // every write needs a key wherever it is sent, so no path spelling slips past
        boolean needsKey = admin || (read ? !config.readOpen() : !preview);
        if (needsKey && !keyed) {
            String detail = keys.none()
                    ? "this service has no API key configured, so it accepts no " + (read ? "reads" : "writes")
                            + " here; set news.security.api-keys (env NEWS_SECURITY_API_KEYS) and send the key in "
                            + "the " + HEADER + " header"
                    : request.getHeader(HEADER) == null ? "this request needs an API key in the " + HEADER + " header"
                    : "the API key in the " + HEADER + " header is not valid";
            refuse(rc, 401, "Unauthorized", detail, HEADER, "WWW-Authenticate", CHALLENGE);
            return;
        }
        if (!read && config.rateLimit().enabled()
                && !(config.rateLimit().exemptLoopback() && isLoopback(clientAddress(request)))) {
            RateLimiter.Decision decision = keyed
                    ? keyedLimit.acquire(request.getHeader(HEADER).strip())
                    : anonymousLimit.acquire(clientAddress(request));
            if (!decision.allowed()) {
                refuse(rc, 429, "Too Many Requests", "rate limit for this client exceeded; retry after "
                        + decision.retryAfterSeconds() + " s", null, "Retry-After",
                        Long.toString(decision.retryAfterSeconds()));
                return;
            }
        }
        rc.next();
    }

    private static boolean isRead(HttpMethod method) {
        return method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS;
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
    }

    /** The peer's address (the forwarded one when {@code quarkus.http.proxy.proxy-address-forwarding} is on). */
    private static String clientAddress(HttpServerRequest request) {
        SocketAddress address = request.remoteAddress();
        return address == null || address.host() == null ? "unknown" : address.host();
    }

    /**
     * Whether the address is this machine's own (127.0.0.0/8, ::1, or IPv4-mapped 127.x): the operator's scripts.
     * Only address literals are looked at; a name is never resolved.
     */
    static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (literal.isEmpty() || !ADDRESS_LITERAL.matcher(literal).matches()) {
            return false;
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static void refuse(RoutingContext rc, int status, String title, String detail, String field,
            String header, String value) {
        boolean hasBody = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH) != null
                ? !"0".equals(rc.request().getHeader(HttpHeaders.CONTENT_LENGTH).trim())
                : rc.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
        var response = rc.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(header, value);
        if (hasBody) {
            // the body is never read: do not leave it on a connection that would be reused
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        response.end(Json.encode(Problem.of(status, title, detail, field)));
    }
}
