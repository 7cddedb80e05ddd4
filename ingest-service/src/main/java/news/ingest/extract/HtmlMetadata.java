package news.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import news.language.LanguageGuesser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads article metadata from a parsed page, trusting sources in this order: JSON-LD, OpenGraph and other
 * {@code <meta>} tags, {@code <time>} and microdata, visible bylines and datelines, the URL. The site, links, image
 * and declared language are read here; the title by {@link PageTitle}, the authors by {@link Bylines} and the dates
 * by {@link Datelines}, which look at the page through {@link PageText}.
 * Must run before the body extractor prunes the document.
 */
final class HtmlMetadata {

    /** A value that holds an entity still escaped ("&amp;amp;" read once). */
    private static final Pattern ESCAPED = Pattern.compile("(?s).*&(?:#\\d+|#x\\p{XDigit}+|\\p{Alpha}+);.*");

    /** The links {@link #firstLink} looks for, parsed once. */
    private static final Evaluator CANONICAL_LINK = QueryParser.parse("link[rel=canonical][href]");
    private static final Evaluator IMAGE_LINK = QueryParser.parse("link[rel=image_src][href]");

    private final Document doc;
    private final JsonLd ld;
    private final Map<String, String> meta = new HashMap<>();

    String title;
    List<String> authors;
    OffsetDateTime publishedAt;
    OffsetDateTime modifiedAt;
    String canonicalUrl;
    String siteName;
    String description;
    String imageUrl;
    String declaredLanguage;
    String ldArticleBody;

    HtmlMetadata(Document doc, String pageUrl) {
        this(doc, new PageElements(doc), pageUrl);
    }

    /** @param elements the page's elements, listed ({@link PageElements}) */
    HtmlMetadata(Document doc, PageElements elements, String pageUrl) {
        this.doc = doc;
        this.ld = new JsonLd(elements);
        for (Element m : elements.select("meta[content]")) {
            String content = m.attr("content");
            for (int i = 0; i < 2 && content.indexOf('&') >= 0 && ESCAPED.matcher(content).matches(); i++) {
                content = org.jsoup.parser.Parser.unescapeEntities(content, false); // double-escaped values
            }
            content = repairMojibake(content.strip());
            if (content.isEmpty()) {
                continue;
            }
            for (String key : List.of("property", "name", "itemprop", "http-equiv")) {
                String k = m.attr(key).strip().toLowerCase(Locale.ROOT);
                if (!k.isEmpty()) {
                    String had = meta.putIfAbsent(k, content);
                    if (had != null && key.equals("name") && Bylines.REPEATED_AUTHOR_META.contains(k)
                            && !had.equals(content) && !m.hasAttr("itemprop")) {
                        // one <meta name="author"> per author (the Guardian): the byline is all of them
                        meta.put(k, had + "; " + content);
                    }
                }
            }
        }
        JsonNode article = ld.article();
        readSite(article, pageUrl);
        readUrlsAndText(article, pageUrl);
        PageTitle headline = new PageTitle(doc, elements, article, meta, siteName);
        title = headline.title;
        // the byline and dateline readers' view of the page
        PageText page = new PageText(doc, elements, headline.h1, headline.logoH1, title);
        authors = new Bylines(doc, meta, ld, article, page, headline.h1, title, siteName).authors;
        String languageTag = declaredLanguageTag(article);
        declaredLanguage = LanguageGuesser.primarySubtag(languageTag);
        Datelines dates = new Datelines(meta, ld, article, page, authors, pageUrl, canonicalUrl, languageTag);
        publishedAt = dates.publishedAt;
        modifiedAt = dates.modifiedAt;
    }

    private void readSite(JsonNode article, String pageUrl) {
        siteName = first(meta.get("og:site_name"), meta.get("application-name"), meta.get("al:ios:app_name"));
        if (siteName == null && article != null) {
            JsonNode publisher = ld.resolve(article.get("publisher"));
            siteName = JsonLd.text(publisher == null ? null : publisher.isObject() ? publisher.get("name") : publisher);
        }
        if (siteName == null) {
            JsonNode site = ld.first("website");
            siteName = site == null ? null : JsonLd.text(site.get("name"));
        }
        if (siteName == null) {
            JsonNode org = ld.first("organization");
            siteName = org == null ? null : JsonLd.text(org.get("name"));
        }
        siteName = sized(siteName, MAX_SITE_NAME_CHARS);
    }

    /** The page's first element the query selects: looked for in the head (where links belong), then in the body. */
    private Element firstLink(Evaluator query) {
        Element found = doc.head().selectFirst(query);
        return found != null || doc.body() == null ? found : doc.body().selectFirst(query);
    }

