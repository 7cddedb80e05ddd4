package news.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class MojibakeTest {

    @Test
    void textEncodedTwiceReadsAsWritten() {
        // UTF-8 read as Windows-1252 ("â€™"), or as ISO-8859-1, whose C1 controls stand for the bytes 0x80-0x9F
        assertEquals("Trump’s trade deal — a “win”, he said…",
                Mojibake.repaired("Trumpâ€™s trade deal â€” a â€œwinâ€\u009d, he saidâ€¦"));
        assertEquals("Trump’s deal", Mojibake.repaired("Trump\u00e2\u0080\u0099s deal"));
        assertEquals("café à Montréal, 20 °C ⭐ 😀 日本",
                Mojibake.repaired("cafÃ© Ã\u00a0 MontrÃ©al, 20 Â°C â\u00ad\u0090 ðŸ˜€ æ—¥æœ¬"));
    }

    @Test
    void textWithoutASureSignIsLeftAsItIs() {
        // pairs that could be double encoding but are meant: Portuguese capitals, French "été" before a no-break space
        // and a guillemet (é, 0xA0, 0xBB would read as one Chinese character)
        String meant = "NÃO é verdade, disse « l’été\u00a0» à São Paulo; ÇA… 5 €";
        assertSame(meant, Mojibake.repaired(meant));
        String plain = "Plain ASCII text, and “typographic” quotes — fine.";
        assertSame(plain, Mojibake.repaired(plain));
        // a text on encodings that shows the broken form beside the right one means both
        String onEncodings = "How often I saw \"Ã¤\" instead of \"ä\", or â€™ for ’, because of a wrong charset.";
        assertSame(onEncodings, Mojibake.repaired(onEncodings));
    }

    @Test
    void aPageWhoseTemplateIsRightAndWhoseArticleIsBrokenIsRepaired() {
        assertEquals("Menu · “Home” — News\n\nWe’ve said “yes” — twice",
                Mojibake.repaired("Menu · “Home” — News\n\nWeâ€™ve said â€œyesâ€\u009d â€” twice"));
    }

    @Test
    void aSequenceThatIsNoValidUtf8StaysAsWritten() {
        // "â€™" makes the text one to repair; "Ã(" and a lead with too few continuation characters are no UTF-8
        assertEquals("it’s Ã( and â€", Mojibake.repaired("itâ€™s Ã( and â€"));
        // the bytes of a surrogate (ED A0 80) and an overlong form (E0 80 80) are no UTF-8 either
        assertEquals("it’s í\u00a0€ à€€", Mojibake.repaired("itâ€™s í\u00a0€ à€€"));
    }
}
