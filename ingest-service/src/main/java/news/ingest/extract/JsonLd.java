package news.ingest.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The schema.org JSON-LD objects of a page: every object of every {@code application/ld+json} script (and of a
 * {@code <meta name="script:ld+json">}), with
 * {@code @graph} arrays flattened and {@code @id} references resolvable. Malformed scripts are skipped.
 */
final class JsonLd {

    private static final ObjectMapper MAPPER = JsonMapper.builder(new JsonFactory())
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    private static final Set<String> ARTICLE_TYPES = Set.of(
            "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
            "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "advertisercontentarticle",
            "satiricalarticle", "techarticle", "scholarlyarticle", "socialmediaposting", "liveblogposting",
            "report", "posting", "medicalscholarlyarticle", "discussionforumposting", "review", "howto", "recipe");
    private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage", "aboutpage", "faqpage", "medicalwebpage");

    private final List<JsonNode> objects = new ArrayList<>();
    private final Map<String, JsonNode> byId = new HashMap<>();

    JsonLd(PageElements elements) {
        for (Element script : elements.select("script")) {
            if (script.attr("type").toLowerCase(Locale.ROOT).contains("application/ld+json")) {
                read(script.data());
            }
        }
        // Remix-style head meta: <meta name="script:ld+json" content="{...}"> when the app renders it as a meta tag
        for (Element meta : elements.select("meta[name=script:ld+json][content]")) {
            read(meta.attr("content"));
        }
    }

    private void read(String data) {
        String json = data.strip();
        json = json.startsWith("<!--") ? json.substring(4) : json;
        json = json.endsWith("-->") ? json.substring(0, json.length() - 3) : json;
        if (json.isEmpty()) {
            return;
        }
        try {
            collect(MAPPER.readTree(json), 0);
        } catch (Exception malformed) {
            // pages often ship broken JSON-LD; the other metadata sources still apply
        }
    }

    private void collect(JsonNode node, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, depth + 1));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (node.has("@graph")) {
            collect(node.get("@graph"), depth + 1);
        }
        if (node.has("@type")) {
            objects.add(node);
            String id = text(node.get("@id"));
            if (id != null) {
                byId.putIfAbsent(id, node);
            }
        }
        JsonNode main = node.get("mainEntity");
        if (main != null && main.isObject()) {
            collect(main, depth + 1);
        }
    }

    /** The most article-like object: an article type if any, else a web page; null if neither. */
    JsonNode article() {
        JsonNode best = null;
        int bestRank = 0;
        for (JsonNode o : objects) {
            int rank = 0;
            for (String type : types(o)) {
                if (ARTICLE_TYPES.contains(type)) {
                    rank = Math.max(rank, o.has("headline") || o.has("articleBody") ? 3 : 2);
                } else if (PAGE_TYPES.contains(type)) {
                    rank = Math.max(rank, 1);
                }
            }
            if (rank > bestRank) {
                best = o;
                bestRank = rank;
            }
        }
        return best;
    }

    /** A web page object (for dates when there is no article object); null if none. */
    JsonNode webPage() {
        for (JsonNode o : objects) {
            for (String type : types(o)) {
                if (PAGE_TYPES.contains(type)) {
                    return o;
                }
            }
        }
        return null;
    }

    /** The first object of a type (lower case), e.g. "website" or "organization"; null if none. */
    JsonNode first(String type) {
        for (JsonNode o : objects) {
            if (types(o).contains(type)) {
                return o;
            }
        }
        return null;
    }

    /** Follows an {@code {"@id": ...}} reference to the full object when the page defines it. */
    JsonNode resolve(JsonNode node) {
        if (node != null && node.isObject() && node.size() <= 2 && node.has("@id")) {
            JsonNode target = byId.get(node.get("@id").asText());
            return target == null ? node : target;
        }
        return node;
    }

    static List<String> types(JsonNode o) {
        List<String> out = new ArrayList<>();
        JsonNode t = o.get("@type");
        if (t == null) {
            return out;
        }
        if (t.isArray()) {
            t.forEach(x -> out.add(x.asText().toLowerCase(java.util.Locale.ROOT)));
        } else {
            out.add(t.asText().toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    /** A node's text: a string, or the first element of an array, or an object's "name"/"url"/"@value". */
    static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : text(n.get(0));
        }
        if (n.isObject()) {
            for (String key : List.of("@value", "name", "url", "@id")) {
                if (n.has(key)) {
                    return text(n.get(key));
                }
            }
            return null;
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }

    boolean isEmpty() {
        return objects.isEmpty();
    }
}
