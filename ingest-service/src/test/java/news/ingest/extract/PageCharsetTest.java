package news.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageCharsetTest {

    private static final String CHINESE = "国务院总理今天在北京会见了来访的日本外务大臣，双方就两国关系和共同关心的国际地区问题交换了意见。"
            + "双方同意加强经贸合作，推动两国关系健康稳定发展。";
    private static final String JAPANESE = "外務大臣は十一日、北京で中国の首相と会談し、両国関係の改善に向けて協力することで一致した。"
            + "会談では経済協力や人的交流の拡大についても意見を交わした。";

    private static byte[] page(String text, String meta, Charset charset) {
        return ("<html><head>" + meta + "<title>t</title></head><body><p>" + text + "</p></body></html>").getBytes(charset);
    }

    @Test
    void theHeaderCharsetComesFirst() {
        byte[] bytes = page("Un accord signé à Genève", "", Charset.forName("windows-1252"));
        assertTrue(PageCharset.decodeHtml(bytes, "text/html; charset=windows-1252").contains("signé à Genève"));
        assertTrue(PageCharset.decodeHtml(bytes, "text/html; charset=\"ISO-8859-1\"").contains("signé à Genève"));
    }

    @Test
    void thePagesOwnDeclarationIsReadWhenTheHeaderHasNone() {
        Charset sjis = Charset.forName("Shift_JIS");
        assertTrue(PageCharset.decodeHtml(page(JAPANESE, "<meta charset=\"shift_jis\">", sjis), "text/html")
                .contains(JAPANESE));
        Charset gbk = Charset.forName("GBK");
        String meta = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">";
        assertTrue(PageCharset.decodeHtml(page(CHINESE, meta, gbk), null).contains(CHINESE));
    }

    @Test
    void undeclaredLegacyEncodingsAreDetected() {
        assertTrue(PageCharset.decodeHtml(page(CHINESE, "", Charset.forName("GB18030")), null).contains(CHINESE));
        assertTrue(PageCharset.decodeHtml(page(JAPANESE, "", Charset.forName("EUC-JP")), null).contains(JAPANESE));
        String russian = "Министр иностранных дел заявил в четверг, что переговоры о торговом соглашении продолжатся "
                + "на следующей неделе в Москве.";
        assertTrue(PageCharset.decodeText(russian.getBytes(Charset.forName("windows-1251")), "text/plain")
                .contains(russian));
        assertEquals("Grüße aus München", PageCharset.decodeText("Grüße aus München"
                .getBytes(StandardCharsets.ISO_8859_1), null), "short Latin text: too little for a detector");
        assertEquals("plain UTF-8 – “quoted”", PageCharset.decodeText("plain UTF-8 – “quoted”"
                .getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void aLatinDeclarationOnUtf8BytesIsATemplateMistake() {
        byte[] bytes = page("Łódź – “Zürich” café", "<meta charset=\"iso-8859-1\">", StandardCharsets.UTF_8);
        assertTrue(PageCharset.decodeHtml(bytes, null).contains("Łódź – “Zürich” café"));
    }

    @Test
    void aLegacyDeclarationOnUtf8BytesIsLeftOverFromTheOldPage() {
        byte[] bytes = page(CHINESE, "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">",
                StandardCharsets.UTF_8);
        assertTrue(PageCharset.decodeHtml(bytes, null).contains(CHINESE));
        assertTrue(PageCharset.decodeHtml(bytes, "text/html; charset=GBK").contains(CHINESE));
        String russian = "Министр заявил, что переговоры продолжатся";
        assertEquals(russian, PageCharset.decodeText(russian.getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=windows-1251"));
    }

    @Test
    void aSevenBitDeclaredEncodingIsReadAsDeclared() {
        Charset iso2022 = Charset.forName("ISO-2022-JP");
        assertTrue(PageCharset.decodeHtml(page(JAPANESE, "<meta charset=\"iso-2022-jp\">", iso2022), null)
                .contains(JAPANESE));
    }

    @Test
    void byteOrderMarksWin() {
        byte[] utf16 = "\uFEFFBonjour à tous".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("Bonjour à tous", PageCharset.decodeText(utf16, "text/plain"));
        byte[] utf8 = "\uFEFFGrüße".getBytes(StandardCharsets.UTF_8);
        assertEquals("Grüße", PageCharset.decodeText(utf8, null));
        assertFalse(PageCharset.isBinary(utf16), "UTF-16 has NUL bytes but is text");
    }

    @Test
    void binaryIsRecognised() {
        assertTrue(PageCharset.isBinary("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(PageCharset.isBinary(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16}));
        assertTrue(PageCharset.isBinary(new byte[] {'a', 'b', 0, 'c'}));
        assertFalse(PageCharset.isBinary("<html><body>Hi</body></html>".getBytes(StandardCharsets.UTF_8)));
    }
}
