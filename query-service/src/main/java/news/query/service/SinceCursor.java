package news.query.service;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** An opaque point in the order of storing (a {@code seq}), for {@code since=} polling. */
public final class SinceCursor {

    private static final String PREFIX = "seq:";

    private SinceCursor() {
    }

    public static String encode(long seq) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + seq).getBytes(StandardCharsets.UTF_8));
    }

    /** The sequence number; {@link IllegalArgumentException} when it is not a cursor this service made. */
    public static long decode(String encoded) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            if (!plain.startsWith(PREFIX)) {
                throw new IllegalArgumentException("not a since cursor");
            }
            long seq = Long.parseLong(plain.substring(PREFIX.length()));
            if (seq < 0) {
                throw new IllegalArgumentException("negative");
            }
            return seq;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a since cursor returned by this API", e);
        }
    }
}
