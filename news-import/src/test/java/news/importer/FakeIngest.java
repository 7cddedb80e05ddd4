package news.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plays ingest-service's {@code POST /api/v1/articles}: 202 {@code published} the first time a body's article
 * text is seen and {@code duplicate} after; 413 over {@link #LIMIT} bytes; 503 once for text containing
 * {@code RETRY-ME}.
 */
final class FakeIngest implements AutoCloseable {

    static final int LIMIT = 64 * 1024;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final Set<String> seen = new HashSet<>();
    private final Set<String> refusedOnce = new HashSet<>();
    final List<JsonNode> accepted = new ArrayList<>();
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger unavailable = new AtomicInteger();
    /** When set, requests without this X-API-Key are refused with 401, as ingest-service does. */
    volatile String requiredKey;

    FakeIngest() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/api/v1/articles", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (requiredKey != null && !requiredKey.equals(exchange.getRequestHeaders().getFirst("X-API-Key"))) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "ApiKey header=\"X-API-Key\"");
                answer(exchange, 401, problem("the API key in the X-API-Key header is not valid", "X-API-Key"));
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())
                    || !exchange.getRequestHeaders().getFirst("Content-Type").startsWith("application/json")) {
                answer(exchange, 415, problem("unsupported media type", null));
                return;
            }
            if (body.length > LIMIT) {
                answer(exchange, 413, problem("request body too large", null));
                return;
            }
            JsonNode article = json.readTree(body);
            String content = article.path("html").asText("") + article.path("text").asText("");
            String status;
            synchronized (this) {
                if (content.contains("RETRY-ME") && refusedOnce.add(content)) {
                    unavailable.incrementAndGet();
                    answer(exchange, 503, problem("publishing to Kafka failed; nothing was recorded, try again", null));
                    return;
                }
                status = seen.add(content) ? "published" : "duplicate";
                accepted.add(article);
            }
            String id = Integer.toHexString(content.hashCode());
            answer(exchange, 202, "{\"id\":\"" + id + "\",\"status\":\"" + status + "\",\"title\":null,"
                    + "\"location\":\"http://localhost:8083/api/v1/articles/" + id + "\"}");
        }
    }

    synchronized List<JsonNode> accepted() {
        return List.copyOf(accepted);
    }

    private static String problem(String detail, String field) {
        return "{\"type\":\"about:blank\",\"title\":\"Bad\",\"detail\":\"" + detail + "\",\"field\":"
                + (field == null ? "null" : "\"" + field + "\"") + "}";
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type",
                status == 202 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
