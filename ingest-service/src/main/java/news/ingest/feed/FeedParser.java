package news.ingest.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import news.ingest.extract.PageCharset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 with ROME and JSON Feed 1.x with Jackson. Safe on hostile input: a
 * size cap, no external entities or DTD fetching (ROME's defaults), the JDK's entity-expansion limits (billion
 * laughs), and every failure reported as a {@link FeedParseException} with a reason.
 *
 * <p>Text written with Windows' code page but labelled ISO-8859-1, or with its code points as character references
 * ({@code don&#146;t}), comes out of the XML reader as C1 control characters; they are read as the windows-1252
 * characters they stand for ("don’t", "“test.”"), as browsers and the HTML standard read them.
 */
public final class FeedParser {

    /** Default largest feed accepted, in bytes. */
    public static final int DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ENTRIES = 1000;

    private final int maxBytes;

    public FeedParser() {
        this(DEFAULT_MAX_BYTES);
    }

    public FeedParser(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Parses a feed.
     *
     * @param bytes       the document as received (any encoding; BOM, XML declaration and the HTTP charset are
     *                    honoured)
     * @param contentType the HTTP {@code Content-Type}, if known
     */
    public FeedDocument parse(byte[] bytes, String contentType) throws FeedParseException {
        if (bytes == null || bytes.length == 0) {
            throw new FeedParseException("empty document");
        }
        if (bytes.length > maxBytes) {
            throw new FeedParseException("feed of " + bytes.length + " bytes exceeds the limit of " + maxBytes);
        }
        // served gzip-compressed without saying so (no Content-Encoding, or compressed twice): unpacked, twice at most
        byte[] document = bytes;
        for (int layers = 0; gzip(document); layers++) {
            if (layers == 2) {
                throw new FeedParseException("feed gzip-compressed more than twice");
            }
            document = gunzip(document);
        }
        if (looksLikeJson(document, contentType)) {
            return parseJsonFeed(document);
        }
        if (looksLikeHtml(document)) {
            throw new PageNotFeedException(namedFeed(PageCharset.decodeHtml(document, contentType)));
        }
        return parseXml(document, contentType);
    }

    private static boolean gzip(byte[] bytes) {
        return bytes.length > 2 && bytes[0] == (byte) 0x1f && bytes[1] == (byte) 0x8b;
    }

    /** @return the gzip stream's content, at most {@code maxBytes} of it */
    private byte[] gunzip(byte[] bytes) throws FeedParseException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            byte[] content = in.readNBytes(maxBytes + 1);
            if (content.length > maxBytes) {
                throw new FeedParseException("gzip-compressed feed unpacks to more than the limit of " + maxBytes
                        + " bytes");
            }
            return content;
        } catch (IOException e) {
            throw new FeedParseException("broken gzip-compressed feed: " + firstLine(e), e);
        }
    }

    private FeedDocument parseXml(byte[] bytes, String contentType) throws FeedParseException {
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes), contentType, true)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setXmlHealerOn(true);
            input.setAllowDoctypes(true);
            feed = input.build(reader);
        } catch (FeedException e) {
            throw new FeedParseException("not a feed: " + firstLine(e), e);
        } catch (IOException e) {
            throw new FeedParseException("cannot decode the document: " + firstLine(e), e);
        } catch (IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
            if ("Invalid document".equals(e.getMessage())) {
                throw new FeedParseException("not an RSS 0.9x/1.0/2.0, Atom 0.3/1.0 or JSON Feed document", e);
            }
            throw new FeedParseException("not a feed this reader accepts: " + firstLine(e), e);
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            if (entries.size() == MAX_ENTRIES) {
                break;
            }
            entries.add(toEntry(entry));
        }
        return new FeedDocument(feed.getFeedType(), plain(feed.getTitle()), entries);
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * @return the text with each C1 control character (U+0080 to U+009F, never meant as such in a feed) replaced by
     *         the windows-1252 character of that code, and dropped where windows-1252 has none; null for null
     */
    static String windows1252Controls(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c >= 0x80 && c <= 0x9F) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, k);
                }
                char meant = new String(new byte[] {(byte) c}, WINDOWS_1252).charAt(0);
                if (meant != '\uFFFD') {
                    out.append(meant);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static FeedEntry toEntry(SyndEntry entry) {
        String content = entry.getContents().stream()
                .map(SyndContent::getValue)
                .filter(Objects::nonNull)
                .filter(v -> !v.isBlank())
                .findFirst().orElse(null);
        boolean full = content != null;
        if (content == null && entry.getDescription() != null) {
            content = entry.getDescription().getValue();
        }
        List<String> authors = new ArrayList<>();
        for (SyndPerson person : entry.getAuthors()) {
            addName(authors, person.getName());
        }
        if (authors.isEmpty()) {
            addName(authors, entry.getAuthor());
        }
        List<String> categories = entry.getCategories().stream()
                .map(SyndCategory::getName)
                .map(FeedParser::plain)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return new FeedEntry(
                blankToNull(entry.getUri()),
                blankToNull(entry.getLink()),
                plain(entry.getTitle()),
                date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC),
                categories,
                authors,
                content == null ? "" : windows1252Controls(content),
                full);
    }

    private FeedDocument parseJsonFeed(byte[] bytes) throws FeedParseException {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new FeedParseException("not valid JSON: " + firstLine(e), e);
        }
        if (root == null || !root.isObject() || !root.path("version").asText("").startsWith("https://jsonfeed.org/")) {
            throw new FeedParseException("JSON but not a JSON Feed (no jsonfeed.org version)");
        }
        JsonNode items = root.path("items");
        if (!items.isArray()) {
            throw new FeedParseException("JSON Feed without an items array");
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (JsonNode item : items) {
            if (entries.size() == MAX_ENTRIES) {
                break;
            }
            String html = text(item, "content_html");
            boolean full = html != null || text(item, "content_text") != null;
            if (html == null) {
                html = text(item, "content_text") != null ? escape(text(item, "content_text")) : text(item, "summary");
            }
            List<String> authors = new ArrayList<>();
            item.path("authors").forEach(a -> addName(authors, text(a, "name")));
            addName(authors, text(item.path("author"), "name"));
            List<String> tags = new ArrayList<>();
            item.path("tags").forEach(t -> tags.add(t.asText()));
            entries.add(new FeedEntry(text(item, "id"), firstNonNull(text(item, "url"), text(item, "external_url")),
                    plain(text(item, "title")), date(firstNonNull(text(item, "date_published"),
                            text(item, "date_modified"))), tags, authors, html == null ? "" : windows1252Controls(html),
                    full));
        }
        return new FeedDocument("json_feed_" + root.path("version").asText().replaceAll(".*/version/", ""),
                plain(text(root, "title")), entries);
    }

    /**
     * @return true for an HTML page: it starts (after a byte order mark and white space) with a doctype or an html
     *         tag. Not by its content type: some servers label their feeds text/html.
     */
    private static boolean looksLikeHtml(byte[] bytes) {
        int from = contentStart(bytes);
        String head = new String(bytes, from, Math.min(bytes.length - from, 14), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    /** @return the first feed a page names as its alternate (RSS, Atom or JSON Feed), as written; null if none */
    private static String namedFeed(String html) {
        Document page;
        try {
            page = Jsoup.parse(html);
        } catch (RuntimeException e) {
            return null; // markup jsoup fails on (nested past its depth limit): a page all the same, naming no feed
        }
        for (Element link : page.select("link[rel][type][href]")) {
            boolean alternate = List.of(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")).contains("alternate");
            String type = link.attr("type").toLowerCase(Locale.ROOT).strip();
            if (alternate && FEED_LINK_TYPES.contains(type) && !link.attr("href").isBlank()) {
                return link.attr("href").strip();
            }
        }
        return null;
    }

    private static final List<String> FEED_LINK_TYPES = List.of("application/rss+xml", "application/atom+xml",
            "application/feed+json", "application/rdf+xml");

    private static boolean looksLikeJson(byte[] bytes, String contentType) {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json")) {
            return true;
        }
        int from = contentStart(bytes);
        return from < bytes.length && bytes[from] == '{';
    }

    /** @return the index of the document's first byte after white space and a UTF-8 byte order mark */
    private static int contentStart(byte[] bytes) {
        int from = 0;
        while (from < bytes.length && (Character.isWhitespace(bytes[from]) || bytes[from] == (byte) 0xEF
                || bytes[from] == (byte) 0xBB || bytes[from] == (byte) 0xBF)) {
            from++;
        }
        return from;
    }

    private static OffsetDateTime date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    private static void addName(List<String> names, String name) {
        String plain = plain(name);
        if (plain != null && !names.contains(plain)) {
            names.add(plain);
        }
    }

    /** Markup in a title or name becomes its text; nothing executable survives. */
    static String plain(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = Jsoup.parse(windows1252Controls(value)).text().strip();
        return text.isEmpty() ? null : text;
    }

    private static String escape(String text) {
        return "<p>" + org.jsoup.nodes.Entities.escape(text).replace("\n\n", "</p><p>") + "</p>";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
