package news.devinfra;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small news site on 127.0.0.1 for tests (JDK HttpServer): an RSS feed with an ETag (answering 304 to a matching If-None-Match),
 * and article pages. Counts what it served.
 */
public final class NewsSiteServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> pages = new ConcurrentHashMap<>();
    private final AtomicInteger notModified = new AtomicInteger();
    private final AtomicInteger pageRequests = new AtomicInteger();
    private volatile String feed = "";
    private volatile int feedVersion;

    public NewsSiteServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed.xml", this::serveFeed);
        server.createContext("/news/", this::servePage);
        server.createContext("/site/", this::serveHome);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Replaces the feed with RSS 2.0 items linking to {@code /news/<slug>}, each page holding its text. */
    public void publish(String title, Map<String, String> textsBySlug) {
        StringBuilder items = new StringBuilder();
        textsBySlug.forEach((slug, text) -> {
            pages.put("/news/" + slug, "<html><head><title>Headline " + slug + " | Harbour News</title>"
                    + "<link rel=\"canonical\" href=\"" + baseUrl() + "/news/" + slug + "\"></head><body><nav>"
                    + "<a href=\"/\">Home</a></nav><article><h1>Headline " + slug + "</h1><p>" + text
                    + "</p></article><footer>Footer text</footer></body></html>");
            items.append("<item><title>Headline ").append(slug).append("</title><link>").append(baseUrl())
                    .append("/news/").append(slug).append("</link><guid>").append(slug)
                    .append("</guid><category>World</category><pubDate>Tue, 10 Jun 2025 04:00:00 GMT</pubDate>")
                    .append("<description>Summary of ").append(slug).append("</description></item>");
        });
        feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>" + title
                + "</title><link>" + baseUrl() + "</link><description>Test feed</description>" + items
                + "</channel></rss>";
        feedVersion++;
    }

    /** Makes a page unavailable (404) so the entry's own summary must be used. */
    public void remove(String slug) {
        pages.remove("/news/" + slug);
    }

    public int notModifiedCount() {
        return notModified.get();
    }

    public int pageRequests() {
        return pageRequests.get();
    }

    private void serveFeed(HttpExchange exchange) throws IOException {
        String etag = "\"v" + feedVersion + "\"";
        exchange.getResponseHeaders().add("ETag", etag);
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            notModified.incrementAndGet();
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        send(exchange, 200, "application/rss+xml; charset=utf-8", feed);
    }

    /** The site's home page, {@code /site/}: a web page that names its feed, as sites do for feed readers. */
    private void serveHome(HttpExchange exchange) throws IOException {
        send(exchange, 200, "text/html; charset=utf-8", "<!DOCTYPE html><html><head><title>Harbour News</title>"
                + "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Harbour News\" href=\"../feed.xml\">"
                + "</head><body><h1>Harbour News</h1></body></html>");
    }

    private void servePage(HttpExchange exchange) throws IOException {
        pageRequests.incrementAndGet();
        String page = pages.get(exchange.getRequestURI().getPath());
        if (page == null) {
            send(exchange, 404, "text/plain", "not found");
        } else {
            send(exchange, 200, "text/html; charset=utf-8", page);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
