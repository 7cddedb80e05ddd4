package news.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a line of a pasted page is, as the text path weighs it: cases its whole-page tests do not reach alone. */
class TextPageTest {

    @Test
    void aHeadlineGluedToItsTeaserIsATeaserNotAnArticlesLineWithABrandInIt() {
        assertTrue(TextPage.gluedTeaser("Tape Gaffe Ends Hamlin's Title RunDenny Hamlin's championship run was foiled "
                + "by the tale of the tape."));
        assertTrue(TextPage.gluedTeaser("Customers Leave Without Paying $690 Bill At Troy SteakhouseA party of six "
                + "left without paying their bill after a fight in the restaurant."));
        assertTrue(TextPage.gluedTeaser("First Forecast Weather November 20, 2019 (This Morning)Some sunshine by the "
                + "end of the day."));
        assertFalse(TextPage.gluedTeaser("Following the 16-inch MacBook Pro, Apple plans to release a new 13-inch "
                + "MacBook Pro with a scissor switch keyboard in the first half of 2020."), "a sentence with a brand");
        assertFalse(TextPage.gluedTeaser("Business Size NetSuite CRM HubSpot Monday.com Salesforce Zoho CRM Zendesk"),
                "a table's row of names");
        assertFalse(TextPage.gluedTeaser("Michigan Couple Finds Newspapers During Home RenovationMichigan Couple Finds "
                + "Newspapers During Home Renovation"), "a headline printed twice");
    }

    @Test
    void aHeadlineOverItsTeasersDatelineIsATeaserNotAnArticlesFirstParagraph() {
        assertTrue(TextPage.teaserUnderDateline("Newly-elected Lankan president accepts the invitation to visit Pakistan "
                + "COLOMBO: Newly-elected Sri Lankan President has accepted the invitation."));
        assertTrue(TextPage.teaserUnderDateline("With shattered dreams, deportees return home from US NEW DELHI: Their "
                + "American dream shattered, nearly 150 Indians returned home on Wednesday."));
        assertFalse(TextPage.teaserUnderDateline("WASHINGTON: The Senate passed the bill on Tuesday after a long debate "
                + "over its cost."), "the article's own dateline opens its paragraph");
        assertFalse(TextPage.teaserUnderDateline("CPU: Intel Core Ultra 9 275HX | GPU: Nvidia GeForce RTX 5070 RAM: 32GB "
                + "DDR5 | Storage: 1TB PCIe 4.0 SSD"), "a product's specifications");
    }

    @Test
    void aLongParagraphCitingAWebAddressIsProseALineOfAddressesOrABannerIsNot() {
        assertTrue(TextPage.isProse("The UI drop down list shows a number of models, but these are a fraction of what's "
                + "available. Go to this page to see a few more: https://ollama.com/library. This is a nice list, but "
                + "it is not the whole story of what the models can do."));
        assertFalse(TextPage.isProse("A lock ( ) or https:// means you've safely connected to the .gov website. Share "
                + "sensitive information only on official, secure websites."), "a site's banner");
        assertFalse(TextPage.isProse("Sources: https://example.org/report-2024.pdf https://example.org/annex-a.pdf "
                + "https://example.org/annex-b.pdf https://example.org/annex-c.pdf and https://example.org/data.csv, all "
                + "of them read on the day this article was written and checked again before it was published today."),
                "a line of addresses");
    }

    @Test
    void aLineOfInvisibleFormatCharactersShowsNothing() {
        assertTrue(TextPage.showsNothing("\u200d"));
        assertTrue(TextPage.showsNothing("\u200e \u200c"));
        assertFalse(TextPage.showsNothing("\u200dA"));
        assertFalse(TextPage.showsNothing("👩\u200d💻"), "an emoji joined by one");
    }

    @Test
    void substacksLabelOverItsCommentsIsACommentsLabel() {
        assertTrue(ReadersLines.commentsLabel("Discussion about this post"));
        assertFalse(ReadersLines.commentsLabel("A discussion about this post's argument follows below."));
    }
}
