package news.analysis.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import news.analysis.theme.TextTokenizer.Token;
import org.junit.jupiter.api.Test;

class TextTokenizerTest {

    private static List<String> norms(String text) {
        return TextTokenizer.tokenizeApart(text).stream().map(Token::norm).toList();
    }

    @Test
    void wordsKeepTheirOffsetsAndLoseCaseDiacriticsAndPossessives() {
        String text = "China’s U.S.-made café in São Paulo, don’t";
        List<Token> tokens = TextTokenizer.tokenizeApart(text);
        assertEquals(List.of("china", "us", "made", "cafe", "in", "sao", "paulo", "don't"),
                tokens.stream().map(Token::norm).toList());
        for (Token t : tokens) {
            assertEquals(t.surface(), text.substring(t.start(), t.end()));
        }
        assertEquals("China", tokens.get(0).surface());
        assertEquals("U.S.", tokens.get(1).surface());
    }

    @Test
    void combiningMarksGoWhereverTheyStand() {
        // an accent written as a separate mark, an already decomposed word, and marks of other scripts: Devanagari
        // vowel signs and virama (spacing and non-spacing), and one outside the Basic Multilingual Plane
        assertEquals(List.of("resume", "nino"), norms("Re\u0301sume\u0301 nin\u0303o"));
        assertEquals(List.of("हनद"), norms("हिन्दी"));
        assertEquals(List.of("ab"), norms("a\uD834\uDD67b")); // U+1D167, a combining tremolo
        assertEquals("łodz", TextTokenizer.normalise("Łódź"));
        assertEquals("ελληνικα", TextTokenizer.normalise("Ελληνικά"));
        // a soft hyphen (where a long word may break) and a word joiner are invisible inside their word
        List<Token> hinted = TextTokenizer.tokenizeApart("inter\u00adnational trade\u2060s");
        assertEquals(List.of("international", "trades"), hinted.stream().map(Token::norm).toList());
        assertEquals("inter\u00adnational", hinted.get(0).surface());
    }

    @Test
    void lettersAndDigitsOfAnyScriptMakeWordsAndEverythingElseSeparatesThem() {
        assertEquals(List.of("g20", "москва", "東京", "2024", "x"), norms("G20—Москва/東京 «2024» _x_"));
        assertEquals(List.of("\uD842\uDFB7野家", "tokyo"), norms("\uD842\uDFB7野家 (Tokyo)")); // U+20BB7 outside the BMP
    }
}
