package news.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
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

    private static final String HEADLINE = "The Best Electric Scooters for Commuting in 2025";
    private static final String PARAGRAPH = "Electric scooters have become one of the most practical ways to commute in "
            + "cities, and after testing dozens of models over several years we know which ones hold up to daily use.";

    /** The header read over a page: a menu's line, the headline, the {@code header} lines, the article's paragraphs. */
    private static TextHeader headerOf(String... header) {
        List<String> lines = new ArrayList<>(List.of("Buying Guides", HEADLINE));
        lines.addAll(List.of(header));
        int text = lines.size();
        lines.addAll(List.of(PARAGRAPH, PARAGRAPH, PARAGRAPH));
        TextHeader read = new TextHeader(lines);
        read.read(text, lines.size() - 1);
        return read;
    }

    @Test
    void aBloggersOneWordNameAfterTheDaysByIsTheAuthor() {
        TextHeader header = headerOf("Posted on July 1, 2024 by infuy");
        assertEquals(List.of("infuy"), header.authors);
        assertEquals(OffsetDateTime.parse("2024-07-01T00:00Z"), header.publishedAt);
    }

    @Test
    void aLabelOnALineOfItsOwnNamesTheAuthorUnderIt() {
        assertEquals(List.of("Doris Munoz-Mantilla"),
                headerOf("Article written by:", "Doris Munoz-Mantilla, MD, FOMA, DABOM").authors);
    }

    @Test
    void aJobTitleAfterTheNameWithoutACommaIsNotTheName() {
        assertEquals(List.of("Emma Ryan"), headerOf("Emma Ryan Lead Writer").authors);
        assertEquals(List.of("Rasmus Barslund"), headerOf("Rasmus Barslund Founder & Lead Reviewer").authors);
    }

    @Test
    void twoDaysSideBySideAreThePublicationAndTheLastChangeInEitherOrder() {
        TextHeader posted = headerOf("Posted on November 25, 2024December 3, 2024 in Nutrition, Healthcare");
        assertEquals(OffsetDateTime.parse("2024-11-25T00:00Z"), posted.publishedAt);
        assertEquals(OffsetDateTime.parse("2024-12-03T00:00Z"), posted.modifiedAt);

        TextHeader changedFirst = headerOf("May 21, 2025April 24, 2025 by The Ritualist");
        assertEquals(OffsetDateTime.parse("2025-04-24T00:00Z"), changedFirst.publishedAt);
        assertEquals(OffsetDateTime.parse("2025-05-21T00:00Z"), changedFirst.modifiedAt);
    }

    @Test
    void twoDaysOnLinesOfTheirOwnOverTheTextAreThePublicationThenTheLastChange() {
        TextHeader header = headerOf("Design Style", "8/1/2025", "8/27/2025");
        assertEquals(OffsetDateTime.parse("2025-08-01T00:00Z"), header.publishedAt);
        assertEquals(OffsetDateTime.parse("2025-08-27T00:00Z"), header.modifiedAt);
    }

    @Test
    void aTableOfContentsLabelPrintedTwiceIsNoHeadline() {
        String text = "Forming a company in New York takes a few steps, and this page explains each of them in the order "
                + "the state asks for them, from the name to the annual report.";
        List<String> lines = List.of("On this page", "On this page", "Forming a Limited Liability Company", text, text);
        TextHeader header = new TextHeader(lines);
        header.read(3, lines.size() - 1);
        assertEquals("Forming a Limited Liability Company", header.title);
    }

    @Test
    void aHeadlineOfThreeWordsRightOverTheTextIsTheTitleWhenNothingElseIsButNotAMenusItem() {
        String text = "Web courses are classes taught online: the lessons, the readings and the tests are all on the "
                + "college's learning site, and students take part from wherever they are, on their own schedule.";
        String more = "Some web courses are defined by a fixed timetable with live sessions; most let students work at "
                + "their own pace within the weeks of the term, with deadlines for each assignment.";
        List<String> lines = List.of("Home", "Admissions", "Online Learning", "Contact", "Web Courses Defined", text,
                more);
        TextHeader header = new TextHeader(lines);
        header.read(5, lines.size() - 1);
        assertEquals("Web Courses Defined", header.title);

        List<String> menu = List.of("Home", "Admissions", "Online Learning", "Contact Us", text, more);
        TextHeader none = new TextHeader(menu);
        none.read(4, menu.size() - 1);
        assertEquals(null, none.title, "a menu's last item, whose words the article does not use");
    }

    @Test
    void aPicturesCreditToTheSiteAndItsIllustratorIsNoByline() {
        String bio = "Meghan Holmes is a writer and documentarian specializing in scientific topics such as the "
                + "climate, plants and the people who study them, for Treehugger and other magazines.";
        List<String> lines = new ArrayList<>(List.of("Treehugger", "Garden", HEADLINE, "By", "Meghan Holmes",
                "Meghan Holmes", "Writer", "University of Mississippi", "Loyola University New Orleans", bio,
                "Learn about our editorial process", "Updated November 19, 2021", "Treehugger / Lindsey Reynolds",
                "Garden", "Indoor Gardening", "Planting Guides", "Urban Farms", "Insects", PARAGRAPH, PARAGRAPH,
                PARAGRAPH, "Treehugger is part of the Dotdash Meredith publishing family."));
        TextHeader header = new TextHeader(lines);
        header.read(18, 20);
        assertTrue(!header.authors.contains("Lindsey Reynolds"), "the illustrator: " + header.authors);
    }

    @Test
    void theAuthorsJobUnderTheBylineIsNoHeadline() {
        TextHeader header = headerOf("By Preetam Jinka", "Co-founder and Chief Architect", "Dec 17, 2025", "6 min read");
        assertEquals(HEADLINE, header.title);
        assertEquals(List.of("Preetam Jinka"), header.authors);
    }
}
