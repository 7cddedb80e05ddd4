package news.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import org.jsoup.Jsoup;

/** Turns page and text bytes into strings: byte-order mark, then the declared charset, then what the page says. */
final class Decoding {

    /** How much of a page is read to find a {@code <meta charset>}; browsers look at the first 1024 bytes. */
    private static final int SNIFF_BYTES = 16 * 1024;
    private static final int BINARY_CHECK_BYTES = 8 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Decoding() {
    }

    /** Decodes a page: BOM, else the HTTP charset, else {@code <meta charset>} (read by jsoup), else UTF-8. */
    static String html(byte[] bytes, String declaredCharset) throws Rejected {
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            return decode(bytes, bom);
        }
        refuseBinary(bytes);
        Charset charset = charset(declaredCharset);
        if (charset == null) {
            charset = sniff(bytes);
        }
        return new String(bytes, charset);
    }

    /** Decodes plain text: BOM, else UTF-8 when it is valid UTF-8, else windows-1252. */
    static String text(byte[] bytes) throws Rejected {
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            return decode(bytes, bom);
        }
        refuseBinary(bytes);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    /** A charset name as Java knows it, or null when missing, malformed or unsupported. */
    static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.strip().replaceAll("^[\"']|[\"']$", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static Charset sniff(byte[] bytes) {
        byte[] head = bytes.length > SNIFF_BYTES ? Arrays.copyOf(bytes, SNIFF_BYTES) : bytes;
        try {
            Charset found = Jsoup.parse(new ByteArrayInputStream(head), null, "").charset();
            return found != null ? found : StandardCharsets.UTF_8;
        } catch (IOException | RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static void refuseBinary(byte[] bytes) throws Rejected {
        int n = Math.min(bytes.length, BINARY_CHECK_BYTES);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                throw new Rejected("binary content, not text or HTML");
            }
        }
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static String decode(byte[] bytes, Charset bom) {
        int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
        return new String(bytes, skip, bytes.length - skip, bom);
    }
}
