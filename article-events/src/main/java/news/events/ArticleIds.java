package news.events;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable article ids: a hash of the canonical URL, or of the normalised text when there is no URL. The same
 * article always gets the same id, so it lands on one partition and replays are idempotent.
 */
public final class ArticleIds {

    private static final int ID_BYTES = 10;

    private ArticleIds() {
    }

    /** The id of the article published at {@code url}. */
    public static String forUrl(String url) {
        return "u" + hash(normaliseUrl(url), ID_BYTES);
    }

    /** The id of an article known only by its text. */
    public static String forText(String text) {
        return "t" + hash(normaliseText(text), ID_BYTES);
    }

    /** A hash of the article's title and body that changes when the text changes. */
    public static String contentHash(String title, String body) {
        return hash(normaliseText(title == null ? "" : title) + "\n" + normaliseText(body), 16);
    }

    /**
     * Lower-cases scheme and host, drops the fragment, default ports and a trailing slash, so trivially different
     * spellings of one address give one id.
     */
    static String normaliseUrl(String url) {
        String trimmed = url.strip();
        try {
            URI uri = new URI(trimmed);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return trimmed;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                    || (scheme.equals("https") && port == 443);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port)
                    + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return trimmed;
        }
    }

    /** Unicode NFKC, typographic quotes folded, whitespace collapsed, lower case. */
    static String normaliseText(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201C', '"').replace('\u201D', '"');
        return folded.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static String hash(String value, int bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
