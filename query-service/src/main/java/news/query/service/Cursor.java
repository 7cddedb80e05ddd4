package news.query.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A position in the newest-first order: the sort time and id of the last article of a page. Encoded as an opaque
 * URL-safe string. Rows that arrive later sort by their own time, so a cursor never skips or repeats an article
 * already passed.
 */
public record Cursor(Instant sortTime, String id) {

    public String encode() {
        String plain = sortTime.getEpochSecond() + "." + sortTime.getNano() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor; {@link IllegalArgumentException} when it is not one this service made. */
    public static Cursor decode(String encoded) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = plain.indexOf(':');
            int dot = plain.indexOf('.');
            if (colon < 0 || dot < 0 || dot > colon || colon == plain.length() - 1) {
                throw new IllegalArgumentException("malformed cursor");
            }
            Instant time = Instant.ofEpochSecond(Long.parseLong(plain.substring(0, dot)),
                    Long.parseLong(plain.substring(dot + 1, colon)));
            return new Cursor(time, plain.substring(colon + 1));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a cursor returned by this API", e);
        }
    }
}
