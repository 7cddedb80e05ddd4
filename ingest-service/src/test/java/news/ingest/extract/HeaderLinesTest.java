package news.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a line of a page's header is, as the text path reads it: cases its whole-page tests do not reach alone. */
class HeaderLinesTest {

    @Test
    void aPictureCreditNamingSeveralPeopleIsACreditNoHeadline() {
        String credits = "Emily Buder/Quanta Magazine; Carlos Arrojo for Quanta Magazine";
        assertTrue(HeaderLines.pictureCredit(credits));
        assertTrue(HeaderLines.notHeadline(credits));
        assertTrue(HeaderLines.pictureCredit("Amy K. Dragoo/AIMMEDIA"));
        assertFalse(HeaderLines.pictureCredit("Laura / House Plant House"), "a blogger and her blog");
        assertFalse(HeaderLines.pictureCredit("Tariffs, explained; what the new rules mean for importers"));
    }

    @Test
    void aShopsButtonIsNoHeadline() {
        assertTrue(HeaderLines.notHeadline("See it at AmazonSee it at Best Buy"));
        assertTrue(HeaderLines.notHeadline("Shop at Walmart for the Latest Deals"));
        assertFalse(HeaderLines.notHeadline("The Best Lightweight Gaming Mice in 2026"));
        assertFalse(HeaderLines.notHeadline("Why Shoppers Buy at Night and What Stores Do About It"));
    }

    @Test
    void aPromptToSignInIsNoHeadline() {
        assertTrue(HeaderLines.notHeadline("Sign in or Register"));
        assertTrue(HeaderLines.notHeadline("Log in to read the whole story"));
        assertFalse(HeaderLines.notHeadline("Signing the Treaty That Ended the War in the Pacific"));
    }

    @Test
    void aLineOfLinksSetApartByBarsOrArrowsIsNoHeadline() {
        assertTrue(HeaderLines.notHeadline("| Resources | Blog | Packing Tips Guide"), "a breadcrumb");
        assertTrue(HeaderLines.notHeadline("« In Defense of Curiosity | Main"), "a blog's links to its other posts");
        assertTrue(HeaderLines.notHeadline("Asia | First Time Visitor Guides | Japan | Travel Tips"), "categories");
        assertFalse(HeaderLines.notHeadline("What to Expect on Your First Trip to Japan | Travel Guide"));
    }

    @Test
    void twoOrThreeNamesStandingAloneWithTheirRoleAreANameLine() {
        assertTrue(HeaderLines.nameAlone("Ann Lee and Bob Marsh", "How meditation rewires brains"));
        assertTrue(HeaderLines.nameAlone("Ann Lee and Bob Marsh | Guest Columnists", "How meditation rewires brains"));
        assertTrue(HeaderLines.nameAlone("Ann Lee | Guest Columnist", "How meditation rewires brains"));
        assertTrue(HeaderLines.nameAlone("Ann Lee, Bob Marsh & Carla Diaz", "How meditation rewires brains"));
        assertFalse(HeaderLines.nameAlone("Electrical Safety Tips and Best Practices", "Home wiring"), "words, not names");
        assertFalse(HeaderLines.nameAlone("Tom Brady and Peyton Manning", "Tom Brady and Peyton Manning meet again"),
                "the headline's names");
        assertFalse(HeaderLines.nameAlone("Ann Lee and FBC Arlington", "How meditation rewires brains"), "an acronym");
    }

    @Test
    void aDayInsideAWebAddressIsNoDateline() {
        assertFalse(HeaderLines.dateline("@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> ."));
        assertFalse(HeaderLines.dateline("Source: www.example.org/2024/03/05/report"));
        assertTrue(HeaderLines.dateline("Posted on 2024/03/05 by Jane Doe"));
    }
}
