package news.ingest.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a page or a text into characters, in the order a browser trusts: the charset of the HTTP
 * {@code Content-Type}, a byte order mark, the page's own {@code <meta charset>} (looked for in its first bytes),
 * then detection (valid UTF-8 is UTF-8; else juniversalchardet's guess, as for GB18030, Shift_JIS, EUC-KR, KOI8-R
 * or windows-1251 pages; else windows-1252). A declared single-byte Latin charset on bytes that are valid UTF-8 with
 * multi-byte sequences is a common template mistake: such pages are read as UTF-8.
 */
public final class PageCharset {

    /** How far into the page the {@code <meta>} declaration is looked for (HTML says within the first 1024 bytes). */
    private static final int PRESCAN_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.\\-]+)");
    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.\\-]+)");

    private PageCharset() {
    }

    /**
     * The page as text.
     *
     * @param page        the bytes received
     * @param contentType the HTTP {@code Content-Type}, or null
     */
    public static String decodeHtml(byte[] page, String contentType) {
        return decode(page, contentType, true);
    }

    /** A plain text as characters: the header's charset, a byte order mark, then detection. */
    public static String decodeText(byte[] text, String contentType) {
        return decode(text, contentType, false);
    }

    /**
     * True when the bytes are not text at all: NUL bytes near the start (without a UTF-16 byte order mark), or the
     * signature of a PDF, image or archive.
     */
    public static boolean isBinary(byte[] bytes) {
        if (byteOrderMark(bytes) != null) {
            return false;
        }
        for (String magic : BINARY_SIGNATURES) {
            if (startsWith(bytes, magic)) {
                return true;
            }
        }
        int n = Math.min(bytes.length, BINARY_CHECK_BYTES);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static final int BINARY_CHECK_BYTES = 8192;
    /** PDF, PNG, GIF, JPEG, ZIP (also docx, epub), gzip, WebP/RIFF. */
    private static final String[] BINARY_SIGNATURES = {"%PDF-", "\u0089PNG", "GIF8", "\u00ff\u00d8\u00ff", "PK\u0003\u0004",
        "\u001f\u008b", "RIFF"};

    private static boolean startsWith(byte[] bytes, String signature) {
        if (bytes.length < signature.length()) {
            return false;
        }
        for (int i = 0; i < signature.length(); i++) {
            if ((bytes[i] & 0xff) != signature.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String decode(byte[] bytes, String contentType, boolean html) {
        Charset charset = charsetOf(contentType == null ? null : HEADER_CHARSET.matcher(contentType));
        if (charset == null) {
            Charset bom = byteOrderMark(bytes);
            if (bom != null) {
                int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
                return new String(bytes, skip, bytes.length - skip, bom);
            }
        }
        if (charset == null && html) {
            String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
            charset = charsetOf(META_CHARSET.matcher(head));
        }
        int nonAscii = nonAscii(bytes);
        if (StandardCharsets.UTF_8.equals(charset) || charset != null && !isLatinSingleByte(charset) && nonAscii == 0) {
            // (a 7-bit declared encoding such as ISO-2022-JP has no byte above 127 and is read as declared)
            return new String(bytes, charset);
        }
        // undeclared, or declared wrongly: well-formed UTF-8 is UTF-8. A page saved or served again as UTF-8 often
        // keeps its old declaration (gb2312, windows-1251, a template's Latin default); text in those encodings is
        // almost never well-formed UTF-8, and reading UTF-8 as them gives mojibake
        if (nonAscii == 0 || isValidUtf8(bytes)) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return new String(bytes, charset != null ? charset : detect(bytes));
    }

    private static Charset charsetOf(Matcher declaration) {
        if (declaration == null || !declaration.find()) {
            return null;
        }
        String name = declaration.group(1).toLowerCase(Locale.ROOT);
        // as browsers do: these labels mean windows-1252, and a page cannot declare UTF-16 in ASCII bytes
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            return Charset.forName("windows-1252");
        }
        if (name.startsWith("utf-16")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Charset byteOrderMark(byte[] b) {
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

    private static boolean isLatinSingleByte(Charset charset) {
        String name = charset.name().toLowerCase(Locale.ROOT);
        return name.equals("windows-1252") || name.startsWith("iso-8859-");
    }

    private static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * The detector's guess; windows-1252 when it has none, or when it guesses another single-byte charset from
     * fewer than {@value #SINGLE_BYTE_EVIDENCE} non-ASCII bytes (short Latin text such as "Grüße aus München" reads
     * as Mac Cyrillic to it).
     */
    private static Charset detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        Charset windows1252 = Charset.forName("windows-1252");
        try {
            if (name == null || !Charset.isSupported(name)) {
                return windows1252;
            }
        } catch (IllegalArgumentException e) {
            return windows1252;
        }
        Charset detected = Charset.forName(name);
        boolean singleByte = detected.newEncoder().maxBytesPerChar() <= 1;
        return singleByte && nonAscii(bytes) < SINGLE_BYTE_EVIDENCE ? windows1252 : detected;
    }

    private static final int SINGLE_BYTE_EVIDENCE = 64;

    private static int nonAscii(byte[] bytes) {
        int n = 0;
        for (byte b : bytes) {
            if (b < 0) {
                n++;
            }
        }
        return n;
    }
}
