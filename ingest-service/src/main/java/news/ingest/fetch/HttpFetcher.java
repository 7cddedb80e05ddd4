package news.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Fetches feeds and pages the careful way: http(s) only, the {@link AddressPolicy} checked before the first
 * request and on every redirect (at most 5), timeouts, a size cap, an allowed set of content types, gzip, and
 * conditional GET (ETag / Last-Modified → 304). Requests to one host go through the {@link HostGate}.
 */
public final class HttpFetcher {

    /**
     * Content types a feed may come with (servers often label feeds as text, octet-stream or, when they serve a
     * compressed file, gzip; the parser decides).
     */
    public static final List<String> FEED_TYPES = List.of("xml", "rss", "atom", "rdf", "json", "text/",
            "application/octet-stream", "gzip");
    /** Content types of article pages. */
    public static final List<String> PAGE_TYPES = List.of("text/html", "application/xhtml+xml");

    private static final int MAX_REDIRECTS = 5;

    private final HttpClient client;
    private final AddressPolicy policy;
    private final HostGate gate;
    private final Duration timeout;
    private final int maxBytes;
    private final String userAgent;

    public HttpFetcher(AddressPolicy policy, HostGate gate, Duration timeout, int maxBytes, String userAgent) {
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
        this.policy = policy;
        this.gate = gate;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.userAgent = userAgent;
    }

    /**
     * GETs {@code url}.
     *
     * @param acceptedTypes substrings one of which the {@code Content-Type} must contain (a missing type passes)
     * @param etag          validator from the previous fetch, or null
     * @param lastModified  validator from the previous fetch, or null
     */
    public FetchResult get(String url, List<String> acceptedTypes, String etag, String lastModified)
            throws FetchException {
        URI uri = parse(url);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            policy.check(uri.getHost());
            URI current = uri;
            HttpResponse<InputStream> response = gate.call(uri.getHost(), () -> send(current, etag, lastModified));
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = response.headers().firstValue("Location").orElse(null);
                close(response);
                if (location == null) {
                    throw new FetchException("HTTP " + status + " without a Location from " + current);
                }
                uri = parse(current.resolve(location.strip()).toString());
                continue;
            }
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            String newEtag = response.headers().firstValue("ETag").orElse(etag);
            String newLastModified = response.headers().firstValue("Last-Modified").orElse(lastModified);
            if (status == 304) {
                close(response);
                return new FetchResult(304, current.toString(), contentType, new byte[0], newEtag, newLastModified);
            }
            if (status != 200) {
                close(response);
                throw new FetchException("HTTP " + status + " from " + current);
            }
            if (contentType != null && acceptedTypes.stream()
                    .noneMatch(t -> contentType.toLowerCase(Locale.ROOT).contains(t))) {
                close(response);
                throw new FetchException("unexpected content type " + contentType + " from " + current);
            }
            byte[] body = read(response);
            return new FetchResult(200, current.toString(), contentType, body, newEtag, newLastModified);
        }
        throw new FetchException("more than " + MAX_REDIRECTS + " redirects from " + url);
    }

    private HttpResponse<InputStream> send(URI uri, String etag, String lastModified) throws FetchException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("User-Agent", userAgent)
                .header("Accept-Encoding", "gzip");
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        try {
            return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new FetchException("timed out after " + timeout.toSeconds() + " s fetching " + uri);
        } catch (IOException e) {
            throw new FetchException("cannot fetch " + uri + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted fetching " + uri);
        }
    }

    private byte[] read(HttpResponse<InputStream> response) throws FetchException {
        boolean gzip = response.headers().firstValue("Content-Encoding")
                .map(v -> v.toLowerCase(Locale.ROOT).contains("gzip")).orElse(false);
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (!gzip && declared > maxBytes) {
            close(response);
            throw new FetchException("response of " + declared + " bytes exceeds the limit of " + maxBytes);
        }
        try (InputStream raw = response.body(); InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (out.size() + n > maxBytes) {
                    throw new FetchException("response exceeds the limit of " + maxBytes + " bytes");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new FetchException("cannot read the response: " + e.getMessage(), e);
        }
    }

    private static URI parse(String url) throws FetchException {
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new FetchException("only http and https URLs are fetched: " + url);
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new FetchException("not a valid URL: " + url);
        }
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException e) {
            // nothing to do
        }
    }
}
