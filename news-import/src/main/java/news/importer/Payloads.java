package news.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/** Builds the JSON body of {@code POST /api/v1/articles} from an {@link Item}, or refuses the item. */
final class Payloads {

    /** What the API accepts as a url; anything else is left out and the article is identified by its text. */
    private static final Pattern URL = Pattern.compile("(?i)https?://\\S+");
    private static final int MAX_URL = 2048;
    private static final List<String> FIELDS = List.of("url", "html", "text", "source", "publishedAt");

    private final ObjectMapper json;
    private final String source;
    private final long maxBytes;
    private final boolean warcDateFallback;

    Payloads(ObjectMapper json, String source, long maxBytes, boolean warcDateFallback) {
        this.json = json;
        this.source = source;
        this.maxBytes = maxBytes;
        this.warcDateFallback = warcDateFallback;
    }

    byte[] body(Item item) throws Rejected {
        ObjectNode body = switch (item.kind()) {
            case HTML -> page(item);
            case TEXT -> text(item);
            case JSON_LINE -> line(item);
        };
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new Rejected("cannot write JSON: " + e.getOriginalMessage());
        }
        if (bytes.length > maxBytes) {
            throw new Rejected("request body over " + Sizes.human(maxBytes) + ", not posted");
        }
        return bytes;
    }

    private ObjectNode page(Item item) throws Rejected {
        String html = Decoding.html(item.bytes(), item.charset());
        if (html.isBlank()) {
            throw new Rejected("empty page");
        }
        String url = usableUrl(item.url());
        ObjectNode body = json.createObjectNode();
        putIfPresent(body, "url", url);
        body.put("html", html);
        putIfPresent(body, "source", source);
        if (warcDateFallback && item.fallbackDate() != null && !PageDates.hasOwnDate(html, url)) {
            body.put("publishedAt", item.fallbackDate());
        }
        return body;
    }

    private ObjectNode text(Item item) throws Rejected {
        String text = Decoding.text(item.bytes());
        if (text.isBlank()) {
            throw new Rejected("empty text");
        }
        ObjectNode body = json.createObjectNode();
        body.put("text", text);
        putIfPresent(body, "source", source);
        return body;
    }

    private ObjectNode line(Item item) throws Rejected {
        JsonNode node;
        try {
            node = json.readTree(new String(item.bytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Rejected("JSON Lines: not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw new Rejected("JSON Lines: the line is not a JSON object");
        }
        ObjectNode body = json.createObjectNode();
        for (String field : FIELDS) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                continue;
            }
            if (!value.isTextual()) {
                throw new Rejected("JSON Lines: '" + field + "' must be a string");
            }
            body.put(field, value.textValue());
        }
        boolean hasHtml = !body.path("html").asText("").isBlank();
        boolean hasText = !body.path("text").asText("").isBlank();
        if (hasHtml == hasText) {
            throw new Rejected("JSON Lines: give exactly one of 'html' and 'text', not empty");
        }
        if (!body.has("source")) {
            putIfPresent(body, "source", source);
        }
        return body;
    }

    static String usableUrl(String url) {
        return url != null && url.length() <= MAX_URL && URL.matcher(url).matches() ? url : null;
    }

    private static void putIfPresent(ObjectNode body, String field, String value) {
        if (value != null && !value.isBlank()) {
            body.put(field, value);
        }
    }
}
