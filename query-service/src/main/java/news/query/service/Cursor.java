package news.query.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A position in a list: the sort time and id of the last article of a page, and its full-text rank when the list
 * is sorted by relevance. Encoded as an opaque URL-safe string. Rows that arrive later sort by their own time (or
 * rank), so a cursor never skips or repeats an article already passed.
 *
 * @param rank     the {@code ts_rank} of the last article, for relevance order; null for newest-first order
 * @param sortTime publication (else ingest) time of the last article
 * @param id       id of the last article
 */
public record Cursor(Float rank, Instant sortTime, String id) {

    public Cursor(Instant sortTime, String id) {
        this(null, sortTime, id);
    }

    public String encode() {
        String plain = sortTime.getEpochSecond() + "." + sortTime.getNano() + ":" + id;
        if (rank != null) {
            // the exact bits of the float, so the keyset comparison sees the same value again
            plain = "r" + Integer.toHexString(Float.floatToIntBits(rank)) + ";" + plain;
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor; {@link IllegalArgumentException} when it is not one this service made. */
    public static Cursor decode(String encoded) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            Float rank = null;
            if (plain.startsWith("r")) {
                int semicolon = plain.indexOf(';');
                rank = Float.intBitsToFloat(Integer.parseUnsignedInt(plain.substring(1, semicolon), 16));
                plain = plain.substring(semicolon + 1);
            }
            int colon = plain.indexOf(':');
            int dot = plain.indexOf('.');
            if (colon < 0 || dot < 0 || dot > colon || colon == plain.length() - 1) {
                throw new IllegalArgumentException("malformed cursor");
            }
            Instant time = Instant.ofEpochSecond(Long.parseLong(plain.substring(0, dot)),
                    Long.parseLong(plain.substring(dot + 1, colon)));
            return new Cursor(rank, time, plain.substring(colon + 1));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a cursor returned by this API", e);
        }
    }
}
