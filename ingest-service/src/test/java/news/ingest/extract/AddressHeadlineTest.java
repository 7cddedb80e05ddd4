package news.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The words an article's address spells, and the lines that spell them. */
class AddressHeadlineTest {

    @Test
    void theLastPartOfTheAddressSpellsTheHeadlinesWordsWithoutItsExtensionOrId() {
        assertEquals(List.of("i", "tested", "5", "ai", "cli", "tools"),
                AddressHeadline.words("https://blog.example.com/i-tested-5-ai-cli-tools/"));
        assertEquals(List.of("we", "got", "her", "video", "shows", "rescue"),
                AddressHeadline.words("https://www.example.com/news/local/We-Got-Her-Video-Shows-Rescue-565107452.html"));
        assertEquals(List.of("ola", "de", "calor", "em", "sao", "paulo"),
                AddressHeadline.words("https://example.com.br/ola-de-calor-em-são-paulo"));
    }

    @Test
    void anAddressOfFewWordsOrAnIdSpellsNoHeadline() {
        assertEquals(List.of(), AddressHeadline.words("https://www.example.com/a/30279001.html"));
        assertEquals(List.of(), AddressHeadline.words("https://www.example.com/news/world"));
        assertEquals(List.of(), AddressHeadline.words("https://www.example.com/"));
        assertEquals(List.of(), AddressHeadline.words("not an address"));
        assertEquals(List.of(), AddressHeadline.words(null));
    }

    @Test
    void aLineSpellsTheAddressWhenItHoldsNearlyAllItsWordsAndNotManyMore() {
        List<String> words = AddressHeadline.words("https://blog.example.com/heres-how-ai-cli-tools-stack-up");
        assertTrue(AddressHeadline.spells("Here’s how AI CLI tools stack up", words), "an apostrophe the address drops");
        assertTrue(AddressHeadline.spells("I tested 5 AI CLI tools: here's how they stack up", words));
        assertFalse(AddressHeadline.spells("AI CLI tools", words), "too few of its words");
        assertFalse(AddressHeadline.spells("Here is a long paragraph about how AI CLI tools stack up against each other in"
                + " daily use, and about what they cost, which tools we liked best, and which we would not use again",
                words), "far more words than the address");
        assertTrue(AddressHeadline.heldBy("Here's how AI CLI tools stack up against each other in daily use, and what"
                + " they cost, which we liked best, and which we would not use again", words));
    }
}
