package news.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Posts article bodies to ingest-service, retrying with backoff while it is unavailable. */
final class IngestClient {

    enum Status { PUBLISHED, UPDATED, DUPLICATE, FAILED }

    /**
     * What became of one article.
     *
     * @param reason      why it failed, grouped in the summary; null otherwise
     * @param unavailable the service could not be reached or said to try later, even after the retries
     */
    record Outcome(Status status, String reason, boolean unavailable) {
        static Outcome failed(String reason, boolean unavailable) {
            return new Outcome(Status.FAILED, reason, unavailable);
        }
    }

    /** Answers that mean "not now": retried, then reported as the service being unavailable. */
    private static final Set<Integer> RETRYABLE = Set.of(429, 502, 503, 504);
    private static final long MAX_DELAY_MS = 30_000;

    private final HttpClient http;
    private final URI endpoint;
    private final ObjectMapper json;
    private final int retries;
    private final long retryDelayMs;
    private final Duration timeout;
    private final String apiKey;

    /** {@code apiKey} is sent as {@code X-API-Key} when not null. */
    IngestClient(URI ingestUrl, String apiKey, ObjectMapper json, int retries, long retryDelayMs, Duration timeout) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        this.endpoint = ingestUrl.resolve("/api/v1/articles");
        this.json = json;
        this.retries = retries;
        this.retryDelayMs = retryDelayMs;
        this.timeout = timeout;
        this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
    }

    URI endpoint() {
        return endpoint;
    }

    Outcome post(byte[] body) throws InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (apiKey != null) {
            builder.header("X-API-Key", apiKey);
        }
        HttpRequest request = builder.build();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<byte[]> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                if (attempt < retries) {
                    Thread.sleep(delay(attempt, null));
                    continue;
                }
                return Outcome.failed("cannot reach ingest-service: " + describe(e), true);
            }
            int code = response.statusCode();
            if (code / 100 == 2) {
                return accepted(response.body());
            }
            if (RETRYABLE.contains(code) && attempt < retries) {
                Thread.sleep(delay(attempt, response.headers().firstValue("Retry-After").orElse(null)));
                continue;
            }
            // a refused key fails every article alike: counted like unavailability, so the import stops early
            return Outcome.failed(problem(code, response.body()), RETRYABLE.contains(code) || code == 401);
        }
    }

    private Outcome accepted(byte[] body) {
        String status = "";
        try {
            JsonNode answer = json.readTree(body);
            status = answer == null ? "" : answer.path("status").asText("");
        } catch (IOException e) {
            // an answer without a readable status still means accepted
        }
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "duplicate" -> new Outcome(Status.DUPLICATE, null, false);
            case "updated" -> new Outcome(Status.UPDATED, null, false);
            default -> new Outcome(Status.PUBLISHED, null, false);
        };
    }

    /** {@code HTTP 422 (html): no article text found}, from the problem+json {@code detail} and {@code field}. */
    private String problem(int code, byte[] body) {
        String detail = null;
        String field = null;
        try {
            JsonNode problem = json.readTree(body);
            if (problem != null && problem.isObject()) {
                detail = text(problem.get("detail"));
                if (detail == null) {
                    detail = text(problem.get("title"));
                }
                field = text(problem.get("field"));
            }
        } catch (IOException e) {
            // not JSON: the status alone
        }
        StringBuilder reason = new StringBuilder("HTTP ").append(code);
        if (field != null && (detail == null || !detail.contains(field))) {
            reason.append(" (").append(field).append(')');
        }
        if (detail != null) {
            reason.append(": ").append(detail);
        } else if (code == 401) {
            reason.append(": API key missing or not accepted (--api-key or NEWS_API_KEY)");
        } else if (code == 404 || code == 405) {
            reason.append(": no article API here (check --ingest-url)");
        }
        return reason.toString();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText().strip();
    }

    private long delay(int attempt, String retryAfter) {
        if (retryAfter != null) {
            try {
                return Math.min(MAX_DELAY_MS, Math.max(0, Long.parseLong(retryAfter.strip()) * 1000));
            } catch (NumberFormatException e) {
                // an HTTP date: use the backoff
            }
        }
        long base = Math.min(MAX_DELAY_MS, retryDelayMs << Math.min(attempt, 20));
        return base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
    }

    private static String describe(IOException e) {
        if (e instanceof HttpTimeoutException) {
            return "timed out";
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