    private void readUrlsAndText(JsonNode article, String pageUrl) {
        Element canonical = firstLink(CANONICAL_LINK);
        canonicalUrl = first(articleAddress(canonical == null ? null : canonical.absUrl("href")),
                articleAddress(absolute(meta.get("og:url"), pageUrl)));
        if (canonicalUrl == null && article != null) {
            canonicalUrl = articleAddress(absolute(first(JsonLd.text(article.get("url")),
                    JsonLd.text(article.get("mainEntityOfPage"))), pageUrl));
        }
        if (canonicalUrl == null) {
            canonicalUrl = webAddress(pageUrl);
        }
        description = sized(whole(meta.get("og:description"), meta.get("description"), meta.get("twitter:description"),
                article == null ? null : JsonLd.text(article.get("description"))), MAX_DESCRIPTION_CHARS);
        String image = first(meta.get("og:image"), meta.get("og:image:url"), meta.get("og:image:secure_url"),
                meta.get("twitter:image"), meta.get("twitter:image:src"),
                article == null ? null : JsonLd.text(article.get("image")), meta.get("image"));
        Element imageLink = image == null ? firstLink(IMAGE_LINK) : null;
        if (imageLink != null) {
            image = imageLink.attr("href");
        }
        imageUrl = sized(absolute(image, first(canonicalUrl, pageUrl)), MAX_URL_CHARS);
        if (article != null) {
            ldArticleBody = JsonLd.text(article.get("articleBody"));
        }
    }

    /** The language tag the page declares ("fr", "en-GB", "pt_BR"), as written; null if none. */
    private String declaredLanguageTag(JsonNode article) {
        Element html = doc.selectFirst("html");
        return first(html == null ? null : html.attr("lang"), html == null ? null : html.attr("xml:lang"),
                meta.get("content-language"), meta.get("language"), meta.get("og:locale"),
                article == null ? null : JsonLd.text(article.get("inLanguage")));
    }

    /**
     * Undoes UTF-8 text that was decoded as Latin-1 or Windows-1252 ("Investorâ€™s" for "Investor’s"); any other text
     * is returned as it is.
     */
    static String repairMojibake(String s) {
        if (s == null) {
            return null;
        }
        boolean suspect = false;
        for (int i = 0; i + 1 < s.length() && !suspect; i++) {
            char c = s.charAt(i);
            suspect = (c == 'Ã' || c == 'Â' || c == 'â' || c == 'Å') && (s.charAt(i + 1) >= 0x80 && s.charAt(i + 1) <= 0xBF
                    || CP1252.indexOf(s.charAt(i + 1)) >= 0);
        }
        if (!suspect) {
            return s;
        }
        byte[] bytes = new byte[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int special = CP1252.indexOf(c);
            if (c > 0xFF && special < 0) {
                return s; // not a Latin-1 or Windows-1252 reading of bytes
            }
            bytes[i] = (byte) (special >= 0 ? 0x80 + special : c);
        }
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return s;
        }
    }

    /** Windows-1252 characters of bytes 0x80..0x9F, in byte order (unassigned bytes as U+FFFF). */
    private static final String CP1252 = "€\uffff‚ƒ„…†‡ˆ‰Š‹Œ\uffffŽ\uffff\uffff‘’“”•–—˜™š›œ\uffffžŸ";

    static String unescape(String s) {
        return s == null ? null : org.jsoup.parser.Parser.unescapeEntities(s, false);
    }

    static Iterable<JsonNode> iterable(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    /**
     * @return the address when it can be an article's: http(s), a host name with a dot, and more than the site's home
     *         page; else null. Some sites name their home page as every page's canonical address, or write a
     *         broken one ("https://blog.example%2Farticles%2F...", "//my-blog"); taken as such, every article of the
     *         site would get one id, and each would replace the last.
     */
    static String articleAddress(String url) {
        if (url == null || url.length() > MAX_URL_CHARS) {
            return null;
        }
        try {
            URI u = new URI(url);
            String host = u.getHost();
            boolean web = u.getScheme() != null && u.getScheme().toLowerCase(Locale.ROOT).matches("https?");
            boolean homePage = (u.getPath() == null || u.getPath().isEmpty() || u.getPath().equals("/"))
                    && u.getQuery() == null;
            return web && host != null && host.matches("[A-Za-z0-9.-]+\\.[A-Za-z0-9-]+") && !homePage ? url : null;
        } catch (Exception e) {
            return null;
        }
    }

    static String absolute(String url, String base) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI u = base == null ? new URI(url.strip()) : new URI(base.strip()).resolve(url.strip().replace(" ", "%20"));
            return u.isAbsolute() ? u.toString() : null;
        } catch (Exception e) {
            return url.matches("(?i)https?://\\S+") ? url : null;
        }
    }

    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://.+");

    /** @return the address when it is a web page's (http or https), the last resort for an article's own; else null */
    static String webAddress(String url) {
        return url != null && url.length() <= MAX_URL_CHARS && WEB_ADDRESS.matcher(url).matches() ? url : null;
    }

    /** @return the first of the descriptions given in full, or the first one cut short ("…") when none is whole */
    private static String whole(String... descriptions) {
        for (String d : descriptions) {
            if (d != null && !d.isBlank() && !Text.isTruncated(d.strip())) {
                return d;
            }
        }
        return first(descriptions);
    }

    /**
     * The longest values taken from the page's metadata; a longer one is text that is not such a value, dropped (not
     * cut): an address (what browsers and search engines take), a site name, a
     * description (some pages give a whole abstract or article as theirs, up to 15,000 characters).
     */
    private static final int MAX_URL_CHARS = 2048;
    private static final int MAX_SITE_NAME_CHARS = 200;
    private static final int MAX_DESCRIPTION_CHARS = 50_000;

    static String sized(String value, int max) {
        return value == null || value.length() <= max ? value : null;
    }

    @SafeVarargs
    static <T> T first(T... values) {
        for (T v : values) {
            if (v != null && !(v instanceof String s && s.isBlank())) {
                return v;
            }
        }
        return null;
    }
}
