package news.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The header read over the article's run of a pasted page: cases the whole-page tests do not reach alone. */
class TextHeaderTest {

    @Test
    void aRunThatOpensWithABreadcrumbTrailAndTheHeadlineItNamesHasNeitherInItsText() {
        String headline = "Docking vs. mooring: which is right for your first boat?";
        List<String> lines = List.of("Sign in", "Report an accessibility problem", "Harbour Online",
                "Newsroom/Boating tips/" + headline, headline, "March 15, 2022 · 3 min read · By Harbour Online",
                "Most new boaters learn to dock in a quiet marina, but the first windy afternoon on a crowded pontoon "
                        + "teaches more about docking and mooring than any calm morning.",
                "Approach slowly, set the lines before you arrive, and use the wind: a boat that drifts onto the "
                        + "pontoon is easier to hold than one that drifts off it, whether docking or mooring.");
        TextHeader header = new TextHeader(lines);
        Set<Integer> lead = header.read(3, lines.size() - 1);
        assertEquals(headline, header.title, "the line the trail (its steps parted by slashes) names");
        assertTrue(lead.containsAll(List.of(3, 4, 5)), "the trail, the headline and its dateline are no text: " + lead);
        assertEquals(List.of("Harbour Online"), header.authors);
    }
}
