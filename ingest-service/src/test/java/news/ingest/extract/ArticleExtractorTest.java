package news.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

    /** Two paragraphs of an article about a marina's rules, for the tests of its header that need a text under it. */
    private static final String MARINA_RULES = "The harbour master's office has published its yearly rules for the "
            + "marina, and skippers who sail in and out of the basin after dark will find most of the changes there.";
    private static final String MARINA_LIGHTS = "Lights must now be shown from sunset, not from dusk, and the speed "
            + "limit inside the breakwater falls to three knots for every boat, whatever its size and whoever steers it.";

    private static final Path SHARED = Path.of(System.getProperty("shared.dir", "/work/shared"));
    private final ArticleExtractor extractor = new ArticleExtractor();

    /** Paragraphs of articles that more than one test pastes under its own header. */
    private static final String KETTLES_TESTED = "We tested nine electric kettles over six weeks, boiling water for "
            + "tea, coffee and noodles, and timed how long each took to bring a litre of cold water to the boil on "
            + "the counter.";
    private static final String KETTLES_BEST = "The best of them kept water at the chosen temperature for an hour, "
            + "and what we like most is that its handle stays cool even when the water inside is close to boiling.";
    private static final String CLINICS_AI = "Artificial intelligence is changing the course of health care, from "
            + "automating routine notes to helping clinicians read scans, and the people who use it daily are still "
            + "learning how.";
    private static final String CLINICS_TIME = "Clinicians who learn the tools early, the authors argue, will spend "
            + "less time on paperwork and more with their patients, which is what most of them went into medicine "
            + "for.";
    private static final String CAR_RENTAL = "Renting a car for the weekend is a cheap way to try a new model "
            + "before buying one, and most companies now let you book, pick up and return it without ever speaking "
            + "to anyone.";
    private static final String CAR_PRICE = "Compare the total price rather than the daily rate, since insurance, "
            + "fuel and mileage limits can double what you pay, and check the car for damage before you drive away.";

    private static String seed(String name) throws IOException {
        Path file = SHARED.resolve("seeds").resolve(name);
        assumeTrue(Files.isReadable(file), "seed " + file + " not available; set -Dshared.dir to the shared directory");
        return Files.readString(file);
    }

    private static String para(String sentence, int times) {
        return IntStream.range(0, times).mapToObj(i -> sentence).collect(Collectors.joining(" "));
    }

    @Test
    void wholeWebPageCopiedAsTextGivesTheArticleOnly() throws IOException {
        ExtractedArticle a = extractor.fromText(seed("004_7c684e5ceb3d12cc.txt"));

        assertEquals("Redefining Dynamics: What the Japanese Foreign Minister’s Visit to China Signifies", a.title());
        assertEquals(List.of("Ahmed El-sayed"), a.authors());
        assertEquals(LocalDate.of(2025, 1, 11), a.publishedAt().toLocalDate());
        assertEquals("en", a.language());
        assertTrue(a.body().startsWith("In the broader context of fostering dialogue"), a.body());
        assertTrue(a.body().endsWith("through sustained collaboration."), a.body());
        List<String> paragraphs = Arrays.asList(a.body().split("\n\n"));
        for (String heading : List.of("Timely Diplomacy", "Bilateral Talks", "Objectives of the Visit",
                "Anticipated Impact on Bilateral Ties", "Challenges and Opportunities")) {
            assertTrue(paragraphs.contains(heading), "heading kept as a paragraph: " + heading);
        }
        for (String noise : List.of("Related Posts", "Latest News", "Share", "All Rights Reserved", "Privacy Policy",
                "Power Play", "TAGGED", "Ahmed El-sayed", "Min Read", "Follow")) {
            assertFalse(a.body().contains(noise), "no page furniture in the body: " + noise);
        }
        assertTrue(a.wordCount() > 900 && a.wordCount() < 1400, "word count " + a.wordCount());
    }

    @Test
    void theServicesWarmUpPageComesOutAsItsArticle() throws IOException {
        // ingest-service extracts this made-up page at startup: a page of the usual kind, with every sort of furniture
        String page;
        try (var in = getClass().getClassLoader().getResourceAsStream("warm-up/page.html")) {
            page = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        ExtractedArticle a = extractor.fromHtml(page, null);

        assertEquals("Fishing crews return to sea after quota deal", a.title());
        assertEquals(List.of("Anna Berg"), a.authors());
        assertEquals(OffsetDateTime.of(2025, 1, 15, 8, 30, 0, 0, ZoneOffset.UTC), a.publishedAt());
        assertEquals("en", a.language());
        assertEquals("The Harbour Courier", a.siteName());
        assertTrue(a.body().startsWith("Fishing crews in the northern harbour towns returned to port"), a.body());
        assertTrue(a.body().endsWith("the council's scientific advisers and the crews' association."), a.body());
        assertTrue(Arrays.asList(a.body().split("\n\n")).contains("What happens next"), "the subheading: " + a.body());
        for (String noise : List.of("cookies", "Politics", "Share on", "Fisheries", "Related stories", "Another story",
                "Reader 1", "Most read", "Subscribe", "Photo: Staff", "Anna Berg covers", "All rights reserved")) {
            assertFalse(a.body().contains(noise), "no page furniture in the body: " + noise);
        }
    }

    @Test
    void textSentAsAPageIsReadAsText() throws IOException {
        String page = seed("004_7c684e5ceb3d12cc.txt");

        // no markup at all: the page copied as text, whatever the media type it came with
        assertEquals(extractor.fromText(page), extractor.fromHtml(page, null));
        // and a page's source sent as text is a page
        String source = "<!DOCTYPE html>\n<html><head><title>Ministers agree trade talks</title></head><body><article><p>"
                + para("The two ministers agreed on Monday to open talks on a trade agreement next spring.", 3)
                + "</p></article></body></html>";
        assertEquals(extractor.fromHtml(source, null), extractor.fromText(source));
        assertEquals("Ministers agree trade talks", extractor.fromText(source).title());
        // a document that is only its doctype or html element around a text is that text
        assertEquals("Ministers met on Monday.", extractor.fromText("<!DOCTYPE html>Ministers met on Monday.").body());
        assertEquals("Ministers met on Monday.", extractor.fromHtml("<html>Ministers met on Monday.</html>", null).body());
        // a fragment of markup is a page
        assertEquals("A short note on trade talks between the two ministers, who met on Monday.",
                extractor.fromHtml("<p>A short note on trade talks between the two ministers, who met on Monday.</p>", null).body());
    }

    @Test
    void cleanArticleAsTextKeepsAllItsText() throws IOException {
        String text = seed("000_749f0bb3dcd254b9.txt");
        ExtractedArticle a = extractor.fromText(text);

        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertEquals(String.join("\n\n", lines), a.body());
        assertNull(a.title(), "no title line, so no invented title");
        assertTrue(a.authors().isEmpty());
        assertNull(a.publishedAt());
        assertEquals("en", a.language());
        assertEquals(Arrays.stream(text.split("[^\\p{L}\\p{N}’'-]+")).filter(w -> !w.isBlank()).count(), a.wordCount(), 10);
    }

    @Test
    void aListArticleCopiedWholeKeepsItsHeaderAndListsAndNotTheLongerCommentsBelow() {
        String intro = "Electricians rely on more than skills, and the right tools can make or break a project on any "
                + "job site, as every crew that has worked without them will tell you.";
        String multimeter = "A multimeter is the backbone of every toolkit: it measures voltage, current and resistance, "
                + "so you can find faults quickly and work on live circuits with more confidence.";
        String strippers = "Wire strippers remove the insulation from electrical wires without harming the conductor, "
                + "and a good pair with several gauges saves a lot of time on every single job.";
        String comment = "I have been an electrician for thirty years and I would add a good torque screwdriver to this "
                + "list, because the new panels all have torque specifications that inspectors now check.";
        String text = String.join("\n", "Home", "Blog", "Tools", "Contact", "",
                "Home » Blog » Tools", "", "September 4, 2025", "", "Written by Sam Doe", "", "51 Must-Have Electrician Tools", "", "Edited by Jane Roe", "", intro, "", "1. Multimeter", "", multimeter, "",
                "Top Expert Recommendations:", "", "Fluke 117", "", "Klein Tools MM400", "", "Extech EX330", "",
                "Amprobe AM-510", "", "2. Wire Strippers", "", strippers, "", "Related Posts", "", "Comments", "",
                comment, "", comment.replace("thirty", "twenty"), "", comment.replace("thirty", "forty"), "",
                "We use cookies to give you the best experience on our website, and by going on you agree to our use of "
                        + "cookies as described in our privacy policy and terms of service.");
        ExtractedArticle a = extractor.fromText(text);

        assertEquals("51 Must-Have Electrician Tools", a.title());
        assertEquals(LocalDate.of(2025, 9, 4), a.publishedAt().toLocalDate(), "the dateline over the headline");
        assertEquals(List.of("Sam Doe"), a.authors(), "the byline over the headline; an editor is no author");
        assertTrue(a.body().startsWith(intro) && a.body().endsWith(strippers), a.body());
        assertTrue(a.body().contains("Top Expert Recommendations:\n\nFluke 117"), a.body());
    }

    @Test
    void aHeadlinePastedOverAStandfirstAPictureCreditAndATableOfContentsIsTheTitle() {
        String intro = "Guided tours take the planning off your hands, while a rental car lets you stop wherever the "
                + "view is best; which suits you depends on your budget, your group and the season.";
        String tours = "A guided tour suits travellers who would rather not drive on gravel roads in winter, and a "
                + "good guide knows the places that the crowds of summer have not found yet.";
        String cars = "A rental car suits travellers who like to set their own pace, and in summer the ring road is "
                + "easy to drive for anyone who has driven a car on a narrow country road before.";
        String text = String.join("\n\n", "Best of Iceland", "Tours or a Rental Car in Iceland: Which Should You Choose?",
                "Our guide saves you a week of planning.", "Photo: Jane Roe / Visit Iceland", "Table of Contents",
                "When to choose a guided tour", "When to rent a car", intro, "When to choose a guided tour", tours,
                "When to rent a car", cars);
        ExtractedArticle a = extractor.fromText(text);

        assertEquals("Tours or a Rental Car in Iceland: Which Should You Choose?", a.title(),
                "not the standfirst's sentence, the picture's credit nor the contents' entries");
        assertTrue(a.body().startsWith(intro) && a.body().endsWith(cars), a.body());
    }

    @Test
    void bylinesButtonsAndPromptsOverAPastedArticleAreNotItsTitle() {
        String lead = "Bitcoin is in the news again after Friday's worldwide ransomware attack, which locks down the "
                + "computers of its victims until they agree to pay at least $300 in the currency.";
        String more = "Here is a refresher on bitcoin and on how it is connected to the ransomware threat, and on "
                + "why the attackers want to be paid in it rather than in dollars or in euros.";
        String headline = "What you need to know about bitcoin after the WannaCry ransomware attack";
        // washingtonpost.com: a sign-up widget between the headline and the byline, the byline printed twice
        ExtractedArticle twice = extractor.fromText(String.join("\n", "The Switch", headline,
                "The inside track on Washington politics.", "Sign up", "Got it",
                "By Brian Fung By Brian Fung May 15 Follow @b_fung", lead, more));
        // thenextweb.com: the section after the name
        ExtractedArticle section = extractor.fromText(String.join("\n", "Gadgets", headline,
                "by Abhimanyu Ghoshal —in Gadgets", lead, more));
        // nytimes.com: a button's label between byline and article; aeon.co: a donation prompt and a picture's source
        ExtractedArticle button = extractor.fromText(String.join("\n", "Modern Love", headline,
                "By AMY KROUSE ROSENTHALMARCH 3, 2017", "Continue reading the main story Share This Page", lead, more));
        ExtractedArticle prompts = extractor.fromText(String.join("\n", headline, "Jennifer Stitt",
                "Support Aeon: make a one-off donation", "Clamdigger 1935 by Edward Hopper. Courtesy Sharon Mollerus/Flickr",
                lead, more));

        // jamesclear.com: the topics after a bar; nautil.us: the illustrator after the name, then the day
        ExtractedArticle topics = extractor.fromText(String.join("\n", headline,
                "By James Clear | Decision Making, Focus, Minimalism, Productivity", lead, more));
        ExtractedArticle illustrated = extractor.fromText(String.join("\n", headline,
                "By Kirsten Weir Illustration by Katherine Streeter July 10, 2014", lead, more));

        // nytimes.com: the name in capitals, the day's month run into it
        ExtractedArticle capitals = extractor.fromText(String.join("\n", headline,
                "By AMY KROUSE ROSENTHALMARCH 3, 2017", lead, more));

        assertEquals(List.of("Amy Krouse Rosenthal"), capitals.authors());
        assertEquals(LocalDate.of(2017, 3, 3), capitals.publishedAt().toLocalDate());
        assertEquals(List.of("James Clear"), topics.authors());
        assertEquals(List.of("Kirsten Weir"), illustrated.authors());
        assertEquals(headline, twice.title());
        assertEquals(List.of("Brian Fung"), twice.authors());
        assertEquals(headline, section.title());
        assertEquals(List.of("Abhimanyu Ghoshal"), section.authors());
        assertEquals(headline, button.title());
        assertEquals(lead + "\n\n" + more, button.body());
        assertEquals(headline, prompts.title());
    }

    @Test
    void aNoteAboutTheAuthorEndsAPastedArticle() {
        // hbr.org, newyorker.com: the author's box, then the site's promotions, under the article
        String first = "Bill had it all: a degree from a good school, an executive position at a large company and a"
                + " promising future. Then one day the stress of it all caught up with him and he stopped.";
        String last = "What you want is to develop a sustainable habit, a stress-free approach to reducing your"
                + " stress, which you can keep up for years rather than for a couple of weeks.";
        String text = String.join("\n", "Reduce Your Stress in Two Minutes a Day", "By Greg McKeown", first, last,
                "Greg McKeown is the author of a bestseller about doing less, and speaks fifty times a year at major"
                        + " companies and conferences about what he found while writing it.",
                "Sign up for our daily newsletter and get the best of the magazine in your inbox.");
        ExtractedArticle a = extractor.fromText(text);

        assertEquals(List.of("Greg McKeown"), a.authors());
        assertEquals(first + "\n\n" + last, a.body());
    }

    @Test
    void aDatelinesNameIsReadThoughTheWritersAddressWritesItSmallAndTheirBoxEndsTheArticle() {
        // arstechnica.com: "Beth Mole -Dec 16, 2017" under the headline; the box under the article runs the name into
        // its note, and its address writes the surname in small letters, as the page writes an English word
        String first = "The state's health department issued a guidance on Friday on how to reduce exposure to the"
                + " radio-frequency energy that cell phones give off, despite a lack of solid data.";
        String last = "In a press call, the study's leader told reporters that the study may have relevance to people,"
                + " and it may have no relevance to them at all.";
        String text = String.join("\n", "Science", "How to handle unfounded fears of cell phone cancer",
                "Beth Mole -Dec 16, 2017 3:30 pm UTC", first, last,
                "Beth Mole Beth is the site's health reporter. She's interested in biomedical research and has a Ph.D.",
                "Email beth.mole@example.com // Twitter @BethMarieMole");
        ExtractedArticle a = extractor.fromText(text);

        assertEquals(List.of("Beth Mole"), a.authors());
        assertEquals(first + "\n\n" + last, a.body());
    }

    @Test
    void aPastedEssayWrittenInShortSentencesOneToALineIsKeptWhole() {
        List<String> essay = List.of("Every harbour town is built on a quiet promise that the ferry will come.",
                "It does not.", "Storms close the strait.", "Engines fail in the cold.", "Crews fall sick in winter.",
                "And yet the timetables are printed as if nothing could go wrong.",
                "This is not a failure of the boats.", "It is a failure of planning.",
                "A town that cannot feed itself for a week without the ferry is not resilient.",
                "It is merely lucky.", "Luck runs out.");
        String text = String.join("\n", "Home", "News", "Opinion", "Subscribe",
                "109 Comments | Jane Doe | Last Updated: March 11, 2019", "The Ferry Will Not Come",
                "The ferry is a promise every harbour town makes, but…", String.join("\n", essay),
                "Discussion about this post", "No posts", "Ready for more?", "© 2025 Jane Doe · Privacy · Terms");
        ExtractedArticle a = extractor.fromText(text);

        assertEquals(String.join("\n\n", essay), a.body());
        assertEquals("The Ferry Will Not Come", a.title()); // not the teaser line cut short over the text
    }

    @Test
    void aLineCutShortOverAPastedArticleIsNoHeadline() {
        String text = String.join("\n", "Blog", "Latest Posts", "Grow Your Own Food", "Member Log In",
                "12 Comments | Jill Baker | Last Updated: March 11, 2019", "Homemade Garden Spray for Aphids",
                "I bet you didn’t know this, but…", "I didn’t exactly grow up in an organic household.",
                "In fact, my father sold farm chemicals for years, and our kitchen cupboards were full of the free mugs"
                        + " the companies handed out to their best customers every spring.",
                "Twenty years later I am passionate about finding a better way, although I have to admit that the"
                        + " bugs eating my cabbages this summer tested that passion more than once.",
                "So I tried a spray of garlic, hot peppers and a little soap, and it worked better than anything I had"
                        + " bought in a shop, without a single label warning me to keep it away from the children.",
                "The recipe takes ten minutes to make, keeps for a week in the fridge, and costs less than a cup of"
                        + " coffee, which is more than I can say for anything on the garden centre's shelves.",
                "Spray it in the evening, when the bees have gone home, and spray the undersides of the leaves too,"
                        + " because that is where the aphids hide from the sun and from you.",
                "Homemade Garden Spray for Aphids", "Makes one gallon", "4 cloves garlic", "2 hot peppers",
                "Blend the garlic and the peppers with a cup of water, leave it overnight, strain it, and add a spoon"
                        + " of liquid soap and enough water to make a gallon.");

        // (the headline is printed again over the recipe: the title is looked for over the article's text)
        assertEquals("Homemade Garden Spray for Aphids", extractor.fromText(text).title());
    }

    /** Three paragraphs of a made-up blog post about a harbour's rowing clubs. */
    private static final String[] HARBOUR = {
        "The rowing clubs of the old harbour have come back after ten quiet years, and their boats now fill the"
                + " slipway on every Saturday morning before the ferries start.",
        "Club members say the new pontoon, paid for by the council, made the return possible, because the boats no"
                + " longer have to be carried across the car park.",
        "The harbour master expects more clubs to follow next spring, when the second pontoon opens beside the fish"
                + " market and the old crane is finally taken away."};

    private static final String HARBOUR_ADDRESS =
            "https://harbournotes.example.com/2025/03/small-boats-in-big-harbour.html";

    @Test
    void aPastedArticleSentWithItsAddressHasTheHeadlineTheAddressSpells() {
        // the line right over the text is a call to join, which reads as the headline; the address spells the real one
        String text = String.join("\n", "Harbour Notes", "Home", "Boats", "Small boats in a big harbour",
                "Posted in Clubs", "Join the club this spring", HARBOUR[0], HARBOUR[1], HARBOUR[2]);

        assertEquals("Join the club this spring", extractor.fromText(text).title(), "without the address");
        ExtractedArticle a = extractor.fromText(text, HARBOUR_ADDRESS);
        assertEquals("Small boats in a big harbour", a.title());
        assertEquals(String.join("\n\n", HARBOUR), a.body());
    }

    @Test
    void aHeadlineReadAsThePastedArticlesFirstLineIsItsTitleWhenTheAddressSpellsIt() {
        // a dateline, then the headline and its subtitle, nothing read as a header: the headline opened the body
        String text = String.join("\n", "Harbour Notes", "A blog about the town's harbour, its boats and the people"
                + " who work on them.", "Friday, March 7, 2025", "Small boats in a big harbour",
                "The quiet return of the rowing clubs", HARBOUR[0], HARBOUR[1], HARBOUR[2]);

        ExtractedArticle a = extractor.fromText(text, HARBOUR_ADDRESS);

        assertEquals("Small boats in a big harbour", a.title());
        assertEquals(String.join("\n\n", "The quiet return of the rowing clubs", HARBOUR[0], HARBOUR[1], HARBOUR[2]),
                a.body());
    }

    @Test
    void theHeadlineReadOverAPastedArticleStaysWhenItHoldsTheAddresssWords() {
        // the address spells the first words of a longer headline; a shorter line further down holds them too
        String headline = "Small Boats in a Big Harbour: The Quiet Return of the Rowing Clubs After Ten Years Away From"
                + " the Water";
        String text = String.join("\n", headline, "By Ann Lee", "Small boats in a big harbour", HARBOUR[0], HARBOUR[1],
                HARBOUR[2]);

        assertEquals(headline, extractor.fromText(text, HARBOUR_ADDRESS).title());
    }

    @Test
    void twoNamesStandingAloneUnderAPastedStandfirstAreItsAuthors() {
        // no "By": the writers' names joined, and their role after a bar (a newspaper's guest column)
        String text = String.join("\n", "Skip to main content", "Home", "Opinion", "Columnists",
                "Small boats in a big harbour", "The rowing clubs are back, and the town is the better for it, say two"
                        + " of their oldest members after a season on the water.",
                "Ann Lee and Bob Marsh | Guest Columnists", "Show Caption", HARBOUR[0], HARBOUR[1], HARBOUR[2]);

        assertEquals(List.of("Ann Lee", "Bob Marsh"), extractor.fromText(text).authors());
    }

    @Test
    void theNameUnderThePastedDayAndReadingTimeIsTheWritersWithItsRoleUnderIt() {
        // a word of the name is an English word ("Linker"): the role under it says it is a person's
        String text = String.join("\n", "Blog", "Analytics", "Small boats in a big harbour",
                "Last updated on November 19, 2025", "•", "5 min read", "Ann Linker", "Marketing Operations Analyst",
                HARBOUR[0], HARBOUR[1], HARBOUR[2]);

        ExtractedArticle a = extractor.fromText(text);

        assertEquals(List.of("Ann Linker"), a.authors());
        assertEquals(String.join("\n\n", HARBOUR), a.body());
    }

    @Test
    void aShortHeadlineUnderThePastedDatelineIsTheTitleButNotAHeadingUnderAWholeHeader() {
        // a blog: its links to other posts, its day, then a headline of two words the article uses, its subtitle, the
        // text
        String blog = String.join("\n", "harbournotes.example.com", "Harbour Notes", "« Earlier post | Main",
                "December 16, 2025", "Rowing Clubs",
                "The quiet return of the boats.", HARBOUR[0], HARBOUR[1], HARBOUR[2]);
        assertEquals("Rowing Clubs", extractor.fromText(blog).title());

        // headline, byline and dateline over a heading of the article: the heading is no title
        String headed = String.join("\n", "Harbour Notes", "Harbour Wrap-Up 12/19/2025", "Ann Lee",
                "Dec 19, 2025 | 4 min read", "Rowing Clubs", HARBOUR[0], HARBOUR[1], HARBOUR[2]);
        assertNotEquals("Rowing Clubs", extractor.fromText(headed).title());
    }

    @Test
    void aPromptToRateThePageOrTheAuthorsBoxEndsAPastedArticle() {
        String first = "Perhaps our overlords are still asking the same thing, running these ancestor simulations"
                + " one after another and waiting to see which of them works out what it is first.";
        String last = "Perhaps they are running them still, hoping that one of us, somewhere in one of them,"
                + " finds out first and tells them what the answer is.";
        String rated = String.join("\n", "This Cartoon Explains the Simulation Argument", first, last,
                "Was this article helpful?", "yes no", "Awesome, share it:",
                "Help us improve the site and the stories we publish by giving us your feedback in a few words.",
                "Next Up In Technology", "Apple admitted it is slowing down certain iPhones");
        String boxed = String.join("\n", "This Cartoon Explains the Simulation Argument", first, last,
                "About the Author",
                "Scott Levine is a contributing analyst covering energy, industrials and technology, and he is also"
                        + " a high school English teacher and a small business owner.");

        // aeon.co: the button to republish the essay, its topics, and the site's appeal for donations in paragraphs
        String republished = String.join("\n", "This Cartoon Explains the Simulation Argument", first, last,
                "Republish", "History of Ideas Values & Beliefs Technology & the Self All topics →", "aeon.co",
                "11 July, 2017", "Support Aeon", "Ideas can change the world",
                "Aeon is a registered charity committed to the spread of knowledge and a cosmopolitan worldview, and we"
                        + " cannot do it without the help of readers like you.",
                "No ads, no paywall, no clickbait: just thought-provoking ideas from the world's leading thinkers, free"
                        + " to all, which is why we ask for your support.");

        assertEquals(first + "\n\n" + last, extractor.fromText(rated).body());
        assertEquals(first + "\n\n" + last, extractor.fromText(boxed).body());
        assertEquals(first + "\n\n" + last, extractor.fromText(republished).body());
    }

    @Test
    void aPastedArticleEndsAtAMagazinesEndMarkAndKeepsALastLineWithAFootnote() {
        // newyorker.com: "... not reassuring. ♦", then the print edition's note and the author's box
        String first = "The Enigma of Reason, The Knowledge Illusion and Denying to the Grave were all written before"
                + " the November election, and yet they anticipate the rise of alternative facts.";
        String last = "Rational agents would be able to think their way to a solution. But, on this matter, the"
                + " literature is not reassuring. ♦";
        String marked = String.join("\n", "Why Facts Don’t Change Our Minds", "By Elizabeth Kolbert", first, last,
                "This article appears in the print edition of the February 27, 2017, issue, with the headline"
                        + " “That’s What You Think.”",
                "Elizabeth Kolbert has been a staff writer at the magazine since 1999 and won a prize for a book"
                        + " about the sixth extinction in the history of life.",
                "Read more »", "Books", "Science",
                "Sign up for our daily newsletter and get the best of the magazine in your in-box, every day.");
        // jamesclear.com: the last paragraph ends in a footnote's number
        String body = "Items 6 through 25 on your list are things you care about, and it is very easy to justify"
                + " spending your time on them. But when you compare them to your top 5 goals, they are distractions.";
        String closing = "The most dangerous distractions are the ones you love, but that don't love you back.1";
        String footnoted = String.join("\n", "Warren Buffett’s 2 List Strategy", body,
                "Eliminate ruthlessly. Force yourself to focus. Complete a task or kill it.", closing, "Read Next",
                "The Beginner's Guide to Productivity", "Footnotes");

        assertEquals(first + "\n\n" + last, extractor.fromText(marked).body());
        assertTrue(extractor.fromText(footnoted).body().endsWith(closing), extractor.fromText(footnoted).body());
    }
    @Test
    void aTableOfContentsBetweenAPastedArticlesOpeningAndItsSectionsIsLeftOut() {
        String opening = "Picture this: it is the morning of a major conference, your registration desk is short of "
                + "staff and your sound engineer has called in sick, and the doors open in an hour.";
        String events = "Unlike ordinary businesses that keep a steady staff the year round, events work in peaks, "
                + "and the people planning them must hire, train and let go of whole teams within weeks.";
        String teams = "A temporary team has no shared habits, so the first hour of every shift should go to "
                + "walking through the venue, the schedule and who to call when something goes wrong.";
        String text = String.join("\n", "Home", "Blog", "The Essential Role of Human Resource Planning in Events",
                "By Dana Smith", "June 13, 2024", opening, "Table of Contents",
                "Why events demand a different approach", "The complexity of temporary teams", "Retention and recognition",
                "Why events demand a different approach", events, "The complexity of temporary teams", teams,
                "Retention and recognition", teams.replace("first hour", "last hour"));
        ExtractedArticle a = extractor.fromText(text);

        assertEquals("The Essential Role of Human Resource Planning in Events", a.title(), "not a section's heading");
        assertEquals(List.of("Dana Smith"), a.authors());
        assertEquals(LocalDate.of(2024, 6, 13), a.publishedAt().toLocalDate());
        assertTrue(a.body().startsWith(opening + "\n\nWhy events demand a different approach\n\n" + events), a.body());
        assertFalse(a.body().contains("Table of Contents") || a.body().contains("approach\n\nThe complexity"), a.body());

        // a table whose entries have not loaded, over the headline and a byline and date printed three times each: the
        // site's related posts under the article carry the same byline, but lines printed again and again in a row are
        // no entries, and the headline is not blanked with them
        String unloaded = String.join("\n", "Home", "Blog", "Table of Contents", "Loading...",
                "The Essential Role of Human Resource Planning in Events", "Posted By", "Dana Smith", "Dana Smith",
                "Dana Smith", "Posted On", "June 13, 2024", "June 13, 2024", "June 13, 2024", opening, events, teams,
                "Related Posts", "Hiring for the Summer Season", "Dana Smith", "Training Temporary Staff", "Dana Smith");
        ExtractedArticle b = extractor.fromText(unloaded);
        assertEquals("The Essential Role of Human Resource Planning in Events", b.title());
        assertEquals(List.of("Dana Smith"), b.authors());
    }

    @Test
    void aPastedTableOfContentsWithNumberedEntriesUnderAHideButtonIsLeftOutAndTheOpeningKept() {
        String opening = "How a restaurant serves its guests often matters as much as what it serves: service sets "
                + "expectations before the first bite and shapes what the bill feels worth.";
        String lens = "Restaurant service can be seen through two lenses, the dining format a guest chooses and the "
                + "way the plates reach the table once the guest has sat down.";
        String why = "Service is the framework that connects a restaurant's concept to its execution, and it decides "
                + "how guests read the value of a meal long before they taste it.";
        String types = "Fine dining serves a few guests slowly and by the rules, while a quick service counter serves "
                + "many fast, and most restaurants stand somewhere between the two.";
        for (String label : List.of("Contents hide", "Article Content")) {
            String text = String.join("\n", "Blog", "Marketing",
                    "Types of Restaurant Service: Explore Dining Styles from Casual to Fine Dining", "Ridvika Arora",
                    "August 26, 2025", opening, lens, label, "1 Why Does Restaurant Service Style Matter?",
                    "1.1 A. Alignment with Customers, Menu, and Pricing", "2 Types of Restaurant Services",
                    "2.1 1. Fine Dining Service", "3 Conclusion", "Why Does Restaurant Service Style Matter?", why,
                    "A. Alignment with Customers, Menu, and Pricing", why.replace("framework", "bridge"),
                    "Types of Restaurant Services", types, "Fine Dining Service", types.replace("slowly", "at length"),
                    "Conclusion", types.replace("Fine dining", "Formal dining"));
            ExtractedArticle a = extractor.fromText(text);

            assertEquals("Types of Restaurant Service: Explore Dining Styles from Casual to Fine Dining", a.title(),
                    label + ": not the first section's heading");
            assertEquals(List.of("Ridvika Arora"), a.authors(), label);
            assertTrue(a.body().startsWith(opening + "\n\n" + lens + "\n\nWhy Does Restaurant Service Style"),
                    label + ": " + a.body());
            assertFalse(a.body().contains("1.1 A.") || a.body().contains(label), label + ": " + a.body());
        }
    }

    @Test
    void aPastedHeadlineOverAStandfirstAndABylineBlockIsTheTitleWhenAProseLinePartsThemFromTheArticle() {
        String first = "After you have set up your remote team with the tools it needs, the harder part begins: keeping "
                + "people focused and productive when nobody shares an office or a coffee break.";
        String second = "Here are five ways to maximize productivity for remote workers, each tried by teams that have "
                + "worked apart for years and found what keeps their work moving from week to week.";
        String text = String.join("\n", "About This Project", "Search", "Remote work: 5 tips to maximize productivity",
                "Remote workers can easily lose motivation. Boost your team's performance and productivity with these "
                + "tips from managers who lead teams spread over many time zones", "By", "Tariqul Ayan",
                "March 30, 2023 |", "1 reader likes this.", first, second);
        ExtractedArticle a = extractor.fromText(text);

        assertEquals("Remote work: 5 tips to maximize productivity", a.title());
        assertEquals(List.of("Tariqul Ayan"), a.authors());
        assertEquals(LocalDate.of(2023, 3, 30), a.publishedAt().toLocalDate());
        assertEquals(first + "\n\n" + second, a.body());
    }

    @Test
    void aPastedHeadlineOverItsBylineAndDatelineFarAboveAWidgetsHeadingOverTheArticle() {
        String first = "Pricing plumbing jobs is not just about crunching numbers: it is about knowing your market, "
                + "protecting your margin and quoting the same job the same way every time a customer calls you.";
        String second = "This plumbing pricing guide covers average hourly rates, service call fees and job-based "
                + "pricing, with a repeatable way of estimating that keeps your rates profitable as costs change.";
        List<String> widget = new java.util.ArrayList<>(List.of("10min read", "Industry", "Size", "Location", "Results",
                "What is your industry?", "Search or choose an industry to see results that match your business."));
        for (int step = 0; step < 4; step++) {
            widget.addAll(List.of("Back", "Size", "Location", "Results", "Zipcode", "Use my current location"));
        }
        List<String> lines = new java.util.ArrayList<>(List.of("Login", "Start free trial", "How to",
                "Plumbing Pricing Guide 2025: Learn Average Rates & How to Price Jobs Profitably",
                "Written by Jorge Jimenez", "Posted on November 6th, 2025"));
        lines.addAll(widget);
        lines.addAll(List.of("Want to see your potential revenue?",
                "See what businesses like yours earn with our software in 1 - 2 minutes.", first, second));
        ExtractedArticle a = extractor.fromText(String.join("\n", lines));

        assertEquals("Plumbing Pricing Guide 2025: Learn Average Rates & How to Price Jobs Profitably", a.title(),
                "not the widget's heading right over the article");
        assertEquals(List.of("Jorge Jimenez"), a.authors());
        assertEquals(LocalDate.of(2025, 11, 6), a.publishedAt().toLocalDate());
        assertEquals(first + "\n\n" + second, a.body());
    }

    @Test
    void aPastedListiclesHeadlineOverItsBylineAndDatelineAboveAHundredLinesOfProductBoxes() {
        String first = "Whether you are moving across Springfield or to the next county, a local mover with clear rates"
                + " and careful crews makes the day shorter, and the companies below earned the best reviews.";
        String second = "We compared licences, complaints and quotes for each company, and called every one of them "
                + "with the same two-bedroom move to see how their prices and their answers differed.";
        List<String> lines = new java.util.ArrayList<>(List.of("Home", "Moving Guides", "Blog",
                "10 Best Moving Companies in Springfield (2025 Reviews)", "Ryan Carrigan",
                "Last Updated: Dec 17, 2025 • 5 min read", "Fact Checked by: Hilary Snow"));
        for (int box = 1; box <= 16; box++) {
            lines.addAll(List.of("Best Overall Value", "Mover " + box, "rating 4." + box + " / 5", "Licensed",
                    "Insured", "Price", "Get A Quote", "(855) 650-" + (1000 + box)));
        }
        lines.addAll(List.of("Best movers for those moving locally", first, second));
        ExtractedArticle a = extractor.fromText(String.join("\n", lines));

        assertEquals("10 Best Moving Companies in Springfield (2025 Reviews)", a.title(),
                "the headline over its byline, 130 lines of product boxes above the article");
        assertEquals(List.of("Ryan Carrigan"), a.authors());
        assertEquals(LocalDate.of(2025, 12, 17), a.publishedAt().toLocalDate());
        assertEquals(first + "\n\n" + second, a.body());
    }

    @Test
    void aFullHeadlineOverItsLabelledBylineAndDateFarAboveIsTheTitleNotTheSectionHeadingOverTheRun() {
        String first = "Video production is what turns an idea into a video: the script, the filming and the editing "
                + "that lead to the finished piece an audience finally watches.";
        String second = "This guide takes beginners and professionals alike through the three stages that apply to a "
                + "phone clip for social media as to a commercial, whatever the budget and the size of the crew.";
        String headline = "Video Production 101: The Ultimate Guide for Beginners and Professionals";
        List<String> lines = new ArrayList<>(List.of("Blog", "Guides", headline, headline,
                "This comprehensive guide is an invaluable resource for anyone interested in the field of video "
                        + "production, especially for those who are new to it and want to learn its stages.",
                "Author", "Isaiah Shelton", "Updated on", "April 19, 2025", "TABLE OF CONTENTS"));
        for (int k = 0; k < 14; k++) {
            lines.add("Stage " + (k + 1) + " of making a video");
        }
        lines.addAll(List.of("Share this post", "What Is Video Production?", first, second));
        ExtractedArticle a = extractor.fromText(String.join("\n", lines));

        assertEquals(headline, a.title(), "not the heading of the section the run starts at");
        assertEquals(List.of("Isaiah Shelton"), a.authors());
        assertEquals(LocalDate.of(2025, 4, 19), a.publishedAt().toLocalDate());
    }

    @Test
    void aPastedDatesLabelOnTheLineAboveSaysWhetherItWasPublishedOrUpdated() {
        String first = "An online course can be defined as a virtual learning experience organized into a course "
                + "format, with lessons, assignments and a way for the learner to see how far they have come.";
        String second = "Courses vary in their type, from informal to formal, and cover many different topics, and they "
                + "can be taken at the learner's own pace or on a schedule that a trainer sets for a whole group.";
        ExtractedArticle a = extractor.fromText(String.join("\n", "Knowledge center",
                "What is an Online Course? Definition Explained", "Posted on", "Nov 21, 2018", "Updated at",
                "Dec 10, 2025", "Reading time", "5 Minutes", first, second));

        assertEquals(LocalDate.of(2018, 11, 21), a.publishedAt().toLocalDate());
        assertEquals(LocalDate.of(2025, 12, 10), a.modifiedAt().toLocalDate());

        // a note of the first publication beside the update's day
        ExtractedArticle noted = extractor.fromText(String.join("\n", "Knowledge center",
                "What is an Online Course? Definition Explained", "By Jane Roe",
                "Updated November 11, 2022 8:23 PM ET Originally published November 9, 2022 11:01 AM ET", first,
                second));
        assertEquals(LocalDate.of(2022, 11, 9), noted.publishedAt().toLocalDate());
        assertEquals(LocalDate.of(2022, 11, 11), noted.modifiedAt().toLocalDate());
    }

    @Test
    void theLineOverTheAuthorsBylineIsTheTitleWhereNoHeadlineIsNearTheText() {
        String first = "In 1840, Edgar Allan Poe described the mad energy of an ageing man who roved the streets of "
                + "London from dusk till dawn, and whose despair was relieved only in a throng of city dwellers.";
        String second = "Like many poets and philosophers through the ages, Poe stressed the significance of solitude, "
                + "and the loss of the capacity to be alone with oneself, to think, was for him a great misfortune.";
        // the headline written as two sentences, which the article's run starts with, over its byline
        String sentences = "This essay explains why Poe thought solitude matters for every city dweller. He might be "
                + "right.";
        String opening = "Poe thought it almost certain that a crowd could not save us.";
        ExtractedArticle a = extractor.fromText(String.join("\n", "Culture", "Science", "Podcasts", sentences,
                "By Jennifer Stitt Jun 23, 2016, 9:20am EDT", "tweet", "share", opening, first, second));

        assertEquals(sentences, a.title());
        assertEquals(String.join("\n\n", opening, first, second), a.body());
        // the headline over the author's name, far above the text for the author's note and the site's furniture
        String headline = "Before you can be with others, first learn to be alone";
        List<String> lines = new ArrayList<>(List.of("Sign in", "Newsletter", headline, "Jennifer Stitt"));
        for (int k = 0; k < 2; k++) {
            lines.addAll(List.of("Jennifer Stitt", "is a graduate student in the history of philosophy at the University "
                    + "of Wisconsin-Madison.", "Brought to you by curio.io, an Aeon partner", "1,100 words",
                    "Edited by Sam Dresser", "Republish", "Clamdigger 1935 by Edward Hopper. Courtesy Sharon Mollerus"));
        }
        lines.addAll(List.of(first, second + " Poe knew what it is to be alone with others, and with himself."));
        a = extractor.fromText(String.join("\n", lines));

        assertEquals(headline, a.title());
        assertEquals(List.of("Jennifer Stitt"), a.authors());
    }

    @Test
    void aPhotosCaptionWithItsCreditIsNoHeadlineAndAQuoteClosedWithTwoMarksEndsASentence() {
        String first = "Health bosses said that 28 people in close contact with the hunter were initially quarantined "
                + "to stop it being transmitted further.";
        String second = "He was admitted to hospital on Saturday, where he has been given several types of antibiotics "
                + "to fight the disease, while being kept in isolation.";
        String caption = "The latest case of bubonic plague was reported after a hunter killed and ate a rabbitCredit: "
                + "Getty - Contributor";
        String sun = String.join("\n", "Health News", "BLACK DEATH FEARS",
                "Hunter diagnosed with bubonic plague after eating a rabbit", "Debbie White", "18 Nov 2019, 19:09",
                "6", caption, first, second);
        ExtractedArticle a = extractor.fromText(sun);

        assertEquals("Hunter diagnosed with bubonic plague after eating a rabbit", a.title(), "not the photo's caption");
        String taxCredit = String.join("\n", "Taxes", "Child Tax Credit: Who Qualifies This Year", "Debbie White",
                "18 Nov 2019, 19:09", first, second);
        assertEquals("Child Tax Credit: Who Qualifies This Year", extractor.fromText(taxCredit).title());
        assertEquals(List.of("Debbie White"), a.authors());
        assertEquals(LocalDate.of(2019, 11, 18), a.publishedAt().toLocalDate());
        assertEquals(first + "\n\n" + second, a.body());

        // AP closes a quote with two marks (’’): the paragraph is prose, and a long one does not end the article
        String quoted = "In a reflection of the confusion, the Electoral Commission, which regulates campaign finances, "
                + "issued a statement warning that “voters are entitled to transparency and integrity from campaigners "
                + "in the lead-up to an election,’’ adding that it has no “role in regulating election campaign content.’’";
        String ap = String.join("\n", "UK Tories under fire for Twitter name switch during debate", "By Jill Lawless",
                "November 20, 2019", first, second, quoted, "Organisations that seek to combat political "
                        + "misinformation cried foul and asked the regulators for new rules before the next election.");
        assertTrue(extractor.fromText(ap).body().contains(quoted), extractor.fromText(ap).body());
    }

    @Test
    void aPastedGuideKeepsItsOpeningOverItsKeyPointsAndItsSectionsPartedByListsOfFewWords() {
        String opening = "Video dominates modern marketing, and every business that wants to grow has to decide how it "
                + "will make its videos before it spends a single dollar on them.";
        String[] sections = {
            "Businesses can choose between different video production approaches, such as in-house and outsourced "
                    + "production, depending on their resources, their deadlines and the skills of their own staff.",
            "Each approach has its own strengths and weaknesses, and the right choice depends on how often you publish "
                    + "videos, how polished they must look and how much control you want over every frame.",
            "Most companies start with one approach and mix in the other as their needs grow, so it pays to know what "
                    + "each one offers before signing a contract with an agency or buying a camera."};
        String closing = "Hybrid models that combine in-house oversight with external execution often deliver the best "
                + "balance of cost, speed and quality for growing teams.";
        String teaser = "Editing software has never been cheaper, and the free tools of today do what cost thousands of "
                + "dollars ten years ago, as our comparison of the leading programs shows.";
        List<String> lines = new ArrayList<>(List.of("Home", "Guides", "Video Production Approaches Compared",
                "By Jacob Trussell", opening, "Key points", "In-house teams give you control over your message",
                "Agencies bring experience and equipment", "Hybrid models balance both"));
        lines.addAll(List.of(sections));
        lines.addAll(List.of("In-House Video Production", "Pros", "Greater control over the production process.",
                "Faster turnaround times for revisions.", "Cons", "Requires an upfront investment in equipment.",
                "May lack specialised expertise.", "Outsourced Video Production", "Pros",
                "Access to experienced professionals.", "Cons", "Higher costs for small projects.", closing,
                "Video Editing Software Compared", "Sam Lee", "October 2, 2025", "5 min read", "Share", teaser));
        ExtractedArticle a = extractor.fromText(String.join("\n", lines));

        assertEquals("Video Production Approaches Compared", a.title());
        assertEquals(List.of("Jacob Trussell"), a.authors());
        assertTrue(a.body().startsWith(opening + "\n\nKey points"), "the opening over the key points: " + a.body());
        assertTrue(a.body().contains("Pros\n\nGreater control over the production process."), a.body());
        assertTrue(a.body().endsWith(closing), "not the teaser of another article under its byline and date: " + a.body());
    }

    @Test
    void aPastedReviewKeepsItsOpeningOverTheListOfWhatItGoesOnToReview() {
        String opening = "We ran more than three hundred miles in this year's new trainers, on roads, tracks and "
                + "treadmills, to find the shoes worth your money whatever your pace.";
        String[] shoes = {"Brooks Ghost", "Hoka Clifton", "Asics Novablast", "Saucony Ride", "Nike Pegasus"};
        List<String> lines = new ArrayList<>(List.of("Running Reviews", "The Best Running Shoes of the Year", opening,
                "Our Top Picks"));
        lines.addAll(List.of(shoes));
        List<String> reviews = new ArrayList<>();
        for (String shoe : shoes) {
            reviews.add(shoe + " Review");
            reviews.add("The " + shoe + " is a cushioned daily trainer that felt steady on long runs and quick "
                    + "enough for the odd tempo session, and its upper held our feet without rubbing.");
            reviews.add("Our testers liked how the " + shoe + " handled wet roads and how little its foam had worn "
                    + "after the first hundred miles, which is more than most shoes at its price manage.");
        }
        lines.addAll(reviews);
        ExtractedArticle a = extractor.fromText(String.join("\n", lines));

        assertEquals("The Best Running Shoes of the Year", a.title());
        assertTrue(a.body().startsWith(opening + "\n\nOur Top Picks\n\n" + shoes[0] + "\n\n"),
                "the opening and the list of the shoes it reviews: " + a.body());
        assertTrue(a.body().endsWith(reviews.get(reviews.size() - 1)), a.body());

        List<String> menu = new ArrayList<>(List.of("Running Reviews", "The Best Running Shoes of the Year", opening,
                "Our Top Picks", "Trail Gear", "Marathon Plans", "Injury Tips", "Race Nutrition"));
        menu.addAll(reviews);
        String body = extractor.fromText(String.join("\n", menu)).body();
        assertFalse(body.contains(opening), "a menu's items the article does not go on about part it from the text "
                + "over them: " + body);
        assertTrue(body.endsWith(reviews.get(reviews.size() - 1)), body);
    }

    @Test
    void aPastedGuideGoesOnPastAListWhoseNumbersStandOnLinesOfTheirOwn() {
        String opening = "Building a garden shed from a kit takes a weekend, two people and a few tools, and the result "
                + "will outlast most shop-bought sheds if the base is level.";
        String[] sections = {
            "Before you start, clear the site and check that the ground is level, because a shed that leans will "
                    + "never close properly however carefully you fit the doors.",
            "Lay the base first: paving slabs on compacted sand are enough for a small shed, while a larger one needs "
                    + "a concrete slab that has cured for at least a week.",
            "Once the frame is up, fit the roof boards before the walls are braced, so the structure does not twist "
                    + "in the wind while you work on it.",
            "Finally, treat the timber with a water-based preservative and check the bolts again after the first "
                    + "month, when the wood has settled."};
        List<String> lines = new ArrayList<>(List.of("Garden Projects", "How to Build a Garden Shed", opening,
                "What you need", "1", "A spirit level and a tape measure", "2", "A cordless drill with wood bits",
                "3", "Two people for the roof", "The steps"));
        lines.addAll(List.of(sections));
        ExtractedArticle a = extractor.fromText(String.join("\n", lines));

        assertTrue(a.body().startsWith(opening + "\n\nWhat you need\n\n1\n\nA spirit level"), a.body());
        assertTrue(a.body().endsWith(sections[sections.length - 1]), a.body());
    }

    @Test
    void aLongPastedParagraphEndingInAColonIsTextAndTheTableItAnnouncesStays() {
        String first = "Having reached every test in the suite, I thought the work was done, apart from some documentation "
                + "and a few examples for the people who would use the library.";
        String announcing = "Then I ran the benchmarks comparing the Swift, JavaScript and Python versions parsing the "
                + "same five pages of HTML, all three on my own laptop with nothing else running, each version given "
                + "ten rounds to warm up and then timed over a hundred more rounds with the same files:";
        String[] table = {"Implementation Parse Time", "Swift 308ms", "Python 417ms", "JavaScript 108ms"};
        String after = "Swift was only a little faster than Python, and JavaScript was almost three times faster than "
                + "Swift, which was not the result I expected from a compiled language.";
        String last = "The profiler showed where the time went: strings, which Swift keeps correct for every script at a "
                + "cost that a parser pays on each character it reads.";
        List<String> lines = new ArrayList<>(List.of("Blog", "Porting an HTML Parser to Swift", first, announcing));
        lines.addAll(List.of(table));
        lines.addAll(List.of(after, last, "Links", "Github", "Documentation"));
        ExtractedArticle a = extractor.fromText(String.join("\n", lines));

        assertEquals(String.join("\n\n", first, announcing, String.join("\n\n", table), after, last), a.body());

        String comment = "Dewi Lestari, on Desember 30, 2015 at 4:36 am said: the port is a good idea and the figures "
                + "match what I saw on my own machine:";
        String commented = String.join("\n", "Blog", "Porting an HTML Parser to Swift", first, after, last,
                "Facebook", "Twitter", "Related", "« Previous post: what we learned from porting a JSON parser to Rust "
                + "last spring »", comment, "Thanks for writing it all down, the figures match what I measured myself "
                + "and the port looks like a good idea for everyone.");
        assertFalse(extractor.fromText(commented).body().contains("Dewi"), "a comment's header is no announcing text");
    }

    @Test
    void picturesCaptionsWithTheirCreditsAreNotPartOfAPastedArticle() {
        String over = "In this Dec. 12, 2006, file photo, made available by NASA, astronauts participate in a space walk"
                + " during construction of the International Space Station. (NASA via AP, File)";
        String among = "A reference module for a crewed Mars mission compared with its hibernation-based equivalent, "
                + "drawn for the study. (Image credit: ESA)";
        String[] paragraphs = {
            "BERLIN -- The European Space Agency says putting astronauts into a state of suspended animation could make "
                    + "it easier to reach other planets.",
            "The agency said Monday that its researchers examined how hibernation would affect the design of a crewed "
                    + "mission to Mars and concluded that it could help to shrink the size of spacecraft.",
            "While slowing down the human metabolism the way animals hibernate is not possible yet, the research team's "
                    + "head says the idea is not so crazy, and similar methods already help trauma victims."};
        String text = String.join("\n", "Home", "News", "Sci-Tech", "Snooze cruise: Study sees future for hibernating "
                + "astronauts", over, "The Associated Press", "Published Monday, November 18, 2019 8:22AM EST",
                paragraphs[0], paragraphs[1], among, paragraphs[2], "The agency's headquarters in Paris, where the "
                + "study was presented on Monday.Leonhard Foeger / Reuters file", "Related Links",
                "European Space Agency website");

        assertEquals(String.join("\n\n", paragraphs), extractor.fromText(text).body());
    }

    @Test
    void aBlockOfOtherStoriesSetInAPastedArticleIsLeftOutAndTheArticleGoesOnAfterIt() {
        String[] before = {
            "A hunter who killed and ate a wild rabbit in China has been hit by the deadly bubonic plague, officials said.",
            "Health bosses said that 28 people in close contact with the hunter were quarantined to stop the disease "
                    + "from being transmitted further.",
            "The last major known outbreak in China was in 2009, when several people died in a town in Qinghai "
                    + "province on the Tibetan Plateau."};
        String[] block = {"Most read in world news", "RANDY ANDY", "Prince parties in unearthed pictures despite "
                + "his claims", "TIME TRAVELLER", "Conspiracy theorists say they spotted a star in an old picture"};
        String[] after = {
            "Authorities in western Mongolia, close to the Russian frontier, instituted a quarantine to prevent the "
                    + "disease from spreading.",
            "Tourists from six countries were marooned in the region for days as a result of the quarantine.",
            "Plague is caused by bacteria usually found in small mammals and their fleas, the health agency says.",
            "Those infected often develop symptoms after an incubation period of one to seven days, it adds."};
        List<String> lines = new ArrayList<>(List.of("News", "World", "Hunter struck down by bubonic plague"));
        lines.addAll(List.of(before));
        lines.addAll(List.of(block));
        lines.addAll(List.of(after));
        lines.addAll(List.of("More:", "Young people must be heard, says envoy", "Talks with officials to resume",
                "Contact us", "Privacy policy"));
        String body = extractor.fromText(String.join("\n", lines)).body();

        assertEquals(String.join("\n\n", before) + "\n\n" + String.join("\n\n", after), body);
    }

    @Test
    void aPastedArticleGoesOnPastTheGalleryItSaysItContinuesBelow() {
        String[] opening = {
            "Police arrested six people Monday during a narcotics investigation involving drug activity at a local home.",
            "Officers conducted a traffic stop near Seventh Street and Central Avenue and found methamphetamine in the "
                    + "car, police said.",
            "Officers also arrested a man from Franklin on several charges including two local warrants and an "
                    + "out-of-county warrant."};
        String[] rest = {
            "A sheriff's department canine later alerted to the odor of narcotics in the vehicle, and a search found "
                    + "a scale and small plastic bags.",
            "A short time later, officers stopped a second vehicle and found a syringe and a pipe used to smoke drugs.",
            "All persons involved in this case were transported to the county jail where they were being held on 48 "
                    + "hour holds."};
        List<String> lines = new ArrayList<>(List.of("Local News", "Six arrested in drug investigation",
                "Staff Reports"));
        lines.addAll(List.of(opening));
        lines.addAll(List.of("Story continues below gallery", "1 of 6"));
        for (String name : List.of("Christopher Battin", "Jonathan Blair", "Elizabeth Burton", "Victor Burton",
                "Ryan Hollman", "Christopher Tays")) {
            lines.add(name + " Submitted photo");
        }
        lines.addAll(List.of(rest));
        lines.addAll(List.of("Share on Facebook", "Tweet on Twitter", "Previous article", "Next article"));

        assertEquals(String.join("\n\n", opening) + "\n\n" + String.join("\n\n", rest),
                extractor.fromText(String.join("\n", lines)).body());
    }

    @Test
    void aGallerySetInAPastedArticleIsLeftOutAndTheArticleGoesOn() {
        String[] opening = {
            "NASA has recruited five companies and their commercial lunar lander ideas to join its Artemis moon program.",
            "The five companies can now bid to deliver robotic payloads to the lunar surface for the agency, helping "
                    + "to pave the way for the return of astronauts to the moon.",
            "The five companies join nine others selected in November 2018, bringing the total number of private "
                    + "lander hopefuls to fourteen firms."};
        String[] rest = {
            "They include moon lander concepts of all sizes, from the truly massive to the smaller one-off probes "
                    + "proposed by the smallest of the five.",
            "The agency plans to spend a total of $2.6 billion on its contracts through November 2028, agency "
                    + "officials said on Monday."};
        List<String> lines = new ArrayList<>(List.of("Spaceflight", "NASA Picks Five Companies for Moon Landers"));
        lines.addAll(List.of(opening));
        String[] captions = {
            "NASA has picked five companies to build the private moon landers needed to help return astronauts to the "
                    + "moon in 2024.",
            "An artist's concept of one company's lander.",
            "This illustration shows a concept of another company's commercial lunar lander for the agency's program."};
        for (int k = 0; k < captions.length; k++) {
            lines.addAll(List.of("Image " + (k + 1) + " of 3", captions[k], "(Image credit: Company " + k + ")"));
        }
        lines.addAll(List.of(rest));
        lines.addAll(List.of("Join our Space Forums", "Contact us"));

        assertEquals(String.join("\n\n", opening) + "\n\n" + String.join("\n\n", rest),
                extractor.fromText(String.join("\n", lines)).body());
    }

    @Test
    void aTickerOfOtherStoriesRunIntoTheirTeasersOverAPastedArticleIsNotItsText() {
        String[] ticker = {
            "Internet to return after local administration feels it is fit to do so: PM NEW DELHI: The Home "
                    + "Minister said in Parliament on Wednesday that the government will restore the connection soon. It...",
            "Schools reopen across the valley after four months NEW DELHI: All schools and colleges are now open in the "
                    + "region, the government said on Wednesday. Attendance was at 98 per cent, it said in a...",
            "Opposition demands full disclosure about election bonds in Parliament NEW DELHI: The opposition on "
                    + "Wednesday demanded the Prime Minister's intervention. It urged the government to disclose all...",
            "New president accepts invitation to visit neighbouring country COLOMBO: The newly elected president has "
                    + "accepted an invitation to visit the country. The high commission said on Wednesday that the..."};
        String[] article = {
            "NEW DELHI: Their American dream shattered and their savings spent, nearly 150 Indians returned home on "
                    + "Wednesday after being deported for violating visa rules.",
            "\"This was the fourth time I have been deported,\" said a 24-year-old man from Punjab who had spent all his "
                    + "savings on the attempts.",
            "The special aircraft carrying the deportees landed at the airport at 6am, an airport official said, and "
                    + "they were questioned by the authorities."};
        List<String> lines = new ArrayList<>(List.of("India Post", "Home", "India"));
        lines.addAll(List.of(ticker));
        lines.addAll(List.of("With shattered dreams, deportees return home from US", "November 20", "15:23 2019",
                "Print This Article Share it With Friends", "by India Post News Weekly 0 Comments"));
        lines.addAll(List.of(article));
        lines.addAll(List.of("Comments", "Contact us"));

        String body = extractor.fromText(String.join("\n", lines)).body();

        assertTrue(body.endsWith(String.join("\n\n", article)), body);
        for (int k = 1; k < ticker.length; k++) { // (the first, its headline cut by a colon, is not read as a teaser)
            assertFalse(body.contains(ticker[k]), ticker[k]);
        }
    }

    @Test
    void aPastedPlanKeepsItsOpeningOverItsDaysNumberedInTitleCase() {
        String opening = "Starting at the gym is easier with a plan, so our trainers wrote one for your first week that "
                + "mixes strength, cardio and rest.";
        String[] days = {"Day 1 – Exercise", "Day 2 – Rest", "Day 3 – Exercise", "Day 4 – Rest", "Day 5 – Exercise",
            "Day 6 – Rest", "Day 7 – Optional Light Activity"};
        String[] sections = {
            "Warm up for five to ten minutes before each session, with light cardio and a few mobility drills for the "
                    + "joints the day's exercises will load.",
            "Pick a weight you can lift for ten to twelve clean repetitions, and rest for a minute or two between "
                    + "sets so that your form holds to the last one.",
            "On the cardio day, keep a pace at which you could still talk in short sentences, and stretch for a few "
                    + "minutes once the session is over.",
            "After the first week, add a little weight or a few minutes of cardio where a session felt easy, and keep "
                    + "the rest day even when you feel ready for more."};
        List<String> lines = new ArrayList<>(List.of("Workouts", "Gym Workouts for Beginners", opening,
                "Your First Week"));
        lines.addAll(List.of(days));
        lines.addAll(List.of("Next, here is what the flow of each of the workouts will look like:", "Squats", "Push-ups", "Rows", "Planks", "Lunges",
                "Bridges"));
        lines.addAll(List.of(sections));
        ExtractedArticle a = extractor.fromText(String.join("\n", lines));

        assertTrue(a.body().startsWith(opening + "\n\nYour First Week\n\n" + days[0]), a.body());
        assertTrue(a.body().endsWith(sections[sections.length - 1]), a.body());
    }

    @Test
    void aPastedArticleIsNotJoinedToTheSitesPromotionOverItsMenuAndSocialLinks() {
        String promotion = "Generate new revenue streams, sell more tickets, and make smarter decisions with our "
                + "award-winning platform for venues, teams and festivals of every size.";
        String[] article = {
            "Experience is thrilled to welcome Junior Gaspard, a long-time member of the team, as our new President "
                    + "and Chief Executive Officer, starting this month.",
            "We asked him to share some insights into the business of Experience and what is next on the horizon for "
                    + "the company and for the venues and fans it serves.",
            "Gaspard joined the company six years ago to lead its partnerships with stadiums and has since opened "
                    + "offices in three new countries."};
        List<String> page = new ArrayList<>(List.of("Solutions", promotion, "Mobile Commerce",
                "Ticketing Technology", "Work with us", "Press Center", "Blog", "Contact us",
                "twitter linkedin facebook instagram", "Introducing Junior Gaspard, New CEO at Experience"));
        page.addAll(List.of(article));
        ExtractedArticle a = extractor.fromText(String.join("\n", page));

        assertEquals("Introducing Junior Gaspard, New CEO at Experience", a.title());
        assertEquals(String.join("\n\n", article), a.body());
    }

    @Test
    void aPastedListicleGoesOnPastAPicturesCreditAndIsNotJoinedToAGalleryOfCaptionsOverIt() {
        String caption = "Defense Secretary Mark Esper, left, and Defense Minister Ngo Xuan Lich shake hands in Hanoi on "
                + "Wednesday, Nov. 20, 2019, before their talks on the South China Sea.";
        String intro = "After testing more than two hundred appliances in our labs this year, we picked the ones that "
                + "cleaned, cooled and cooked best for the money, and the brands that stood behind them.";
        String award = "This year we are pleased to name LG the most reliable appliance brand overall, after years of "
                + "reviews, reader surveys and the repair records of the machines we bought ourselves.";
        String method = "Every machine ran the same loads of dishes, laundry and frozen food, and our testers scored "
                + "each one on how well it did the job, how easy it was to use and how much energy it took.";
        String dishwasher = "The Bosch 800 Series dishwasher delivers high-tech cleaning and unparalleled customisation, "
                + "which makes it the best dishwasher we have tested, and its third rack holds a whole set of cutlery.";
        String text = String.join("\n", "Menu", "Appliances", caption + " less",
                caption.substring(0, caption.indexOf("before")) + "... more", "Photo: Jane Roe, AP",
                "The Best Appliances of the Year", "1 / 8", "Back to Gallery", intro, award, method, "Buy now at LG",
                "Credit: Reviewed / Timothy Renzi", "Best Dishwasher", "Bosch 800 Series SHP78CM5N", dishwasher,
                "Most Popular", "Longtime gunmaker leaving the state", "Teacher realises a dream on a game show");
        ExtractedArticle a = extractor.fromText(text);

        assertEquals("The Best Appliances of the Year", a.title());
        assertTrue(a.body().startsWith(intro), "no caption of the gallery over the article: " + a.body());
        assertTrue(a.body().endsWith("Best Dishwasher\n\nBosch 800 Series SHP78CM5N\n\n" + dishwasher),
                "past the picture's credit between two items: " + a.body());
    }

    @Test
    void aPastedTutorialGoesOnPastALongBlockOfCodeBetweenItsSections() {
        String intro = "Checkpoints let a long stream job resume where it stopped after a crash, and setting them up takes "
                + "only a few lines of configuration in the job's main class, as this tutorial shows step by step.";
        String setup = "First, create the execution environment and tell it how often to write a checkpoint; every ten "
                + "seconds is a good start for a job that reads a few thousand events a second from its queue.";
        String after = "With the configuration in place, restart the job and kill one of its workers: the job picks up "
                + "from the last checkpoint instead of reading the whole queue again from its very beginning.";
        List<String> lines = new ArrayList<>(List.of("Home", "Tutorials", "Resuming Stream Jobs After a Crash",
                "By Ada Lovelace", intro, setup));
        lines.add("public final class CheckpointedJob {");
        for (String option : ("interval timeout retries storage backend compression encryption parallelism buffer "
                + "watermark source sink topic group offset format schema serializer registry metrics logging tracing "
                + "alerts retention cleanup snapshot restore savepoint state mode guarantee barrier alignment cache").split(" ")) {
            lines.add("    builder.setOption(\"" + option + "\", config.get(\"" + option + "\"));");
        }
        lines.addAll(List.of("}", after, "Related Posts", "Scaling stream jobs on a budget"));
        ExtractedArticle a = extractor.fromText(String.join("\n", lines));

        assertTrue(a.body().startsWith(intro) && a.body().endsWith(after), a.body());
        assertTrue(a.body().contains("builder.setOption(\"cache\", config.get(\"cache\"));"), a.body());
    }

    @Test
    void aPastedArticleGoesOnPastABlockOfRelatedLinksSetInItButNotPastASidebarsMostRead() {
        String first = "The Doobie Brothers will unite with former frontman Michael McDonald for a North American tour "
                + "celebrating the band's 50th anniversary, the group said on Monday.";
        String second = "The band announced the 30-date jaunt while closing out their concert at the Ryman Auditorium "
                + "in Nashville, which featured a surprise appearance by McDonald.";
        String third = "Tickets for the anniversary tour go on sale to the general public on Friday at 10 a.m. local "
                + "time, and the first shows are in Florida in June.";
        String fourth = "McDonald joined the band in 1975 and remained in the lineup until 1982, appearing on four "
                + "albums and hit singles like What a Fool Believes.";
        String text = String.join("\n", "Doobie Brothers Reunite With Michael McDonald for 50th Anniversary Tour",
                "By Jon Blistein", "November 19, 2019", first, second, "Related",
                "The Doobie Brothers: Lighting Up With the Stars", "Michael McDonald Talks New Album and Retirement",
                "Related", "Dave Grohl's Guest List: 21 Amazing Musical Cameos", third, fourth, "Most Read",
                "Fire damages a historic club in Albany", "Photos: the mall through the years",
                "Best of the region 2019: pizza", "Steelers admit role in helmet brawl", "The ten best new restaurants",
                "Browns place Morgan Burnett on injured reserve: first season in Cleveland is done for veteran safety "
                        + "after he suffers an injury.",
                "Playoff watch: where do the Browns stand? Cleveland will need lots of help with their post-season "
                        + "optimism this year.");
        ExtractedArticle a = extractor.fromText(text);

        assertEquals(String.join("\n\n", first, second, third, fourth), a.body());
    }

    @Test
    void aSitesMoreOfItsArticlesEndsAPastedArticle() {
        String first = "While Anglophiles spent the weekend watching the third season of The Crown, the real Prince "
                + "Andrew was busy distancing himself from a scandal of his own making.";
        String second = "In an interview about his friendship with a disgraced financier, the presenter did an excellent "
                + "job of letting him explain himself, and he did so badly.";
        List<String> teasers = new ArrayList<>();
        for (String title : List.of("Carlos Ghosn and the dark side of Japanese justice", "What made Joker so popular?")) {
            teasers.addAll(List.of(title, "Madeline Fry", "Wednesday November 20, 2019", "Our family always celebrates "
                    + "anniversaries, but not this week, and the reason is a story worth telling at some length."));
        }
        List<String> page = new ArrayList<>(List.of("Prince Andrew's interview: the truth comes out", "By Jane Doe",
                "November 18, 2019", first, second, "Opinion", "Royals", "More Washington Examiner"));
        page.addAll(teasers);
        ExtractedArticle a = extractor.fromText(String.join("\n", page));

        assertEquals(first + "\n\n" + second, a.body());
    }

    @Test
    void theCreditUnderABlogPostsLinksToThePreviousAndNextPostsNamesItsAuthor() {
        String first = "Big tax overhauls like this one do not happen often, and the changes will shape how you file "
                + "your return next spring, from the standard deduction to the credits for children.";
        String second = "You do not have to navigate any of it alone: the software asks simple questions, step by step, "
                + "and fills in the forms that apply to you from your answers.";
        String text = String.join("\n", "Tax Law Changes and Your Guide to Filing Taxes in 2026", first, second,
                "Previous Post", "Don't Miss the Tax Extension Deadline: 8 Last-Minute Tax Filing Tips", "Next Post",
                "Free Swaps and Taxes: What You Need to Know", "Written by Lisa Greene-Lewis",
                "Lisa has over 20 years of experience in tax preparation, and her success is attributed to being able "
                        + "to interpret tax laws and help clients understand them.",
                "Browse Related Articles", "Tax Tips for New Parents", "Written by Tom Smith");
        assertEquals(List.of("Lisa Greene-Lewis"), extractor.fromText(text).authors(), "not the related post's writer");
    }

    @Test
    void aNewsAggregatorsStoryPastedWithItsLoginBoxHasItsTitleSubmitterDayAndText() {
        String first = "Elite computer science degrees are no longer a guaranteed on-ramp to tech jobs, as AI-driven "
                + "coding tools slash demand for entry-level engineers, the Los Angeles Times reports.";
        String second = "\"There's definitely a very dreary mood on campus,\" said a recent computer science graduate, "
                + "who applied for more than a hundred jobs before landing one.";
        String text = String.join("\n", "Slashdot", "Stories", "Want to read Slashdot from your mobile device? Point it "
                        + "at m.slashdot.org and keep reading, wherever you are, on any phone or tablet you own!",
                "Nickname:", "Password:", "Public Terminal", "Forgot your password?", "Close", "typodupeerror", "×",
                "Stanford Computer Science Grads Find Their Degrees No Longer Guarantee Jobs (latimes.com) 87",
                "Posted by BeauHD on Friday December 19, 2025 @08:00PM from the skewed-job-market dept.", first,
                second, "You may like to read:", "Ten Mistakes Marred Firewall Upgrade At Australian Telco");
        ExtractedArticle a = extractor.fromText(text);

        assertEquals("Stanford Computer Science Grads Find Their Degrees No Longer Guarantee Jobs", a.title());
        assertEquals(List.of("BeauHD"), a.authors());
        assertEquals("2025-12-19", a.publishedAt().toLocalDate().toString());
        assertEquals(first + "\n\n" + second, a.body());
    }

    @Test
    void aPastedListsSectionsPartedByAPicturesCreditAfterABarAreOneArticle() {
        String intro = "Some of the plants on this list are toxic for pets, so check with your veterinarian before you "
                + "bring one home, and keep the rest out of reach of curious cats and dogs.";
        String first = "Also known as the rattlesnake plant, these plants are native to the tropical forests of Brazil "
                + "and fold their leaves at night as if in prayer, which gives them their name.";
        String second = "Sago palms are native to Japan, and their slow growth rate (sometimes only one leaf per year) "
                + "makes them a patient companion for a dim corner of the living room.";
        String third = "Native to Southeast Asia and southern China, jewel orchids have large, velvety leaves with pink "
                + "veins, and unlike most orchids they grow well in low light.";
        List<String> page = new ArrayList<>(List.of("15 Low-Light Houseplants That Thrive in Dim Spaces",
                "By Jane Doe", "Updated on January 21, 2025", intro));
        String[][] plants = {{"Prayer Plant (Maranta leuconeura)", "Firn | Getty Images", first},
                {"Japanese Sago Palm (Cycas revoluta)", "Kathyn8 | Getty Images", second},
                {"Jewel Orchid (Ludisia discolor)", "soniabonet | Getty Images", third}};
        int number = 1;
        for (String[] plant : plants) {
            page.addAll(List.of(String.valueOf(number++), "of 15", plant[0], plant[1], plant[2], "Plant Care Tips",
                    "Light: Medium, indirect light.", "Water: Weekly; allow soil to dry halfway down.",
                    "Soil: Peat-based, well-draining mix.", "Pet Safety: Nontoxic to cats and dogs."));
        }
        page.addAll(List.of("Read More", "The 12 Best Plants for a Bathroom", "Newsletter Sign Up"));
        String body = extractor.fromText(String.join("\n", page)).body();

        assertTrue(body.startsWith(intro) && body.contains(first) && body.contains(second) && body.contains(third),
                body);
        assertFalse(body.contains("Getty Images"), body);
    }

    @Test
    void aGallerysCaptionsPrintedTwiceInAPastedArticleArePartOfNoParagraphAndEndNoArticle() {
        String first = "LOS ANGELES (AP) — To LeBron James, triple-doubles are not a goal, only a side effect of the "
                + "consistent, brilliant all-around play he has been dishing out for 17 seasons.";
        String second = "James became the first player in NBA history to record a triple-double against every team in "
                + "the league, and Anthony Davis scored 34 points in the win on Tuesday night.";
        String third = "James has five triple-doubles in the Lakers' last 10 games, getting four in victories, and the "
                + "coach has put the ball in his hands constantly on offense this month.";
        String fourth = "Dennis Schroder scored 20 of his season-high 31 points in a phenomenal first half for the "
                + "Thunder, who have lost four of five games despite playing well.";
        String caption = "Los Angeles Lakers' LeBron James dunks during the first half of the team's NBA basketball game "
                + "against the Oklahoma City Thunder on Tuesday, Nov. 19, 2019, in Los Angeles.";
        String text = String.join("\n", "LeBron sets triple-double mark, Lakers hold off OKC 112-107",
                "November 19, 2019", first, second, caption + " less", caption.substring(0, 90) + " ... more",
                "Photo: Ringo H.W. Chiu, AP", "Photo: Ringo H.W. Chiu, AP", "Image 1 of / 4", "Caption", "Close",
                "Image 1 of 4", caption, caption, "Photo: Ringo H.W. Chiu, AP",
                "LeBron sets triple-double mark, Lakers hold off OKC 112-107", "1 / 4", "Back to Gallery", third, fourth,
                "Most Popular", "1", "Thousands of streaming accounts were hacked and sold online");
        ExtractedArticle a = extractor.fromText(text);

        // (the gallery's copy of the headline stays, as a heading would: the article's own text may repeat its title)
        assertEquals(String.join("\n\n", first, second, third, fourth),
                a.body().replace("LeBron sets triple-double mark, Lakers hold off OKC 112-107\n\n", ""));
        assertFalse(a.body().contains("dunks during"), a.body());
    }

    @Test
    void theBbcsLabelledCaptionsAndCreditsArePartOfNoParagraphAndEndNoArticle() {
        String first = "A row involving Taylor Swift, her former record label and two big-name US politicians looks "
                + "like it is coming to an end, after a week of statements on both sides.";
        String second = "The group that owns most of her music says she will be allowed to play her old tracks at the "
                + "awards show on Sunday night, which she had feared she could not do.";
        String third = "Her post got the attention of two Democratic politicians, who criticised the company and the "
                + "effect big businesses can have when they buy up smaller ones.";
        String fourth = "The company has twice denied doing anything wrong, and says it never had the right to keep her "
                + "from performing live anywhere, on television or elsewhere.";
        String fifth = "The company that runs the awards denies that anything has been definitely sorted, and says any "
                + "agreement must be made with her management team.";
        String text = String.join("\n", "Taylor Swift row: label says she can sing her old songs", "19 November 2019",
                first, second, "Image copyright Getty Images", "Image caption Scooter Braun has managed Justin Bieber, "
                        + "among others, throughout his career in music", third,
                "Image Copyright @ewarren @ewarren", "Report", "Image Copyright @AOC @AOC", "Report", fourth, fifth,
                "Related Topics", "Taylor Swift", "Music");
        ExtractedArticle a = extractor.fromText(text);

        // (the embedded posts' "Report" links stay: a word between paragraphs)
        assertEquals(String.join("\n\n", first, second, third, fourth, fifth),
                a.body().replaceAll("(\n\nReport)+\n\n", "\n\n"));
    }

    @Test
    void aScheduleUnderAPastedArticleIsItsOwnButNotTheTrendingListAfterIt() {
        String first = "The Doobie Brothers will unite with former frontman Michael McDonald for a North American tour "
                + "celebrating the band's 50th anniversary, the group said on Monday.";
        String second = "Tickets for the anniversary tour go on sale to the general public on Friday at 10 a.m. local "
                + "time, and the first shows are in Florida in June.";
        List<String> dates = List.of("June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre",
                "June 10 – Tampa, FL @ MIDFLORIDA Credit Union Amphitheatre", "Sept. 12 – Mountain View, CA @ Shoreline "
                        + "Amphitheatre", "October 10 – Houston, TX @ The Cynthia Woods Mitchell Pavilion");
        List<String> page = new ArrayList<>(List.of("Doobie Brothers Reunite With Michael McDonald for Tour",
                "By Jon Blistein", "November 19, 2019", first, second, "The Doobie Brothers Tour Dates"));
        page.addAll(dates);
        page.addAll(List.of("Trending", "Motley Crue, Def Leppard, Poison Set 2020 Stadium Tour",
                "Kathleen Kennedy on the Future of Star Wars", "Want more? Sign up for our newsletter."));
        ExtractedArticle a = extractor.fromText(String.join("\n", page));

        assertEquals(String.join("\n\n", first, second, "The Doobie Brothers Tour Dates", String.join("\n\n", dates)),
                a.body());
        // two dated lines are no schedule
        page.removeAll(dates.subList(2, 4));
        assertEquals(first + "\n\n" + second, extractor.fromText(String.join("\n", page)).body());
    }

    @Test
    void aPastedGallerysCaptionsAndControlsUnderTheHeadlineAreNeitherTextNorHeadline() {
        // reuters.com (2016): the gallery between headline and byline, each caption ending in its agency's credit
        String first = "WASHINGTON The U.S. Federal Reserve raised interest rates on Wednesday and signaled a faster pace "
                + "of increases in 2017 as central bankers adapted to the incoming administration.";
        String second = "The increase in the federal funds rate to a range of between 0.50 percent and 0.75 percent was "
                + "widely expected, but the prospect of a brisker pace of increases was not.";
        String caption = "Federal Reserve Chair Janet Yellen holds a news conference following day two of the Federal "
                + "Open Market Committee (FOMC) meeting in Washington, U.S., December 14, 2016. REUTERS/Gary Cameron";
        String text = String.join("\n", "Business News | Wed Dec 14, 2016 | 5:03pm EST",
                "Fed lifts rates, sees faster pace of hikes in Trump's first year", "left", "right", caption, "1/3", "left",
                "right", caption, "2/3", "By Howard Schneider and Lindsay Dunsmuir | WASHINGTON", first, second,
                "Like us on Facebook");
        ExtractedArticle a = extractor.fromText(text);

        assertEquals("Fed lifts rates, sees faster pace of hikes in Trump's first year", a.title());
        assertEquals(List.of("Howard Schneider", "Lindsay Dunsmuir"), a.authors());
        assertEquals(first + "\n\n" + second, a.body());
    }

    @Test
    void aNameBesideThePastedTimeOfPostingToldFromNowIsTheBylineAndThatTimeNoHeadline() {
        String first = "The U.S. Mountain States are moving away from coal, even as the president-elect vows to revive "
                + "the embattled industry, according to new data.";
        String second = "Western states are increasingly using natural gas and renewable energy for their electricity, "
                + "and the switch puts pressure on miners in the region.";
        String headline = "Coal's big US stronghold is losing steam, even as Trump aims for a revival";
        // cnbc.com (2016): the time run into the site's name; deadspin.com (2016): "Today" and the time
        for (String posted : List.of("1 Hour AgoCNBC.com", "Today 12:34pm", "12 mins ago")) {
            ExtractedArticle a = extractor.fromText(String.join("\n", headline, "Tom DiChristopher", posted, first,
                    second));
            assertEquals(headline, a.title(), posted);
            assertEquals(List.of("Tom DiChristopher"), a.authors(), posted);
        }
    }

    @Test
    void aPastedStampWithATwoDigitYearOverTheArticleIsItsDate() {
        String first = "The very foundation of musicals, the idea that the world can burst into song at a moment's "
                + "notice, has always sat uneasily with the genre's history on screen.";
        String second = "La La Land never reaches these lows, but its politics are bizarre in ways that echo some of "
                + "its predecessors, critics wrote this week after its release.";
        String headline = "La La Land might win an Oscar but it has some bizarre politics";
        // fusion.net (2016): the stamp alone under the byline; observer.com (2016): after the byline, on its line
        ExtractedArticle alone = extractor.fromText(String.join("\n", headline, "Jack Mirkinson", "12/23/16 11:14 AM",
                first, second));
        assertEquals(OffsetDateTime.parse("2016-12-23T11:14Z"), alone.publishedAt());
        assertEquals(List.of("Jack Mirkinson"), alone.authors());
        ExtractedArticle byline = extractor.fromText(String.join("\n", headline, "By Sage Lazzaro • 12/16/16 12:21pm",
                first, second));
        assertEquals(OffsetDateTime.parse("2016-12-16T12:21Z"), byline.publishedAt());
        assertEquals(List.of("Sage Lazzaro"), byline.authors());
        // in running text a two-digit year is no date of the article
        ExtractedArticle inText = extractor.fromText(String.join("\n", headline, "By Sage Lazzaro",
                "The email was sent on 12/15/15 and said something big was going down within days.", first, second));
        assertNull(inText.publishedAt());
    }

    @Test
    void aPastedHeadlinePrintedTwiceIsNoBylineAndStandsOverItsStandfirst() {
        // rollingstone.com (2016): the headline over the page and over the article, its standfirst, a captioned
        // picture, the byline and dateline, then a box of other stories between them and the text
        String headline = "'La La Land': How a Young Filmmaker Resurrected the Hollywood Musical";
        String page = String.join("\n", headline, "Movies", "Music", "TV", headline,
                "Inside the story of how director Damien Chazelle and two movie stars attempted to modernize the genre"
                        + " and made the movie of the year",
                "Inside: 'La La Land': How a young filmmaker and two movie stars resurrected the musical and made the "
                        + "breakout movie of 2016. Credit: Dale Robinette",
                "By David Fear", "December 9, 2016", "More News",
                "Toronto Film Festival 2016: 'Moonlight' Is a Masterpiece",
                "'Hell or High Water': The Story Behind Summer's Sleeper Hit",
                "10 Best Movies We Saw at Toronto Film Festival 2016", "All Stories",
                para("Ask most folks what the most iconic thing about Los Angeles is, and they will name the sign in "
                        + "the hills or the stars on the walk of fame.", 2),
                para("The number the director is describing kicks off his story of a jazz pianist and an actress who "
                        + "fall in love in the city.", 2),
                para("How do you even make a musical now, and convince two movie stars to sing and dance for a "
                        + "director with one feature behind him?", 2),
                para("The director kept asking whether the old musicals he loved could be made to make sense for a "
                        + "modern audience, and for years the answer from the studios was no.", 2),
                para("After college he moved to the city and pitched the movie around, and nobody wanted to finance "
                        + "an original musical in a genre they thought was dead.", 2),
                para("Then came his drumming drama, which made him a nominee and gave him the standing to make the "
                        + "movie he had wanted to make all along.", 2));
        ExtractedArticle a = extractor.fromText(page);

        assertEquals(headline, a.title());
        assertEquals(List.of("David Fear"), a.authors());
    }

    @Test
    void aPastedHeadlineWrittenAsASentenceStandsOverTheSubtitleThatTellsItsSubjectAgain() {
        // prospectmagazine.co.uk (2017): the headline's subject is the one word of it the article's opening uses, and
        // the subtitle names it too
        String page = String.join("\n", "Home", "Magazine", "The Anglosphere: new enthusiasm for an old dream",
                "Having cut the country adrift, its leaders are indulging in an old fantasy about a new national "
                        + "role in the world as the hub of a far-flung Anglosphere",
                "by Duncan Bell / January 19, 2017 / Leave a comment", "Facebook", "Twitter", "Email",
                para("The government is trying to square all sorts of circles, but it cannot conceal the confusion "
                        + "about the country's place in the world once it has left the union.", 2),
                para("Many of its leaders have proposed a simple answer to these questions: the Anglosphere, a union "
                        + "of the countries that speak the language and share the law.", 2),
                para("On a chilly Tuesday a former prime minister rose to deliver a speech in New York to hosts who "
                        + "had promoted co-operation between such peoples for eighty years.", 2));
        ExtractedArticle a = extractor.fromText(page);

        assertEquals("The Anglosphere: new enthusiasm for an old dream", a.title());
        assertEquals(List.of("Duncan Bell"), a.authors());
    }

    @Test
    void aPastedStandfirstRightOverTheBylineIsNoPartOfTheText() {
        // newrepublic.com (2016), politico.com (2016): headline, standfirst, byline, dateline, text
        String standfirst = "The glorious world-building in the first spin-off of the films isn't enough to keep viewers "
                + "coming back.";
        String first = para("The eight films, which stretched out over nearly a decade, had a built-in audience that "
                + "grew up with the books and followed every turn of the story.", 2);
        String second = para("The new film has no such audience, and it has to build one from a world that most of its "
                + "viewers know only from the earlier stories.", 2);
        ExtractedArticle a = extractor.fromText(String.join("\n", "Fantastic Beasts: A Nice Place to Visit",
                standfirst, "By Will Leitch", "November 18, 2016", first, second));

        assertTrue(a.body().startsWith(first), a.body());
        assertFalse(a.body().contains(standfirst));
        assertEquals(List.of("Will Leitch"), a.authors());
    }

    @Test
    void aPastedHeadlineAskingAQuestionStandsOverTheSubtitleOverTheDateline() {
        // a blog (2025): headline, subtitle, date, categories; the headline again in the links to other posts below
        String headline = "Are AI Evangelists In Heat?";
        String page = String.join("\n", "Spectre Collie", "About", "Archives", headline,
                "What old film stars can teach us about the claims made for new machines that write", "December 18, 2025",
                "Thoughts, Technology",
                para("I have already gone off on tirades about these tools, whether it is about drawing or about "
                        + "writing that so obviously reads like the work of nobody.", 2),
                para("And I have come to this conclusion: it is so obvious, and that is why it is so confounding to "
                        + "see people fall for it again and again.", 2),
                para("There are so many serious concerns already, and new ones seem to appear every week as the "
                        + "companies promise more than they can give.", 2),
                "Previous post", headline, "Next post", "What I read this year");
        ExtractedArticle a = extractor.fromText(page);

        assertEquals(headline, a.title());
        assertEquals(LocalDate.of(2025, 12, 18), a.publishedAt().toLocalDate());
    }

    @Test
    void aPastedBylinePrintedTwiceOnItsLineIsReadOnce() {
        // nj.com and al.com (2016): the byline for a phone and for a wider screen, run into one line
        String page = String.join("\n", "Man sentenced for stealing millions in elaborate N.J. ATM skimming scheme",
                "Print Email", "Rajeev Dhir | NJ Advance Media for NJ.com By Rajeev Dhir | NJ Advance Media for NJ.com",
                "Email the author | Follow on Twitter", "on December 13, 2016 at 4:51 PM", "comments",
                "A Romanian man was sentenced Tuesday to more than five years in federal prison for his role in an "
                        + "elaborate scheme that stole millions from cash machines, authorities said.",
                "Fifteen members of the scheme have been arrested, including the man, who was extradited from Spain "
                        + "to the United States for sentencing last year.");
        ExtractedArticle a = extractor.fromText(page);

        assertEquals(List.of("Rajeev Dhir"), a.authors());
        assertEquals("Man sentenced for stealing millions in elaborate N.J. ATM skimming scheme", a.title());
        assertEquals(LocalDate.of(2016, 12, 13), a.publishedAt().toLocalDate());
    }

    @Test
    void severalNamesWithoutALabelNextToThePastedDatelineAreItsBylineAndAVideosLinkNoHeadline() {
        // theguardian.com (2016): the standfirst, a link to a video, the writers' names, the dateline
        String first = "Police violence against protesters in North Dakota has risen to extraordinary levels, and "
                + "activists fear that, with two events this week, it could grow worse before winter.";
        String second = "The protest camp has stood for months on land that the tribe says was never given up, and its "
                + "numbers have grown since the first clashes in the autumn.";
        String page = String.join("\n", "Dakota Access pipeline",
                "Standing Rock protesters hold out against extraordinary police violence",
                "Apprehension and distrust pervade the protest site as promises from the state that there are no plans "
                        + "to forcibly remove people do little to assuage fears",
                "Police blast Standing Rock protesters with water cannon and rubber bullets – video",
                "Julia Carrie Wong and Sam Levin", "Tuesday 29 November 2016 15.26 EST", "Share on Facebook",
                "Share on Twitter", first, second);
        ExtractedArticle a = extractor.fromText(page);

        assertEquals("Standing Rock protesters hold out against extraordinary police violence", a.title());
        assertEquals(List.of("Julia Carrie Wong", "Sam Levin"), a.authors());
        // a headline of two parts joined by "and", next to its date, is no byline
        ExtractedArticle tips = extractor.fromText(String.join("\n", "Electrical Safety Tips and Best Practices",
                "On 8 Oct 2022", "in NEWS", first, second));
        assertEquals("Electrical Safety Tips and Best Practices", tips.title());
        assertEquals(List.of(), tips.authors());
    }

    @Test
    void aPastedArticleStartsAfterThePicturesCaptionOverItsCreditOrPrintedTwice() {
        String first = "Global warming is a hoax, the president-elect has said more than once, and now the department "
                + "that studies it has been asked for the names of the people who work on it.";
        String second = "The Energy Department said on Tuesday that it would not give the names, and its staff remain "
                + "worried about what the new administration will ask of them next.";
        String caption = "Donald Trump speaks during a campaign rally at Dordt College in Sioux Center, Iowa, on Jan. "
                + "23, 2016.";
        // chicagotribune.com (2016): the caption printed twice, for small screens and large, over its credit
        String twice = String.join("\n", "Energy Department rejects Trump's request to name climate change workers",
                caption, caption, "Joe DavidsonThe Washington Post", first, second);
        assertEquals(first + "\n\n" + second, extractor.fromText(twice).body());
        // news.nationalgeographic.com (2016): the caption over its credit on a line of its own
        String credited = String.join("\n", "Here's Why Your Office May Be Too Hot or Cold", "View Images",
                "This photo, using a thermal camera, shows gender differences in body temperature, which are "
                        + "particularly evident in the hands.",
                "Photograph by Tyrone Turner, National Geographic Creative", first, second);
        assertEquals(first + "\n\n" + second, extractor.fromText(credited).body());
        // a paragraph over a caption that ends in its credit is the article's own
        String over = String.join("\n", "WeWork to Cut a Third of Its Staff", "By David Jeans", first,
                "WeWork chairman Marcelo Claure (Credit: Getty Images)", second);
        assertTrue(extractor.fromText(over).body().startsWith(first));
    }

    @Test
    void aPastedCallToFollowTheSiteAShareBarOrATimeOfDayOverTheArticleIsNoHeadline() {
        // mentalfloss.com (2016): "Like us on Facebook" between the picture's credit and the text
        String first = "As a recurring feature, our team combs the Web and shares some amazing deals we have turned up. "
                + "Here is what caught our eye today, December 19.";
        String second = "The site has affiliate relationships with certain retailers and may receive a small percentage "
                + "of any sale, but we only get commission on items you buy.";
        String text = String.join("\n", "Gift Guides", "It's Not Too Late to Holiday Shop With These Deals",
                "December 19, 2016", "Image credit:", "amazon / istock", "Like us on Facebook", first, second);

        assertEquals("It's Not Too Late to Holiday Shop With These Deals", extractor.fromText(text).title());
        // nymag.com: a share bar under the headline; theatlantic.com: the time of day under the byline
        String shared = String.join("\n", "/media", "September 2, 2016 7:30 a.m.",
                "How Fox News Women Took Down Roger Ailes", "Share", "Share Tweet Share Share Email Comment Print", first,
                second);
        assertEquals("How Fox News Women Took Down Roger Ailes", extractor.fromText(shared).title());
        String timed = String.join("\n", "Why New Yorkers Received a Push Alert About a Manhunt", "Share", "Tweet",
                "Kaveh Waddell", "1:18 PM ET", "Technology", "Updated on September 19 at 3:15 p.m.", first, second);
        assertEquals("Why New Yorkers Received a Push Alert About a Manhunt", extractor.fromText(timed).title());
        // al.com (2016): the byline's buttons under it
        String buttons = String.join("\n", "Two arrested in multi-state debit card skimming scheme", "Print Email",
                "By Mike Cason", "Email the author | Follow on Twitter",
                "on December 22, 2016 at 2:47 PM, updated December 22, 2016 at 3:53 PM", "comments", first, second);
        assertEquals("Two arrested in multi-state debit card skimming scheme", extractor.fromText(buttons).title());
        // miamiherald.com (2016): a button to order a reprint over the article
        String reprint = String.join("\n", "From Metrorail to bike paths, this is what CEOs think of public transit",
                "December 12, 2016 7:00 AM", "LinkedIn", "Print", "Order Reprint of this Story", first, second);
        assertEquals("From Metrorail to bike paths, this is what CEOs think of public transit",
                extractor.fromText(reprint).title());
        // qz.com (2016): a picture's caption with its source in brackets between the byline and the article
        String caption = String.join("\n", "Uber is launching self-driving cars in San Francisco without permission",
                "Written by", "Alison Griswold", "4 hours ago",
                "One of the Volvo XC90s Uber is debuting in San Francisco. (Uber)", "Share", first, second);
        assertEquals("Uber is launching self-driving cars in San Francisco without permission",
                extractor.fromText(caption).title());
    }

    @Test
    void aPromotionSetInAPastedArticleDoesNotCutOffItsOpening() {
        // quantamagazine.org: a share bar and a call to sign up between the opening paragraphs and the rest
        List<String> opening = List.of(para("When the immunologist looked deep inside the lungs of infected mice, he "
                + "thought he had seen a cell that should not have been there.", 2), para("But what would a cell "
                + "covered with taste receptors be doing in the lungs, and why only after a severe infection?", 2),
                para("He was not alone in his puzzlement over this little-studied group of cells.", 3));
        List<String> rest = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            rest.add(para("Part " + i + " of the story goes on about receptors for taste and smell that keep turning "
                    + "up in unexpected tissues of the body.", 3));
        }
        List<String> page = new ArrayList<>(List.of("Cells That Taste Danger Set Off Immune Responses", "By Carrie Arnold",
                "November 15, 2019"));
        page.addAll(opening);
        page.addAll(List.of("Share this article", "Copied!", "Newsletter", "Get Quanta Magazine delivered to your inbox",
                "Most recent newsletter"));
        page.addAll(rest);
        page.addAll(List.of("Share this article", "Newsletter", "Get Quanta Magazine delivered to your inbox",
                "Also in Biology", "A teaser of another story that runs on for a sentence or so, like teasers do."));
        ExtractedArticle a = extractor.fromText(String.join("\n", page));

        List<String> all = new ArrayList<>(opening);
        all.addAll(rest);
        assertEquals(String.join("\n\n", all), a.body());

        // nbcnews.com (2016): share buttons, a video's title and length, a related story's headline
        List<String> video = new ArrayList<>(page.subList(0, 3 + opening.size()));
        video.addAll(List.of("Facebook", "Twitter", "Embed", "SpaceX rocket explosion: What caused launch pad failure? 2:06",
                "autoplay autoplay", "Related: SpaceX Rocket Explosion Destroys Facebook Internet Satellite"));
        video.addAll(rest);
        video.add("Privacy Policy");
        assertEquals(String.join("\n\n", all), extractor.fromText(String.join("\n", video)).body());
    }

    @Test
    void theButtonsBesideEachPlaceOfAPastedGuideAreNoParagraphs() {
        String intro = "New York has more starred restaurants than any other city in the country this year, and the "
                + "guide added seven new names to its list after a year of anonymous visits.";
        String first = "A tasting menu of twelve courses built around the harbour's fish, served at a counter of ten "
                + "seats where the chef talks each guest through the night.";
        String second = "The city's oldest oyster bar earned its first star for a menu that has barely changed in fifty "
                + "years, and a dining room that still seats walk-ins every evening.";
        String third = "A family-run noodle shop that began as a market stall now holds a star for its hand-pulled "
                + "noodles and a broth that simmers for two full days.";
        List<String> page = new ArrayList<>(List.of("The Guide to the City's Michelin Winners", "By Dana Holt",
                "May 2, 2025", intro, "Harbour Counter", "map", "Book now", first, "Photo courtesy of Harbour Counter",
                "Pearl Oyster Bar", "Map", "Book Now", second, "Noodle Hall", "map", "Book now", third,
                "Read our full Noodle Hall review", "Privacy Policy"));
        ExtractedArticle a = extractor.fromText(String.join("\n", page));

        assertEquals(String.join("\n\n", intro, "Harbour Counter", first, "Pearl Oyster Bar", second, "Noodle Hall",
                third), a.body());
    }

    @Test
    void aPastedLineOfAZeroWidthJoinerAloneIsNoParagraph() {
        // page builders print "&zwj;" in an empty paragraph; copied, it is a line that shows nothing
        String first = "The council approved the new cycling lanes on Tuesday after a long public consultation that "
                + "drew more than two thousand replies from residents and shops.";
        String second = "Work on the first lane starts in March, and the whole network should be finished before the "
                + "end of next year, the council said.";
        ExtractedArticle a = extractor.fromText(String.join("\n", "Council Approves Cycling Lanes", "By Dana Holt",
                "May 2, 2025", first, "\u200d", second, "\u200e"));

        assertEquals(first + "\n\n" + second, a.body());
    }

    @Test
    void aListOfOtherPostsUnderItsLabelEndsAPastedArticleButLinksSetInItDoNot() {
        String first = "Selling tickets for a small event takes more planning than most organisers expect, and the "
                + "first decision is whether to sell them yourself or through a platform.";
        String second = "A platform takes a fee from every ticket, but it handles payments, refunds and the list of "
                + "guests at the door, which saves hours on the day itself.";
        String third = "If you sell them yourself, keep the price simple and the form short: every extra field loses "
                + "you a few buyers before they reach the end.";
        List<String> header = List.of("How to Sell Tickets for a Small Event", "By Dana Holt", "March 4, 2020");
        List<String> page = new ArrayList<>(header);
        page.addAll(List.of(first, second, third, "You might also like", "Tips & Tricks",
                "With our 4.0 release last week, we introduced two new plugins for selling tickets on your own site.",
                "Read More Retiring Our Legacy Ticket Plugins", "Blog", "Introducing the Seating Add-on for Tickets",
                "By Nathan Weller October 29, 2024", "Privacy Policy"));
        ExtractedArticle a = extractor.fromText(String.join("\n", page));

        assertEquals(String.join("\n\n", first, second, third), a.body());

        // links set in the article, the article's paragraphs going on under them, stay out of its text but do not end it
        String fourth = "Whichever way you sell them, send a reminder to every buyer two days before the event, with "
                + "the address and the time the doors open.";
        String fifth = "Most no-shows are people who forgot, not people who changed their minds, and a reminder halves "
                + "them at no cost to you.";
        String sixth = "Last, count the tickets at the door against the list: it tells you how many to sell next time.";
        List<String> inline = new ArrayList<>(header);
        inline.addAll(List.of(first, second, third, "Related", "Ten Mistakes Organisers Make With Tickets", fourth,
                fifth, sixth, "Privacy Policy"));
        assertEquals(String.join("\n\n", first, second, third, fourth, fifth, sixth),
                extractor.fromText(String.join("\n", inline)).body());
        List<String> oneLink = new ArrayList<>(header);
        oneLink.addAll(List.of(first, second, third, "Related Links", "The event organisers' association", sixth,
                "Report Error", "Top Video"));
        String body = extractor.fromText(String.join("\n", oneLink)).body();
        assertTrue(body.startsWith(first) && body.endsWith(sixth), body); // (the one link stays, a line between)
    }

    @Test
    void aPastedArticlesLastParagraphEndingInAColonKeepsTheListItAnnounces() {
        // an article does not end on a colon: the lines under "Here are the winners ...:" are its own, not the footer
        String first = "The design school held its spring showcase on Friday, and the jury had a harder time than in "
                + "any year before, with forty projects shortlisted from the work of more than three hundred students.";
        String last = "Each winner receives a grant for a summer project and a place in the autumn exhibition at the "
                + "city museum. Here are the winners and their instructors:";
        String[] winners = {"Jasmine Chang – Type & Express", "Evelyn Kim – Reconnect Music Festival",
            "Zack Jacobson – Vignelli Sustainability", "Ariana Davies – Walk Amongst the Trees"};
        List<String> page = new ArrayList<>(List.of("Spring Showcase Winners Announced", "By Dana Holt", "May 2, 2025",
                first, last));
        page.addAll(List.of(winners));
        page.addAll(List.of("Related Posts", "Summer Workshops Open for Registration", "Privacy Policy"));
        ExtractedArticle a = extractor.fromText(String.join("\n", page));

        assertEquals(first + "\n\n" + last + "\n\n" + String.join("\n\n", winners), a.body());

        // a numbered list is read for as long as its numbers follow each other, each item's link under it
        List<String> numbered = new ArrayList<>(List.of("Black Friday for Collectors", "November 23, 2017", first,
                last.replace("Here are the winners and their instructors:", "Here are the deals not to miss:")));
        for (int n = 1; n <= 12; n++) {
            numbered.addAll(List.of(n + ") Collector's box set number " + n, "https://example.org/deal/" + n));
        }
        numbered.addAll(List.of("Leave a comment", "You must be logged in to post a comment.", "Search:"));
        ExtractedArticle deals = extractor.fromText(String.join("\n", numbered));

        assertTrue(deals.body().endsWith("12) Collector's box set number 12"), deals.body());
        assertTrue(deals.body().contains("\n\n1) Collector's box set number 1\n\n"), deals.body());
    }

    @Test
    void theAuthorsBoxAndTheCommentsEndAPastedArticleInTheLanguagesAround() {
        // "Über Moritz Bachmann", "Sobre ...", "About ...": the box of the article's author, whatever its note says
        String first = "Vom 12. bis 13. September findet in Köln wieder die DMEXCO statt, die wichtigste Messe für "
                + "digitales Marketing in Europa, und auch in diesem Jahr sind wir mit einem eigenen Stand dabei.";
        String second = "An unserem Stand zeigen wir, wie Händler ihre Kunden über alle Kanäle hinweg erreichen, und "
                + "stellen die Ergebnisse unserer neuen Studie zum Einkaufen im Netz vor, die wir im Frühjahr begonnen haben.";
        String note = "Als Inbound Sales Manager bildet Moritz Bachmann die Schnittstelle zwischen dem Marketing und "
                + "dem Vertrieb, und seit Mai 2017 ist er Teil des Teams und verantwortlich für die Angebote.";
        for (String label : List.of("Über Moritz Bachmann", "Sobre Moritz Bachmann", "About Moritz Bachmann")) {
            ExtractedArticle a = extractor.fromText(String.join("\n", "Take C.A.R.E. auf der DMEXCO 2018",
                    "Von Moritz Bachmann publiziert am 30. Juli 2018", first, second, label, note, "Impressum"));
            assertEquals(List.of("Moritz Bachmann"), a.authors(), label);
            assertEquals(first + "\n\n" + second, a.body(), label);
        }

        // "Sobre o autor" (Portuguese for "About the author") over the box, however its note begins
        String bio = "Pai de Francesco e Teresa e marido de Bárbara, é também coordenador pedagógico de uma escola e "
                + "escreve há dez anos sobre a alfabetização das crianças em casa, com a ajuda dos pais.";
        String song = "As brincadeiras musicais ajudam as crianças a perceber os sons das palavras, e é por isso que "
                + "o nosso grupo de pais se reúne toda semana para cantar e brincar com os pequenos.";
        String video = "Neste vídeo mostramos uma palinha do que fazemos, com as cantigas que as crianças mais pedem e "
                + "as rimas que elas já sabem de cor depois de poucas semanas de encontros.";
        ExtractedArticle portuguese = extractor.fromText(String.join("\n", "Uma palinha das brincadeiras musicais",
                "Por Carlos Nadalim", song, video, "Sobre o autor", bio, "Receba nosso ebook gratuito"));
        assertEquals(song + "\n\n" + video, portuguese.body());

        // "Lascia un commento" (Italian for "Leave a comment") labels the readers' comments under the article
        String opening = "Il black Friday incombe su di noi: per chi non lo sapesse il venerdì nero è l'ennesima "
                + "consuetudine importata dagli Stati Uniti, dove i negozi propongono sconti speciali a tutti.";
        String closing = "Si tratta di una tradizione consolidatasi negli anni Sessanta, quando i negozianti americani "
                + "cominciarono a proporre sconti speciali per dare inizio alla stagione degli acquisti natalizi.";
        String comment = "Bellissimo articolo, grazie mille per la lista delle offerte, ho già comprato la pista "
                + "elettrica per mio figlio e sono sicuro che gli piacerà moltissimo quando la vedrà a Natale.";
        ExtractedArticle italian = extractor.fromText(String.join("\n", "Black Friday per nostalgici",
                "23 Nov 2017", opening, closing, "Lascia un commento", "Marco", comment));
        assertEquals(opening + "\n\n" + closing, italian.body());

        // "Добавить отзыв" (Russian for "Add a review") under the article, then the readers' reviews
        String diet = "Диета Аткинса основана на ограничении углеводов в рационе, и за две недели на ней можно "
                + "сбросить до десяти килограммов, если строго соблюдать меню и пить достаточно воды каждый день.";
        String drawbacks = "Диета Аткинса не является полностью сбалансированной, поэтому перед её началом стоит "
                + "посоветоваться с врачом и не продолжать её дольше, чем рекомендуют специалисты по питанию.";
        String review = "Сидела на этой диете две недели и сбросила шесть килограммов, но к концу второй недели очень "
                + "хотелось сладкого, так что выдержать до конца было непросто, хотя результат меня порадовал.";
        ExtractedArticle russian = extractor.fromText(String.join("\n", "Диета Аткинса (14 дней)", diet, drawbacks,
                "Отзывы", "Добавить отзыв", "Анна", review));
        assertEquals(diet + "\n\n" + drawbacks, russian.body());
    }

    @Test
    void aPastedJapaneseArticleKeepsItsOneLineClosingParagraph() {
        // a sentence in a script without capitals starts with any letter: the last line is the article's, as in English
        String first = "Kindle書籍を読む場合は、一般的にスマホやタブレットなどのモバイル端末で読むことが多いと思いますが、"
                + "パソコンでそのまま読みたい場合もあります。";
        String second = "Kindle for PCをインストールすると自動でホットキーが設定され、パスワード管理ソフトの起動ショートカット"
                + "キーと同じになってしまうので、設定を変更することにしました。";
        String third = "ショートカットの欄を空欄にしただけでは、Kindle for PCがショートカットで起動しなくなるだけなので、"
                + "一度パソコンを再起動する必要があります。";
        String last = "これでようやく元の操作性を取り戻せました。";
        ExtractedArticle a = extractor.fromText(String.join("\n", "Kindle for PCの起動ホットキーを変更する方法",
                "2019年3月5日", first, second, third, last, "関連記事", "Kindleの使い方", "KeePassの設定"));

        assertEquals(String.join("\n\n", first, second, third, last), a.body());
    }

    @Test
    void aNumericDayInAPastedTextOutsideEnglishIsReadDayFirst() {
        // "05/10/2018" is the 5th of October in Portuguese, as the HTML path reads it by the page's declared language
        String first = "Na madrugada desta sexta-feira, um veículo do serviço de atendimento domiciliar foi arrombado "
                + "no estacionamento da unidade de saúde, e os equipamentos guardados nele foram levados.";
        String second = "A equipe registrou a ocorrência na delegacia e os atendimentos marcados para a semana seguem "
                + "normalmente, com o apoio de outro veículo da secretaria municipal de saúde.";
        ExtractedArticle portuguese = extractor.fromText(String.join("\n",
                "Atendimento Domiciliar registra arrombamento de veículo",
                "05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde", first, second));
        assertEquals("pt", portuguese.language());
        assertEquals(LocalDate.of(2018, 10, 5), portuguese.publishedAt().toLocalDate());

        // in English the American way stays: month first
        String english = "Early on Friday a home care service vehicle was broken into in the car park of the health "
                + "centre, and the equipment kept in it was taken by the thieves before dawn.";
        String more = "The team reported the break-in to the police, and the visits booked for the coming week go ahead "
                + "as planned, with a second vehicle lent by the city's health department.";
        ExtractedArticle american = extractor.fromText(String.join("\n", "Home care van broken into",
                "05/10/2018 - Posted by: Clarissa Borba - Category: Health", english, more));
        assertEquals(LocalDate.of(2018, 5, 10), american.publishedAt().toLocalDate());

        // but an English page that writes its days first in words ("13 October 2023") reads its numeric day so too
        ExtractedArticle british = extractor.fromText(String.join("\n", "Home care van broken into",
                "05/10/2018 - Posted by: Clarissa Borba - Category: Health", english, more, "More news",
                "Clinic opening hours over the holidays - 13 October 2018", "A new physiotherapy room - 3 October 2018"));
        assertEquals(LocalDate.of(2018, 10, 5), british.publishedAt().toLocalDate());
    }

    @Test
    void aBlogsShareAndLikeBarInIndonesianIsNotThePastedArticles() {
        // WordPress writes "Advertisement", "Share this:", "Print", "Email", "More", "Like this:", "Like Loading..." in
        // the blog's language
        String first = "Kita tidak boleh membenci satu kaum secara berlebihan sehingga kita berlaku tidak adil kepada "
                + "mereka, karena keadilan itu lebih dekat kepada takwa dan itulah yang diperintahkan kepada kita.";
        String second = "Banyak orang yang karena kebencian kepada satu golongan akhirnya menuduh tanpa bukti dan "
                + "menyebarkan fitnah, padahal perbuatan itu merusak persaudaraan di antara sesama manusia.";
        String third = "Oleh karena itu marilah kita belajar sejarah dengan jujur dan berbicara dengan santun, agar "
                + "perbedaan pendapat tidak berubah menjadi permusuhan yang merugikan kita semua.";
        ExtractedArticle a = extractor.fromText(String.join("\n", "Jangan Membenci Satu Kaum Secara Berlebihan",
                "30 Maret 2015", first, "Iklan", second, third, "Bagikan ini:", "Cetak", "Surat elektronik", "Lagi",
                "Sukai ini:", "Suka Memuat..."));

        assertEquals(String.join("\n\n", first, second, third), a.body());
    }

    @Test
    void aListOfTheMostPopularArticlesLabelledInRussianOrPortugueseEndsThePage() {
        // "Самые популярные диеты" ("The most popular diets"), "Mais lidas" ("Most read"): the site's other articles
        String first = "Диета Аткинса основана на ограничении углеводов в рационе, и за две недели на ней можно "
                + "сбросить до десяти килограммов, если строго соблюдать меню и пить достаточно воды.";
        String second = "Диета Аткинса не является полностью сбалансированной, поэтому перед её началом стоит "
                + "посоветоваться с врачом и не продолжать её дольше, чем рекомендуют специалисты.";
        String teaser = "Популярная диета при активном ритме жизни. Результаты похудения до 10 кг за 14 дней.";
        for (String label : List.of("Самые популярные диеты", "Mais lidas")) {
            String html = "<html><head><title>Диета Аткинса</title></head><body><article><h1>Диета Аткинса</h1><p>"
                    + first + "</p><p>" + second + "</p><h3>" + label + "</h3><div><h4>Белковая диета</h4><div>" + teaser
                    + "</div></div></article></body></html>";
            ExtractedArticle a = extractor.fromHtml(html, null);
            assertEquals(first + "\n\n" + second, a.body(), label);
        }
    }

    @Test
    void aButtonThatShowsTheCommentsEndsAPastedArticle() {
        String first = "Hours before Zach Parise's two-goal performance on Tuesday, the coach expressed confidence in "
                + "the veteran wing, saying that he was playing well and getting his confidence back.";
        String second = "Parise's first-period goals gave the team a commanding two-goal lead they would not give up, "
                + "and he blocked a shot in the waning seconds of the third period for good measure.";
        String teaser = "Minnesotan Casey Mittelstadt is finding his legs in Buffalo after a slow start to his second "
                + "season, and his coach says the best is still ahead of him.";
        for (String label : List.of("View Comments", "blog comments powered by Disqus", "Show all 12 comments")) {
            ExtractedArticle a = extractor.fromText(String.join("\n", "Parise scores 2 goals as Wild beat Sabres",
                    "By Bill Hoppe", "November 19, 2019", first, second, label, teaser, teaser.replace("Buffalo", "Ohio")));

            assertEquals(first + "\n\n" + second, a.body(), label);
        }
    }

    @Test
    void commentsPostedSomeDaysAgoAreNotTakenForAPastedArticle() {
        String first = "Following the 16-inch MacBook Pro, Apple plans to release a new 13-inch MacBook Pro with a "
                + "scissor switch keyboard in the first half of 2020, according to a new report.";
        String second = "The report claims the display size will remain 13.3 inches, although given the source we would "
                + "not completely rule out hopes of a slightly larger display with slimmer bezels.";
        String comment = "I think we'll see similar updates to what the 16 inch model received, because the bezels on "
                + "the 13 inch are large and a 14 inch display makes sense along with the new keyboard.";
        List<String> page = new ArrayList<>(List.of("Apple to release 13-inch MacBook Pro with scissor keyboard in 2020",
                "By Joe Rossignol", "November 18, 2019", first, second, "Top Rated Comments", "(View all)"));
        String[][] writers = {{"Nick A", "2 days ago at 07:47 am"}, {"Woyzeck", "2 days ago at 07:50 am"},
                {"Tjedora", "Yesterday at 7:51 pm"}, {"Mike S", "3 hours ago at 08:12 am"}};
        for (String[] writer : writers) {
            page.addAll(List.of(writer[0], writer[1], comment, comment.replace("bezels", "borders"),
                    comment.replace("large", "wide"), "Rating: 25 Votes"));
        }
        ExtractedArticle a = extractor.fromText(String.join("\n", page));

        assertEquals(first + "\n\n" + second, a.body());
    }

    @Test
    void theRepliesUnderAPastedArticlesFirstCommentAreNotTheArticleThoughTheirHeadersGiveNoTime() {
        String summary = "Elite computer science degrees are no longer a guaranteed route into tech jobs, as coding tools "
                + "cut the demand for entry-level engineers and hiring concentrates on a few senior people.";
        String quote = "\"There's definitely a very dreary mood on campus,\" said a recent graduate who asked not to be "
                + "named, adding that many classmates are still looking for work months after graduation.";
        String reply = "More than twenty years wearing various tech hats with a heavy emphasis on security and code, and "
                + "I have had the same experience: the tools go the wrong way and then give up on the problem entirely.";
        List<String> page = new ArrayList<>(List.of("Computer Science Grads Find Their Degrees No Longer Guarantee Jobs",
                "Posted by BeauHD on Friday December 19, 2025 @08:00PM from the skewed-job-market dept.", summary, quote,
                "Post", "Load All Comments", "Search 87 Comments Log In/Create an Account",
                "Can confirm... (Score:5, Informative)",
                "by Tschaine ( 10502969 ) on Saturday December 20, 2025 @01:16AM (#65870655)",
                reply.replace("twenty", "thirty"), "Reply to This Parent Share", "twitter facebook",
                "Flag as Inappropriate", "Not so fast (Score:4, Insightful)",
                "by Mspangler ( 770054 ) on Friday December 19, 2025 @08:12PM (#65870313)",
                reply.replace("twenty", "forty"), "Reply to This Parent Share", "twitter facebook",
                "Flag as Inappropriate"));
        for (String writer : List.of("Shaitan ( 22585 )", "ozmartian ( 5754788 )")) {
            page.addAll(List.of("Re: (Score:1)", "by " + writer, reply, reply.replace("security", "networks"),
                    reply.replace("code", "servers"), reply.replace("tools", "assistants"),
                    reply.replace("entirely", "altogether"), "twitter facebook", "Flag as Inappropriate"));
        }
        ExtractedArticle a = extractor.fromText(String.join("\n", page));

        assertEquals(summary + "\n\n" + quote, a.body());
    }

    @Test
    void aPastedNewsletterKeepsItsTextOverAWallOfTestimonialsJoinedToIt() {
        String[] text = {
            "Thank you for joining the newsletter, a monthly letter with science and science-related tools for everyday "
                    + "life, and this month it is about training.",
            "In the latest episode I outline a foundational fitness protocol that covers strength, endurance and "
                    + "flexibility in one week of short and regular sessions.",
            "Two principles for resistance training will help you get the most out of the protocol, whatever your "
                    + "age and your experience with weights so far."};
        String quote = "Incredible content rooted in science with actionable steps to improve your life, thank you so "
                + "much for all of this.";
        List<String> page = new ArrayList<>(List.of("Newsletter", "Foundational Fitness Protocol", "November 2, 2022",
                "Menu", "In the world's most popular health podcast, the host explores science and science-based tools "
                        + "for everyday life with a new guest every week.", "Search", "Log In", "Subscribe",
                "Become a Member", "Close"));
        page.addAll(List.of(text));
        page.addAll(List.of("Best wishes,", "Andrew", "Subscribe"));
        for (String writer : List.of("Stacey", "TeeLox23", "Learning kate", "Lora D.", "Amy C.", "Colten V")) {
            page.addAll(List.of(quote.replace("your", writer.length() + " more parts of my"), writer));
        }
        ExtractedArticle a = extractor.fromText(String.join("\n", page));

        assertTrue(a.body().startsWith(String.join("\n\n", text)), a.body());
        assertFalse(a.body().contains("Incredible content"), a.body());
    }

    @Test
    void theSubtitleBetweenAPastedHeadlineAndItsBylineIsNotTheTitleNorIsABreadcrumbOverTheHeadline() {
        String first = "AI coding assistants became game-changers this year, and the workflow I am going into 2026 with "
                + "takes a plan, small steps and a habit of reading every line the assistant writes for you.";
        String second = "These are my best practices for staying in control: a short written spec, a plan from the "
                + "model before any code, and each change small enough to review in a few minutes at most.";
        String substack = String.join("\n", "Subscribe", "My LLM coding workflow going into 2026",
                "Best practices for staying in control while coding with AI", "Addy Osmani", "Dec 18, 2025", first,
                second);
        ExtractedArticle a = extractor.fromText(substack);
        assertEquals("My LLM coding workflow going into 2026", a.title());
        assertEquals(List.of("Addy Osmani"), a.authors());

        String headline = "Ascom and Draeger introduce an alarm management solution in North America for patient care";
        String release = String.join("\n", "Home News Business News " + headline, headline, "Dana Smith",
                "Nov 19, 2019", first, second);
        assertEquals(headline, extractor.fromText(release).title(), "not the breadcrumb that ends in it");
    }

    @Test
    void headingsAndPromptsThatRepeatOnAPastedPageAreNoBylineButAPersonsNameIs() {
        String first = KETTLES_TESTED;
        String second = KETTLES_BEST;
        String kettle = "The kettle pours precisely, and what we like about it is the hold function, which keeps the "
                + "water hot for an hour while you contact us or get started on breakfast.";
        String text = String.join("\n", "Home", "The Best Electric Kettles of 2025", "Jesse Porter", "Jesse Porter",
                "December 2, 2025", "Contact Us", first, second, "What We Like", kettle, "What We Like",
                kettle.replace("hour", "evening"), "Contact Us");
        assertEquals(List.of("Jesse Porter"), extractor.fromText(text).authors());

        String unsigned = text.replace("Jesse Porter\nJesse Porter\n", "");
        assertEquals(List.of(), extractor.fromText(unsigned).authors(), "no heading or prompt for an author");
    }

    @Test
    void aLabelledBylineAndADatelineAwayFromThePastedHeadlineAreRead() {
        String first = "Email marketing still returns more for each dollar than any other channel, and the teams that "
                + "do it best write less often, to fewer people, about things those people asked to hear.";
        String second = "Start with the list: remove the addresses that have not opened a message in a year, and ask "
                + "everyone who stays what they want to hear about and how often they want to hear it.";
        List<String> page = new ArrayList<>(List.of("Blog", "Written by Camila Karalyte", "Content Marketer"));
        for (int k = 1; k <= 12; k++) {
            page.add("Related guide number " + k);
        }
        page.addAll(List.of("Email Marketing Best Practices for 2025", first, second));
        ExtractedArticle a = extractor.fromText(String.join("\n", page));

        assertEquals("Email Marketing Best Practices for 2025", a.title());
        assertEquals(List.of("Camila Karalyte"), a.authors());
        assertNull(a.publishedAt());
        page.add(2, "Tuesday February 11 2025");
        assertEquals(LocalDate.of(2025, 2, 11), extractor.fromText(String.join("\n", page)).publishedAt().toLocalDate(),
                "the dateline in the author's box");
        List<String> dated = new ArrayList<>(page);
        dated.set(1, "Published August 7, 2023 by Nicole Burke");
        dated.remove(2);
        dated.remove(2);
        ExtractedArticle d = extractor.fromText(String.join("\n", dated));
        assertEquals(LocalDate.of(2023, 8, 7), d.publishedAt().toLocalDate());
        assertEquals(List.of("Nicole Burke"), d.authors(), "the byline in the dateline");
        String menu = String.join("\n", page).replace("Written by Camila Karalyte", "Browse By Event Type")
                + "\nEvery event type has a guide of its own.";
        assertEquals(List.of(), extractor.fromText(menu).authors(), "a menu's label is no byline");
    }

    @Test
    void theCreditThatClosesAPastedArticleNamesItsWriter() {
        String first = "Patients who get reminders by text message miss fewer appointments, and practices that send "
                + "them two days ahead see the largest drop in the seats left empty in the waiting room.";
        String second = "The reminders work best when a patient can answer them, confirming or moving the visit with "
                + "one reply, so that the practice can offer the free time to someone on its waiting list.";
        for (String credit : List.of("This post was written by Danielle Padula, Head of Marketing and Community",
                "Written by Danielle Padula")) {
            String text = String.join("\n", "Blog", "How Text Reminders Cut Missed Appointments", first, second, credit,
                    "Share this post", "Related posts");
            assertEquals(List.of("Danielle Padula"), extractor.fromText(text).authors(), credit);
        }
        String lead = String.join("\n", "Blog", "How Text Reminders Cut Missed Appointments",
                "By: Benjamin Johnson, Sr. Director of Operations, Atlas Van Lines - 10+ Years in the Industry", first,
                second);
        ExtractedArticle a = extractor.fromText(lead);
        assertEquals(List.of("Benjamin Johnson"), a.authors(), "a byline with a long role");
        assertEquals(first + "\n\n" + second, a.body());
    }

    @Test
    void aNoticeJoinedToThePastedArticleOverItsHeadlineIsNotItsText() {
        String notice = "Message your doctor, book appointments, pay bills and view your test results in one place, "
                + "on your phone or your computer, with the free patient portal of our clinics.";
        String first = "Few subjects draw as many myths as food, and some of the most common ones keep people from "
                + "eating things that are good for them, from eggs to frozen vegetables and bread.";
        String second = "Eggs do raise cholesterol in some people, but for most of us an egg a day is fine, and frozen "
                + "vegetables keep as many of their vitamins as fresh ones bought days before.";
        String text = String.join("\n", "Home", notice, "Careers", "News Items", "9 Common Food Myths Debunked",
                "March 20, 2023 | Wellness & Prevention", first, second);
        ExtractedArticle a = extractor.fromText(text);

        assertEquals("9 Common Food Myths Debunked", a.title());
        assertEquals(LocalDate.of(2023, 3, 20), a.publishedAt().toLocalDate());
        assertEquals(first + "\n\n" + second, a.body());
    }

    @Test
    void aSentenceCaseSubtitleUnderAPastedHeadlineIsNotTheTitle() {
        String first = "Breath meditation, body scans and yoga nidra all aim at the same thing: a calmer mind that "
                + "notices what happens in it without being carried away by every thought that comes.";
        String second = "Studies of people who meditate for ten minutes a day found lower stress within weeks, and "
                + "better sleep for many of those who had slept badly for years before they began.";
        String text = String.join("\n", "Health", "What Meditation Can Do for You (and How To Get Started)",
                "From breath meditation to yoga nidra, all types of meditation aim to help you feel calmer",
                "By Jane Roe", "May 2, 2024", first, second);
        ExtractedArticle a = extractor.fromText(text);

        assertEquals("What Meditation Can Do for You (and How To Get Started)", a.title());
        assertEquals(first + "\n\n" + second, a.body());
    }

    @Test
    void pageFurnitureInAPastedHeaderIsNeitherTitleNorAuthor() {
        for (String furniture : List.of("Link copied to clipboard!", "Press enter or click to view image in full size",
                "Tags: search optimization engine", "Topic: Personal Finances Saving Money Budgeting",
                "Start your 14-day free trial with GlossGenius today!", "Start free trial Get in touch",
                "Add SoundGuys on Google", "See Userpilot in Action", "Typical Range: $876 - $1,042",
                "Revenue: $2.4 billion", "Battery life: 7+ hours")) {
            assertTrue(HeaderLines.notHeadline(furniture), furniture);
        }
        for (String headline : List.of("Tag Heuer launches its first solar watch", "Start-ups flock to Lisbon",
                "Topics that matter to voters this year", "Get in touch with your inner child: why play matters",
                "Fitness Trends 2025: 9 Things to Keep an Eye On", "Apple earnings: $90 billion in a quarter")) {
            assertFalse(HeaderLines.notHeadline(headline), headline);
        }
        String first = "Enterprises of all sizes have data pouring in faster than ever, and the tools that read it as it "
                + "arrives have become the way many of them keep their decisions as current as their data.";
        String second = "Getting to real time at scale still depends on clean integration and dependable data quality, "
                + "which is why the platforms below are compared on those before anything else.";
        String text = String.join("\n", "Data", "Top 10 Real-Time Data Analytics Platforms for 2025", "Megan Berry",
                "21 October 2025", "Add TechSite on Google", first, second);

        assertEquals(List.of("Megan Berry"), extractor.fromText(text).authors(), "a prompt next to the date is no name");
    }

    @Test
    void aPastedBylineLabelOnItsOwnLineGivesTheNameUnderIt() {
        String first = "From flocked wallpaper in the seventies to mirrored walls in the eighties, every decade has had "
                + "a look that later seemed dated, and this year's renovations are no different in that.";
        String second = "What is new is that design decisions are guided by more than looks: owners ask how a material "
                + "wears, what it costs to keep and whether it will still suit the house in ten years.";
        String headline = "2025 Renovation Trends and Why They Are Smart";
        for (String name : List.of("Great Day Editorial Team", "Jane Roe")) {
            String text = String.join("\n", "Design Style", headline, "By:", name, "Design Style", "8/1/2025", first,
                    second);
            ExtractedArticle a = extractor.fromText(text);

            assertEquals(headline, a.title(), name);
            assertEquals(List.of(name), a.authors());
            assertEquals(first + "\n\n" + second, a.body());
        }
        String menu = String.join("\n", "Shop", headline, "By", "Wedding ChecklistsJust EngagedWedding Planning",
                "Jane Roe", "Jane Roe", first, second);
        assertEquals(List.of("Jane Roe"), extractor.fromText(menu).authors(), "no menu run together under the label");
    }

    @Test
    void aPastedPublicationDateUnderTheArticleIsReadWhenItIsThePagesOnlyOne() {
        String first = CLINICS_AI;
        String second = CLINICS_TIME;
        String article = String.join("\n", "All Insights", "The Benefits of AI for Patients and Clinicians", first,
                second, "Published", "August 30, 2024", "Author", "Lisa D. Ellis");
        assertEquals(LocalDate.of(2024, 8, 30), extractor.fromText(article).publishedAt().toLocalDate());

        String labelled = String.join("\n", "The Benefits of AI for Patients and Clinicians", first, second,
                "Subscribe to our newsletter", "Published August 13, 2025");
        assertEquals(LocalDate.of(2025, 8, 13), extractor.fromText(labelled).publishedAt().toLocalDate());

        String teasers = String.join("\n", "The Benefits of AI for Patients and Clinicians", first, second,
                "More articles", "How nurses use AI", "Posted on March 3, 2025", "AI in radiology",
                "Posted on April 9, 2025");
        assertNull(extractor.fromText(teasers).publishedAt(), "the dates of other articles listed under it");
    }

    @Test
    void aPastedLastChangeUnderTheArticleDatesItWhenNothingElseDoes() {
        String first = CLINICS_AI;
        String second = CLINICS_TIME;
        String modified = String.join("\n", "The Benefits of AI for Patients and Clinicians", first, second,
                "Page last modified Jan. 17, 2025 @ 01:39 PM EST", "Contact us");
        ExtractedArticle a = extractor.fromText(modified);
        assertEquals(LocalDate.of(2025, 1, 17), a.modifiedAt().toLocalDate());
        assertEquals(LocalDate.of(2025, 1, 17), a.publishedAt().toLocalDate(), "the page's only day of its own");
        String study = "The study behind these tools, published on March 3, 2024, followed two thousand patients over "
                + "two years and found fewer missed diagnoses where clinicians had the help.";
        String footer = String.join("\n", "The Benefits of AI for Patients and Clinicians", first, second, study,
                "Content current as of:", "09/25/2025", "Contact us");
        assertEquals(LocalDate.of(2025, 9, 25), extractor.fromText(footer).modifiedAt().toLocalDate(),
                "the label's day, not one the text names");

        String published = String.join("\n", "The Benefits of AI for Patients and Clinicians", first, second,
                "Published August 13, 2025", "Last updated: September 2, 2025");
        assertEquals(LocalDate.of(2025, 8, 13), extractor.fromText(published).publishedAt().toLocalDate(),
                "a publication's label comes first");

        String teasers = String.join("\n", "The Benefits of AI for Patients and Clinicians", first, second,
                "More articles", "How nurses use AI", "Last updated March 3, 2025", "AI in radiology",
                "Last updated April 9, 2025");
        assertNull(extractor.fromText(teasers).modifiedAt(), "the last changes of other articles listed under it");
        assertNull(extractor.fromText(teasers).publishedAt());
    }

    @Test
    void theSitesNoteOnItsAffiliateLinksOverAPastedArticleIsNotItsText() {
        String first = KETTLES_TESTED;
        String second = KETTLES_BEST;
        String note = "We independently review everything we recommend. When you buy through our links, we may earn a "
                + "commission.";
        ExtractedArticle a = extractor.fromText(String.join("\n", "Reviews", "The Best Electric Kettles of 2026",
                note, first, second));

        assertEquals("The Best Electric Kettles of 2026", a.title());
        assertEquals(first + "\n\n" + second, a.body());
    }

    @Test
    void aLongPastedHeadlineWithAnAbbreviationsStopIsNoProse() {
        String first = "With January around the corner, you may already be focused on figuring out your health goals "
                + "for next year, and the trends of this one show what people kept doing once they started.";
        String second = "Group classes came back, walking became a workout of its own, and more people gave themselves "
                + "a break from the plans that had made them quit the year before.";
        String headline = "The No. 1 most popular workout of 2024 and 5 fitness trends to expect in the new year";
        ExtractedArticle a = extractor.fromText(String.join("\n", "Diet & Fitness", headline,
                "This year's top workout trends included getting back to group activities and giving yourself a break.",
                "Updated Dec. 23, 2024, 1:24 PM EST", "Nicoletta Richardson", first, second));

        assertEquals(headline, a.title());
    }

    @Test
    void aPastedHeadlineEndingInADottedAbbreviationIsNoSentence() {
        String first = "After more than two years of stiff competition and fast-rising prices, the housing market "
                + "slowed this year, and buyers in most cities found more homes to choose from than before.";
        String second = "Demand has rebounded in a few markets, driven by jobs and by prices that stayed within reach, "
                + "and those are the markets this study ranks first for the coming year.";
        String headline = "The Hottest Real Estate Markets in the U.S.";
        ExtractedArticle a = extractor.fromText(String.join("\n", "Home", "Research", headline, headline,
                "Jonathan Jones", "Last Updated Nov 6, 2025", first, second));

        assertEquals(headline, a.title());
        assertEquals(List.of("Jonathan Jones"), a.authors());
    }

    @Test
    void anAudioPlayersTimesAndAShareBarsMarksDoNotHideAPastedHeadline() {
        String first = "Being a freelance web developer can give you more flexibility and greater control over your "
                + "career, and you can choose whether you want to build the front end, the back end or both.";
        String second = "The steps below take you from the skills clients ask for to the portfolio that shows them, "
                + "and on to the first contract and the rates that keep the work coming.";
        String headline = "8 Steps To Become a Freelance Web Developer in 2026";
        String page = String.join("\n", "13 Min Read", headline,
                "Learn how to start your career as a freelance web developer and get insights that will help you.",
                "The Upwork Team", "Published", "|", "Oct 10, 2025", "The Upwork Team", "Published", "|",
                "Oct 10, 2025", "Share:", "Listen to the audio version", "13:47", "/", "19:15", "1x", first, second);

        assertEquals(headline, extractor.fromText(page).title());
    }

    @Test
    void aTableOfFiguresInAPastedArticleDoesNotPartItsText() {
        String first = "Deciding how much to tip at a restaurant can feel like solving a math problem on the spot, "
                + "especially after a long dinner with friends when the bill arrives all at once.";
        String second = "To make it easier, this chart shows what ten, fifteen and twenty percent come to across a range "
                + "of bill totals, so that the figure is there when the card machine asks for it.";
        String third = "By applying these figures you contribute to a culture of respect for the people who serve you, "
                + "and you leave the table knowing that the tip matched the service you had.";
        // a row of three figures or more, or of figures alone ("$10.00 $1.50")
        for (String row : List.of("$%d.00 $%.2f $%.2f $%.2f", "$%d.00 $%.2f")) {
            List<String> page = new ArrayList<>(List.of("Home", "Blog", "Pricing", "How Much to Tip at Restaurants",
                    first, second, "Bill Total 10% 15% 20%"));
            for (int dollars = 10; dollars <= 100; dollars += 5) {
                page.add(String.format(Locale.ROOT, row, dollars, dollars * 0.10, dollars * 0.15, dollars * 0.20));
            }
            page.addAll(List.of("Why Use a Tip Chart?", third, "Related posts", "Subscribe"));
            ExtractedArticle a = extractor.fromText(String.join("\n", page));

            assertEquals("How Much to Tip at Restaurants", a.title(), row);
            assertTrue(a.body().startsWith(first + "\n\n" + second + "\n\nBill Total 10% 15% 20%"), a.body());
            assertTrue(a.body().endsWith("Why Use a Tip Chart?\n\n" + third), a.body());
        }
    }

    @Test
    void aPastedDatelineFarFromTheHeadlineIsReadWhenItIsTheOnlyDayThePageNames() {
        String first = CLINICS_AI;
        String second = CLINICS_TIME;
        List<String> page = new ArrayList<>(List.of("The Benefits of AI for Patients and Clinicians", first, second,
                "Share this article", "Friday, December 19, 2025", "Related topics", "Health", "Technology"));
        assertEquals(LocalDate.of(2025, 12, 19), extractor.fromText(String.join("\n", page)).publishedAt().toLocalDate());

        page.add("Offer ends January 31, 2026");
        assertNull(extractor.fromText(String.join("\n", page)).publishedAt(), "the page names another day too");

        page.remove(page.size() - 1);
        page.set(4, "Last updated: Friday, December 19, 2025");
        assertNull(extractor.fromText(String.join("\n", page)).publishedAt(), "the last change's day");
    }

    @Test
    void aPastedHeadlineWrittenAsASentenceIsTheTitleNotTheMenuOverIt() {
        String first = "Fishing crews in the northern harbour towns returned to sea on Tuesday after the council agreed "
                + "a new quota for the winter season, ending a dispute that had kept boats tied up.";
        String second = "The agreement sets the catch for each boat and lets the council review it in March, when the "
                + "first figures of the season will show whether the stocks have recovered.";
        String headline = "Fishing crews return to sea after quota deal";
        for (String under : List.of("", "\nAnna Berg\nJanuary 15, 2025")) {
            String text = String.join("\n", "Home News Business Sport Contact", headline + under, first, second);
            ExtractedArticle a = extractor.fromText(text);

            assertEquals(headline, a.title(), "not the menu over a headline in small letters: " + under);
            assertEquals(first + "\n\n" + second, a.body());
        }
    }

    @Test
    void aPastedHeadlineThePageWritesTwiceIsTheTitleNotTheSubtitleUnderIt() {
        String first = "When it comes to choosing a professional education path, it is important to understand the "
                + "difference between a certificate and a certification, and what each may offer you.";
        String second = "A certificate confirms that you completed a course or a program of study, while a "
                + "certification confirms that you passed an exam set by the body that awards it.";
        String subtitle = "What is the Difference and Which is Right for You?";
        String breadcrumb = String.join("\n", "Courses", "Home", "Certificate vs Certification",
                "Certificate vs Certification", subtitle, first, second);
        assertEquals("Certificate vs Certification", extractor.fromText(breadcrumb).title(),
                "the breadcrumb's last item and the headline under it");

        String capitals = String.join("\n", "Courses", "Certificate or Certification for You",
                "CERTIFICATE OR CERTIFICATION FOR YOU", first, second);
        assertEquals("Certificate or Certification for You", extractor.fromText(capitals).title(),
                "the headline, not its copy in capitals");

        String menu = String.join("\n", "Contact Us", "Contact Us", subtitle, first, second);
        assertEquals(subtitle, extractor.fromText(menu).title(), "a menu item the page repeats is no headline");

        // printed three times over its standfirst, the headline needs no word of the article
        String thrice = String.join("\n", "Breadcrumb", "Life", "Paper 101: Knowing the basics",
                "Paper 101: Knowing the basics", "Paper 101: Knowing the basics",
                "A guide to the kinds of proof a course gives, how employers read them, and why the choice matters",
                "By The Campus editors", "12.12.2025", first, second);
        ExtractedArticle a = extractor.fromText(thrice);
        assertEquals("Paper 101: Knowing the basics", a.title(), "not the standfirst");
        assertEquals(first + "\n\n" + second, a.body());
    }

    @Test
    void aPastedHeadlineWrittenAsASentenceOverALongSubtitleIsTheTitle() {
        String first = "Building a professional website is essential for any small business that wants to be found, "
                + "and the builders on offer differ more in what they cost over time than in what they can do.";
        String second = "We compare the builders on the market by building the same shop on each, to help you find the "
                + "right platform and create a presence online for what it costs, in hours and in fees.";
        String headline = "The best 4 website builders for small business";
        String subtitle = "We compare 4 of the best website builders on the market to help you find the right "
                + "platform to create an online presence";
        ExtractedArticle a = extractor.fromText(String.join("\n", "Reviews", headline, subtitle, first, second));

        assertEquals(headline, a.title());
        assertEquals(first + "\n\n" + second, a.body());

        String kicker = String.join("\n", "Reviews", "Small business", subtitle, first, second);
        assertEquals(subtitle, extractor.fromText(kicker).title(), "a section's label of two words is no headline");

        String credited = String.join("\n", "Reviews", headline, subtitle, "Contributors: Janet Loughrey", first, second);
        assertEquals(List.of("Janet Loughrey"), extractor.fromText(credited).authors(), "as the HTML path reads it");
    }

    @Test
    void theHeadlineOverTheBylineAndDateIsTheTitleNotTheCategoriesOrPromotionUnderThem() {
        String first = "Scientific advances in psychiatry are giving doctors new ways to tailor treatment to each "
                + "patient, from genetic tests that predict how a drug will work to apps that track mood.";
        String second = "Psychiatry has long relied on trial and error, and the latest trends in care promise to "
                + "shorten the months that patients and families spend waiting for a treatment that works.";
        String categories = String.join("\n\n", "Blog", "What Are the Latest Scientific Trends in Psychiatry?",
                "By Dana Smith", "December 24, 2024", "Patients and Families, Technology, Outlook", first, second);
        ExtractedArticle a = extractor.fromText(categories);

        assertEquals("What Are the Latest Scientific Trends in Psychiatry?", a.title(), "not the categories under it");
        assertEquals(List.of("Dana Smith"), a.authors());
        assertEquals(LocalDate.of(2024, 12, 24), a.publishedAt().toLocalDate());

        String promoted = String.join("\n\n", "Sign in", "Book a demo today", "Psychiatry Trends to Watch",
                "By Dana Smith", "December 24, 2024", "Monday newsletters bring you the trends we watch.",
                "Get the Newsletter for Practice Owners Now", first, second);
        assertEquals("Psychiatry Trends to Watch", extractor.fromText(promoted).title(),
                "not the promotion under the byline, nor the call to act over the headline");
    }

    @Test
    void bylinesPastedAsTextAreReadWhereverTheHeaderPutsThem() {
        String first = "Electricians rely on more than skills, and the right tools can make or break a project on any "
                + "job site, as every crew that has worked without them will tell you.";
        String second = "A multimeter is the backbone of every toolkit: it measures voltage, current and resistance, "
                + "so you can find faults quickly and work on live circuits with more confidence.";
        Map<List<String>, List<String>> headers = new LinkedHashMap<>();
        headers.put(List.of("51 Must-Have Electrician Tools", "October 11, 2023 by Autumn Huerter"),
                List.of("Autumn Huerter"));
        headers.put(List.of("51 Must-Have Electrician Tools", "ByNina Pineda", "Friday, November 14, 2025"),
                List.of("Nina Pineda"));
        headers.put(List.of("51 Must-Have Electrician Tools", "By Korin MillerPublished: Jan 29, 2025",
                "Tanja Ivanova//Getty Images"), List.of("Korin Miller"));
        headers.put(List.of("51 Must-Have Electrician Tools", "Last updated", "Aug 04, 2025", "Written by",
                "Edzel Tabing"), List.of("Edzel Tabing"));
        headers.put(List.of("Tom Talbot October 14, 2025", "Blog", "51 Must-Have Electrician Tools"),
                List.of("Tom Talbot"));
        headers.put(List.of("51 Must-Have Electrician Tools", "May 18, 2023 By Sara Harberson In"),
                List.of("Sara Harberson"));
        headers.put(List.of("Order Now", "Andrew King", "September 4, 2025", "5:50 am", "51 Must-Have Electrician Tools"),
                List.of("Andrew King"));
        headers.put(List.of("51 Must-Have Electrician Tools", "by: Ziyi Xu, Dec 17, 2025"), List.of("Ziyi Xu"));
        headers.put(List.of("51 Must-Have Electrician Tools", "Reviewed by Jane Roe", "By Sam Doe", "Fact checked by Ann Lee",
                "Aug 04, 2025"), List.of("Sam Doe"));
        headers.put(List.of("51 Must-Have Electrician Tools", "By", "The Investopedia Team", "Full Bio",
                "Updated September 28, 2025"), List.of("The Investopedia Team"));
        headers.put(List.of("51 Must-Have Electrician Tools", "Von Moritz Bachmann publiziert am 25. September 2018"),
                List.of("Moritz Bachmann"));
        headers.put(List.of("All Insights", "May 20, 2025", "51 Must-Have Electrician Tools", "Email Facebook Pinterest X"),
                List.of());
        // a label or heading next to the date is no person, when all its words are words that are never names
        headers.put(List.of("51 Must-Have Electrician Tools", "Last Modified: August 08, 2023"), List.of());
        headers.put(List.of("51 Must-Have Electrician Tools", "Safety Alert", "May 20, 2025"), List.of());
        headers.put(List.of("51 Must-Have Electrician Tools", "Colin Gray", "May 20, 2025"), List.of("Colin Gray"));
        // a surname that begins like a month is no month ("Mar", "Jul"), nor is a month that is a name's last word
        headers.put(List.of("51 Must-Have Electrician Tools", "By Arlene Marturano", "May 20, 2025"),
                List.of("Arlene Marturano"));
        headers.put(List.of("51 Must-Have Electrician Tools", "Written By: Tom May", "15 December 2025"),
                List.of("Tom May"));
        headers.put(List.of("51 Must-Have Electrician Tools", "By Jane Julian 5 min read", "May 20, 2025"),
                List.of("Jane Julian"));
        headers.put(List.of("51 Must-Have Electrician Tools", "Jane Doe January 11, 2025"), List.of("Jane Doe"));
        headers.put(List.of("51 Must-Have Electrician Tools", "By PATRICK HEALY and ALEXANDER BURNSAUG. 24, 2016"),
                List.of("Patrick Healy", "Alexander Burns"));
        headers.put(List.of("51 Must-Have Electrician Tools", "Written by: Colin Gray Colin Gray", "May 20, 2025"),
                List.of("Colin Gray"));
        headers.put(List.of("51 Must-Have Electrician Tools", "May 3, 2017 By Erin Spain 4 Comments"),
                List.of("Erin Spain"));
        headers.put(List.of("51 Must-Have Electrician Tools", "Posted on December 20, 2025 by Jean-Luc Aufranc - 5 Comments"),
                List.of("Jean-Luc Aufranc"));
        // a byline and a date between separators on one line: too long for a dateline, or its names not first
        headers.put(List.of("51 Must-Have Electrician Tools",
                "By Scott Levine – Updated Sep 9, 2025 at 1:00 PM EST | Fact-checked by Frank Bass"), List.of("Scott Levine"));
        headers.put(List.of("51 Must-Have Electrician Tools", "0 · by Dennis Moons · Updated on 8 January 2026"),
                List.of("Dennis Moons"));
        headers.put(List.of("51 Must-Have Electrician Tools", "Story by Jane Doe • 2h", "May 20, 2025"), List.of("Jane Doe"));
        // a name after the date, with its "by" or alone
        headers.put(List.of("51 Must-Have Electrician Tools",
                "Published: Mar 8, 2024 · Modified: May 19, 2025 by Jessica Robinson · This post may contain affiliate links"),
                List.of("Jessica Robinson"));
        headers.put(List.of("51 Must-Have Electrician Tools", "Dec 26, 2025 • Mahua Das in Project Management"),
                List.of("Mahua Das"));
        // the day it was updated and the section run into the line, as a page copied as text may give them
        headers.put(List.of("51 Must-Have Electrician Tools",
                "On January 12, 2025January 22, 2025 By Gabby BoucherIn Budget Travel, Travel Tips"),
                List.of("Gabby Boucher"));
        headers.put(List.of("51 Must-Have Electrician Tools", "Dec 19, 2025 • Friday Philosophy"), List.of());
        headers.forEach((header, authors) -> {
            List<String> page = new ArrayList<>(List.of("Home", "Blog"));
            page.addAll(header);
            page.addAll(List.of(first, second));
            ExtractedArticle a = extractor.fromText(String.join("\n\n", page));
            assertEquals(authors, a.authors(), String.join(" / ", header));
            assertEquals("51 Must-Have Electrician Tools", a.title(), String.join(" / ", header));
            assertNotNull(a.publishedAt(), String.join(" / ", header));
        });
    }

    @Test
    void theBylineInADatelineOverShareButtonsIsRead() {
        String text = String.join("\n\n", "Home", "Recipes", "Beginners Sourdough Bread Recipe",
                "Published: Mar 8, 2024 · Modified: May 19, 2025 by Jessica Robinson · This post may contain affiliate links",
                "1.1K shares", "Facebook", "Email", "Jump to Recipe Jump to Video",
                "Beginners sourdough bread uses simple ingredients, has a crusty exterior, an airy crumb and a wonderful "
                        + "tangy flavour, and it needs no more than flour, water, salt and a lively starter.",
                "This recipe is perfect for beginners: its dough is low in hydration, easy to handle and simple to shape, "
                        + "and it bakes in a Dutch oven that traps the steam for a crisp crust.",
                "Feed the starter the night before, so that it is bubbly and doubled in size when you mix the dough in "
                        + "the morning; a sluggish starter gives a dense loaf.");
        ExtractedArticle a = extractor.fromText(text);

        assertEquals("Beginners Sourdough Bread Recipe", a.title());
        assertEquals(List.of("Jessica Robinson"), a.authors());
        assertEquals(LocalDate.of(2024, 3, 8), a.publishedAt().toLocalDate());
    }

    @Test
    void aNameAloneUnderAHeadlineIsReadInEnglishOnly() {
        String text = String.join("\n\n", "Portada", "Sociedad", "Los recortes alargan las listas de espera",
                "Enviar Imprimir",
                "Los recortes pasan factura a los pacientes: de diciembre de 2010 a junio de 2012 las listas de espera "
                        + "para operarse aumentaron un 125 por ciento en las comunidades que dieron sus datos.",
                "Hay más ciudadanos aguardando y durante más tiempo, porque el plazo de demora media también ha crecido, "
                        + "de 32 a 72 días, según los datos que ha analizado este periódico.");
        ExtractedArticle a = extractor.fromText(text);

        assertEquals("Los recortes alargan las listas de espera", a.title());
        assertEquals(List.of(), a.authors(), "'Enviar Imprimir' is 'Send Print'");
    }

    @Test
    void aDateWithADotAfterItsDayOrItsMonthOrAReadingTimeGluedToItsYearIsRead() {
        String first = CAR_RENTAL;
        String second = CAR_PRICE;
        for (String dateline : List.of("December 19. 2025", "Dec 19, 20255 mins")) {
            ExtractedArticle a = extractor.fromText(String.join("\n\n", "Home", "7 Vital Tips on How to Rent a Car",
                    "By Sam Doe", dateline, first, second));
            assertEquals(LocalDate.of(2025, 12, 19), a.publishedAt().toLocalDate(), dateline);
            assertEquals(List.of("Sam Doe"), a.authors(), dateline);
        }
        ExtractedArticle ap = extractor.fromText(String.join("\n\n", "Home", "7 Vital Tips on How to Rent a Car",
                "By Sam Doe", "Sept. 19, 2025", first, second));
        assertEquals(LocalDate.of(2025, 9, 19), ap.publishedAt().toLocalDate(), "AP's abbreviation of September");
    }

    @Test
    void aLongPastedBylineWithItsDayAfterTheNamesGivesBoth() {
        String first = "The man believed to be responsible for the explosion in Manhattan on Saturday night was taken "
                + "into custody on Monday after a gunfight with the police in Linden, New Jersey.";
        String second = "The arrest came hours after the police sent a cellphone alert to millions of people in the region "
                + "asking them to look out for him, the first such alert used in a manhunt.";
        String text = String.join("\n", "N.Y. / Region", "Suspect Is Arrested in Manhattan and New Jersey Bombings",
                "By MARC SANTORA, WILLIAM K. RASHBAUM, AL BAKER and ADAM GOLDMANSEPT. 19, 2016",
                "Continue reading the main story Share This Page", "Continue reading the main story", "Video",
                "Blast Suspect Arrested", first, second);
        ExtractedArticle a = extractor.fromText(text);

        assertEquals(List.of("Marc Santora", "William K. Rashbaum", "Al Baker", "Adam Goldman"), a.authors());
        assertEquals(LocalDate.of(2016, 9, 19), a.publishedAt().toLocalDate());
    }

    @Test
    void aPastedPagesOnlyLabelledBylineFarFromItsHeadlineIsItsAuthors() {
        String first = "Low-code platforms promise apps without programmers, and for simple internal tools they mostly "
                + "deliver, letting an operations team build a form and a report in an afternoon.";
        String second = "The trouble starts when the app grows: the platform's limits show, and the team that built it "
                + "has to choose between working around them and starting again in real code.";
        List<String> page = new ArrayList<>(List.of("Blog", "Low-Code Development: When It Works", first, second));
        for (int k = 1; k <= 45; k++) {
            page.add("Related guide " + k); // the author's box far below the article
        }
        page.addAll(List.of("Written by Moses Kim and Kate Shokurova", "April 8, 2024"));
        assertEquals(List.of("Moses Kim", "Kate Shokurova"), extractor.fromText(String.join("\n", page)).authors());

        List<String> teasers = new ArrayList<>(page.subList(0, page.size() - 2));
        teasers.addAll(List.of("Related", "Why apps fail", "By Jane Roe", "Cloud costs explained", "By John Doe"));
        assertEquals(List.of(), extractor.fromText(String.join("\n", teasers)).authors(), "the writers of other articles");
        List<String> notice = new ArrayList<>(page.subList(0, page.size() - 2));
        notice.add("By using this site you agree to our Privacy Policy");
        assertEquals(List.of(), extractor.fromText(String.join("\n", notice)).authors(), "a notice");
    }

    @Test
    void aBloggerSigningWithOneNameAfterWrittenByIsTheAuthorButOneWordAfterABareByIsNot() {
        String first = "We have spent the equivalent of a month in Oklahoma City over five visits, and there is one "
                + "thing we love to do on our travels: eat our way through the city.";
        String second = "It was high time we wrote the dining guide to the city we wished we had on our first visit, "
                + "with the places we keep going back to.";
        String signed = String.join("\n", "Blog", "July 25, 2019", "The Best Restaurants in Oklahoma City",
                "Written by Kristin", first, second);
        assertEquals(List.of("Kristin"), extractor.fromText(signed).authors());

        String menu = String.join("\n", "Browse", "By Modality", "By Topic", "The Best Restaurants in Oklahoma City",
                first, second);
        assertEquals(List.of(), extractor.fromText(menu).authors());

        // next to its date, one word after a bare "By" is a name too
        String dated = String.join("\n", "Blog", "The Best Restaurants in Oklahoma City", "By Clay", "Mar 14, 2024",
                first, second);
        assertEquals(List.of("Clay"), extractor.fromText(dated).authors());
        String sameLine = String.join("\n", "Blog", "The Best Restaurants in Oklahoma City",
                "by Amanda · Dec 20, 2025 at 3:00 am · One comment so far", first, second);
        assertEquals(List.of("Amanda"), extractor.fromText(sameLine).authors(), "its date on the same line");
        String colon = String.join("\n", "Blog", "The Best Restaurants in Oklahoma City",
                "By: ShawnHymel | December 16, 2025 | Categories: Uncategorized", first, second);
        assertEquals(List.of("ShawnHymel"), extractor.fromText(colon).authors(), "after 'By:'");
        String labelAlone = String.join("\n", "Blog", "The Best Restaurants in Oklahoma City", "By", "Lauren",
                "Updated October 17, 2025", first, second);
        assertEquals(List.of("Lauren"), extractor.fromText(labelAlone).authors(), "under 'By' on a line of its own");
        // the byline block printed again under the article, for the next post: no table of contents' entries
        String again = String.join("\n", "Blog", "The Best Restaurants in Oklahoma City", "By", "Lauren",
                "Updated October 17, 2025", "Estimated reading time:", "1 minute", "Table of Contents",
                "1. Where to eat", "2. Where to drink", "Share this", first, "1. Where to eat", second,
                "2. Where to drink", first + " Again.", "By", "Lauren", "Updated October 17, 2025",
                first.replace("Oklahoma City", "Tulsa"));
        assertEquals(List.of("Lauren"), extractor.fromText(again).authors(), "its block printed again below");
        String comment = String.join("\n", "Blog", "The Best Restaurants in Oklahoma City", first, second,
                "by Tschaine ( 10502969 ) on Saturday December 20, 2025 @01:16AM");
        assertEquals(List.of(), extractor.fromText(comment).authors(), "a comment's, its number between");
    }

    @Test
    void aPastedHeadlineThatItsBreadcrumbNamesIsTheTitleWhateverStandsBetweenItAndTheText() {
        String first = "Most new boaters learn to dock in a quiet marina, but the first windy afternoon on a crowded "
                + "pontoon teaches more about docking than any calm morning.";
        String second = "Approach slowly, set the lines before you arrive, and use the wind: a boat that drifts onto "
                + "the pontoon is easier to hold than one that drifts off it.";
        List<String> page = List.of("Home » Guides » Docking Tips for New Boaters", "Docking Tips for New Boaters",
                "by", "Sam Reed", "16 min read", "Last updated:", "August 19, 2025", "See comments", "Sam Reed",
                "Sam Reed has sailed the Solent for twenty years and writes about boats and the sea.",
                "Our Boating Community", "1000+ Paid Members", "Learn why", "Email Newsletter",
                "Weekly tips on Boating", "Trusted by 100,000+ folks.", first, second);
        ExtractedArticle a = extractor.fromText(String.join("\n", page));
        assertEquals("Docking Tips for New Boaters", a.title());
        assertEquals(first + "\n\n" + second, a.body());

        // a trail's step cut short, on a line of its own, names the line under it that it starts
        List<String> cut = List.of("Home", "Guides", "Docking Tips for New Boaters on...",
                "Docking Tips for New Boaters on a Windy Pontoon", "The first windy afternoon teaches more than any calm "
                + "morning: here is how to use the wind instead of fighting it.",
                "Written by Dr Anna Berg, Dr Tom Veldman, Erik van Dijk", "Reviewed by Monika Novak", "16 minutes read",
                "As taught in the Full Sailing Academy", "4.66 Rating", first, second);
        assertEquals("Docking Tips for New Boaters on a Windy Pontoon", extractor.fromText(String.join("\n", cut)).title(),
                "not the promotion's line over the text");

        // a trail right over the text names the headline further up, over its byline and a sign-up box
        List<String> far = List.of("Boating", "Docking Basics for Older Sailors: Keeping the Pontoon Friendly",
                "The Harbour Team", "December 12, 2024", "4 minute read time", "Stay Connected",
                "Get News & Updates Directly To Your Inbox", "Sign up now",
                "Home » Blogs » Docking Basics for Older Sailors: Keeping the Pontoon Friendly", first, second);
        ExtractedArticle named = extractor.fromText(String.join("\n", far));
        assertEquals("Docking Basics for Older Sailors: Keeping the Pontoon Friendly", named.title());
        assertEquals(List.of("The Harbour Team"), named.authors());

        // a menu's trail whose last step is no line under it says nothing
        List<String> menu = List.of("Guides / Boats / Gear", "Docking Tips for New Boaters", first, second);
        assertEquals("Docking Tips for New Boaters", extractor.fromText(String.join("\n", menu)).title());

        // the headline a few lines under its trail, the blog's name, its tagline and the day between
        String tips = "These tips work on any pontoon, and the instructors at your marina will gladly show you more.";
        List<String> under = List.of("Find a Marina", "Search By ZIP Code", "Call Us", "Search",
                "| Resources | Blog | Docking Tips Guide", "Blog", "See the latest guides and videos for new boaters.",
                "FEBRUARY 12, 2024", "Docking Tips Guide", "Post Tags", "No Categories",
                "By: Sam Reed, Head Instructor", first, second, tips);
        ExtractedArticle guide = extractor.fromText(String.join("\n", under));
        assertEquals("Docking Tips Guide", guide.title(), "not the menu's item over the trail");
        assertEquals(String.join("\n\n", first, second, tips), guide.body());
    }

    @Test
    void aPastedListOfOtherStoriesWithTheirHeadlinesGluedToTheirTeasersIsNotTheArticle() {
        List<String> page = new ArrayList<>(List.of("News", "Latest Headlines"));
        page.addAll(List.of(
                "Harbour Master Retires After Forty Years On The QuayThe harbour master who saw the marina grow from "
                        + "six moorings to six hundred retired on Friday with a party on the quay.",
                "Customers Leave Without Paying For Their Fuel At The PontoonA party of six left the fuel pontoon "
                        + "without paying after an argument about the price of diesel on Sunday.",
                "Council To Mail Mooring Applications To 2,500 BoatersThe council will mail applications for the new "
                        + "moorings to every boater on its list before the end of the month.",
                "Is Sailing In Winter Worth The Cold?Sailing in winter is colder than most people think, but the "
                        + "empty water and steady winds make up for it, say the club's members.",
                "Weather", "More Weather", "Sports"));
        String first = "HARBOURTOWN (AP) — Two boaters were rescued from the water on Tuesday after their dinghy "
                + "capsized near the harbour entrance, the coastguard said.";
        String second = "Both were wearing life jackets and were taken to hospital as a precaution; the coastguard "
                + "asked boaters to check the forecast before setting out.";
        page.addAll(List.of("Two Boaters Rescued After Dinghy Capsizes", "November 19, 2019 at 9:45 am", first, second,
                "Comments", "You must log in to post a comment."));
        ExtractedArticle a = extractor.fromText(String.join("\n", page));
        assertEquals(first + "\n\n" + second, a.body(), "the short story, not the longer list of teasers");
        assertEquals("Two Boaters Rescued After Dinghy Capsizes", a.title());

        // a ticker whose teasers run on from their headlines over their datelines, the story's own among them
        String story = "Two boaters rescued after their dinghy capsizes near the harbour";
        List<String> ticker = List.of(
                "Harbour master retires after forty years on the quay HARBOURTOWN: The harbour master who saw the "
                        + "marina grow from six moorings to six hundred retired on Friday with a party on the quay.",
                story + " HARBOURTOWN: Two boaters were rescued from the water on Tuesday after their dinghy capsized "
                        + "near the harbour entrance...",
                "Council to mail mooring applications to every boater on its list NEW PORT: The council will mail "
                        + "applications for the new moorings to every boater on its list before the end of the month.",
                story, "November 20", "Print This Article", first, second);
        assertEquals(first + "\n\n" + second, extractor.fromText(String.join("\n", ticker)).body());
    }

    @Test
    void aSitesLongDisclaimerUnderAShortPastedArticleIsNotTheArticle() {
        String text = "A good safety program for a marina's rental boats starts with screening the renters, so that "
                + "only those who can handle a boat take one out, and with a briefing at the pontoon before they leave.";
        String disclaimer = "Products and services referenced are for general information only. Always consult a "
                + "qualified advisor before purchasing and review the maker's instructions before use. Harbour Insurance "
                + "cannot be held liable for the wrong use of any product. As tax laws may change, consult your "
                + "financial advisor or tax professional to find the best strategy for your situation. Insurance "
                + "products are not insured by any government agency and may lose value.";
        List<String> page = new ArrayList<>(List.of("Ebooks", "Contact Us", "Best Practices for Boat Rentals", text,
                "Get the guide", "First Name*", "Last Name*", "Email*", "Company*",
                "Number of Boats*", "Submit", "Our Offices"));
        for (String town : List.of("Harbourtown", "Seaview", "Rockport", "Bayside", "Portland", "Cove")) {
            page.addAll(List.of("Harbour Insurance " + town, "12 Quay Road", town + ", ME 04101"));
        }
        page.add(disclaimer);
        assertEquals(text, extractor.fromText(String.join("\n", page)).body(), "not the disclaimer, which is longer");
    }

    @Test
    void aPastedPageWrappedAtEightyCharactersWithoutBlankLinesHasItsParagraphsJoined() {
        String first = "Docking is the part of boating that new sailors fear most, and with reason: a gust of wind or "
                + "a wrong turn of the wheel at the last moment can put a boat against the pontoon harder than anyone "
                + "would like, and a crowded marina on a Saturday leaves little room to try again.";
        String second = "Practise on a quiet weekday first, with a friend on the pontoon to take the lines, and come "
                + "in slowly against the wind or the tide, whichever is stronger, so that the boat stops when you "
                + "take the power off instead of drifting on towards the boats moored beyond.";
        List<String> page = new ArrayList<>(List.of("Join Now", "Member Portal", "About Us", "Our History", "FAQ",
                "Contact Us", "Docking Tips for New Boaters"));
        for (String paragraph : List.of(first, second, first.replace("Docking", "Mooring"),
                second.replace("Practise", "Train"))) {
            page.addAll(wrapped(paragraph, 80));
        }
        page.addAll(List.of("Follow", "Careers", "Contact Us"));
        ExtractedArticle a = extractor.fromText(String.join("\n", page));
        assertEquals(String.join("\n\n", first, second, first.replace("Docking", "Mooring"),
                second.replace("Practise", "Train")), a.body());
        assertEquals("Docking Tips for New Boaters", a.title());
    }

    /** The paragraph's lines as a text wrapped at {@code width} characters prints them. */
    private static List<String> wrapped(String paragraph, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    @Test
    void thePagesLabelsAndButtonsBetweenAPastedArticlesParagraphsAreNotItsText() {
        String first = "Most new boaters learn to dock in a quiet marina, but the first windy afternoon on a crowded "
                + "pontoon teaches more about docking than any calm morning.";
        String second = "Approach slowly, set the lines before you arrive, and use the wind: a boat that drifts onto "
                + "the pontoon is easier to hold than one that drifts off it.";
        String third = "Practise on a quiet weekday, with a friend on the pontoon, before the first crowded Saturday "
                + "of the season.";
        String text = String.join("\n", "Docking Tips for New Boaters", "By Sam Reed", first, "Advertisement",
                second, "Share:", "Story continues below advertisement", "1", third);
        assertEquals(String.join("\n\n", first, second, "1", third), extractor.fromText(text).body(),
                "a number alone is a list's, and stays");
    }

    @Test
    void aPastedHeadlineOverAShortListOfItsTopicsIsTheTitleNotTheList() {
        String first = "Marinas that teach docking lessons know what new boaters need: a quiet pontoon, a patient "
                + "instructor and a windy afternoon to practise on.";
        String second = "Docking lessons bring boaters back every week, and boaters who come back buy fuel, moorings "
                + "and repairs from the marinas that taught them.";
        String text = String.join("\n", "Blog", "7 min read", "May 06, 2025",
                "An introduction to docking lessons: what marinas need to know in 2026", "Boaters Marinas Docking Lessons",
                first, second);
        assertEquals("An introduction to docking lessons: what marinas need to know in 2026",
                extractor.fromText(text).title(), "not the topics under it");
    }

    @Test
    void aPastedHeadlineOfCommonWordsBesideItsDateIsNoBylineButTheTitle() {
        String text = String.join("\n", "Education", "Online Academy", "Fundamentals of Marina Safety Course",
                "Webinars", "Store", "Top Harbor Safety Rules", "July 29, 2025", "Top Harbor Safety Rules",
                "Share this post", MARINA_RULES, MARINA_LIGHTS);
        ExtractedArticle a = extractor.fromText(text);

        assertEquals("Top Harbor Safety Rules", a.title(), "not a menu's item over the headline");
        assertEquals(List.of(), a.authors());
        assertEquals(LocalDate.of(2025, 7, 29), a.publishedAt().toLocalDate());
        assertEquals(MARINA_RULES + "\n\n" + MARINA_LIGHTS, a.body());
    }

    @Test
    void aPastedHeadlineFarAboveIsFoundPastATeasersBlock() {
        String third = "Skippers who break the rules twice in a season will lose their berth for the next one, which "
                + "the harbour master calls the only fine that sailors in this marina have ever feared.";
        List<String> lines = new java.util.ArrayList<>(List.of("Home", "New Rules for Sailing After Dark in the Marina",
                "By Jill Winger", "March 11, 2019",
                "Every spring the marina's rules change a little, and this year the changes are for the night.",
                "Gardening Tips for a Dry Summer", "Jane Doe", "March 3, 2025"));
        for (int box = 1; box <= 6; box++) {
            lines.addAll(List.of("Best Overall", "Yachting Monthly " + box, "Read More"));
        }
        lines.addAll(List.of(MARINA_RULES, MARINA_LIGHTS, third));
        ExtractedArticle a = extractor.fromText(String.join("\n", lines));

        assertEquals("New Rules for Sailing After Dark in the Marina", a.title(), "not the teaser's over its block");
        assertEquals(List.of("Jill Winger"), a.authors());
    }

    @Test
    void anEditorsCreditInTheBlockUnderAHeadlineIsNoByline() {
        // the markup names no author: the page's lines under its headline are read, the editor's credit passed over
        String html = "<html><head><title>New Rules for Sailing After Dark in the Marina</title></head><body>"
                + "<h1>New Rules for Sailing After Dark in the Marina</h1><div>Updated:</div>"
                + "<div>January 2, 2025, 9:06am CST</div><div>Edited by: Keri Stooksbury</div><div>Editor-in-Chief</div>"
                + "<article><p>" + MARINA_RULES + "</p><p>" + MARINA_LIGHTS + "</p></article></body></html>";
        assertEquals(List.of(), extractor.fromHtml(html, null).authors());
    }

    @Test
    void aPastedNameAmongADatelinesCountsIsTheByline() {
        for (String dateline : List.of("109 Comments | Jill Winger | Last Updated: March 11, 2019",
                "March 11, 2019 · 30 min · 6279 words · Jill Winger")) {
            ExtractedArticle a = extractor.fromText(String.join("\n", "Home",
                    "New Rules for Sailing After Dark in the Marina", dateline, MARINA_RULES, MARINA_LIGHTS));
            assertEquals(List.of("Jill Winger"), a.authors(), dateline);
            assertEquals(LocalDate.of(2019, 3, 11), a.publishedAt().toLocalDate(), dateline);
            assertEquals(MARINA_RULES + "\n\n" + MARINA_LIGHTS, a.body(), dateline);
        }
        // words that are not a person's between the counts
        ExtractedArticle section = extractor.fromText(String.join("\n", "Home",
                "New Rules for Sailing After Dark in the Marina", "12 Comments | Harbour News | March 11, 2019",
                MARINA_RULES, MARINA_LIGHTS));
        assertEquals(List.of(), section.authors());
    }

    @Test
    void aPastedHeadlineLosesTheSitesOrSectionsNameItEndsInWhereThePagePrintsThatName() {
        String first = "Dredging the harbour mouth will cost the town four million pounds, and the fleet it is meant to "
                + "save has shrunk by half in ten years for reasons no dredger will change.";
        String second = "The money would do more for the boats if it went on the fish market, the ice plant and the "
                + "slipway, which the skippers have asked for at every council meeting since 2019.";
        String section = String.join("\n", "News", "Opinion", "Sport",
                "Harbour dredging will not save the fishing fleet | Opinion", first, second);
        assertEquals("Harbour dredging will not save the fishing fleet", extractor.fromText(section).title(),
                "the section's name, a menu item");

        String site = String.join("\n", "Subscribe", "Critics’ Choice: Best Harbour Paintings of 2025 – Portlyst", first,
                second, "© 2025 Portlyst. All rights reserved.");
        assertEquals("Critics’ Choice: Best Harbour Paintings of 2025", extractor.fromText(site).title(),
                "the site's name, in the copyright line");

        String series = String.join("\n", "Courses", "Harbour Economics 101", "Fishing Fleets for Beginners - Harbour"
                + " Economics 101", first, second);
        assertEquals("Fishing Fleets for Beginners - Harbour Economics 101", extractor.fromText(series).title(),
                "a series' name is the headline's");
    }

    @Test
    void aPastedBylineWhoseLabelStandsOnALineOfItsOwnGivesTheAuthorAndLeavesTheBody() {
        String standfirst = "Staying on top of the harbour's accounts does not have to be expensive: these ten free "
                + "tools cover most of what a small marina needs.";
        String first = "As a small marina owner, you know how quickly expenses can add up, from fuel for the workboat "
                + "to the insurance on every pontoon.";
        String second = "Fortunately you do not have to give up quality to find tools that keep the books in order, "
                + "and several of them are free for a business of your size.";
        ExtractedArticle lead = extractor.fromText(String.join("\n", "Run » Finance", "Ten Free Tools for Your Marina",
                standfirst, "By:", "Jessica Elliott , Contributor", "Share", first, second));
        assertEquals(List.of("Jessica Elliott"), lead.authors());
        assertFalse(lead.body().contains("Elliott") || lead.body().contains("By:"), lead.body());

        // the page's only labelled byline, its label alone, under the article: "Article by" / the name
        ExtractedArticle closing = extractor.fromText(String.join("\n", "Ten Free Tools for Your Marina", first, second,
                "Article by", "Matias Heikkilä", "Back to all posts"));
        assertEquals(List.of("Matias Heikkilä"), closing.authors());

        ExtractedArticle above = extractor.fromText(String.join("\n", "Education",
                "Ten Free Tools for Your Marina", "October 17, 2023 6:01 PM ET", "By",
                "Sergio Martínez-Beltrán | The Texas Newsroom", "Ten Free Tools for Your Marina", "Listen · 3:51",
                "Transcript", first, second));
        assertEquals(List.of("Sergio Martínez-Beltrán"), above.authors());
    }

    @Test
    void aBlogsNameOverTheDayAndTheReadingTimeIsItsWriterEvenAsAFirstNameButAMenuItemIsNot() {
        String first = "In the fast-paced world of video production, technology is not just a tool; it shapes how a "
                + "story is told, from the first storyboard to the last colour grade.";
        String second = "At our studio we have embraced these changes, and these are the five technologies we think "
                + "will change the work of every crew over the next few years.";
        Map<String, List<String>> blocks = new LinkedHashMap<>();
        blocks.put("Gabo", List.of("Gabo"));
        blocks.put("LEONARDO GARCIA", List.of("Leonardo Garcia"));
        blocks.put("Kalyn Keen", List.of("Kalyn Keen"));
        blocks.put("Watch demo", List.of());
        for (Map.Entry<String, List<String>> block : blocks.entrySet()) {
            String page = String.join("\n", "All Posts", "The Future of Video Production: Five New Technologies",
                    block.getKey(), "Jan 23", "11 min read", first, second);
            assertEquals(block.getValue(), extractor.fromText(page).authors(), block.getKey());
        }
    }

    @Test
    void aFarHeadlineOverItsSubtitleIsTheTitleNotTheSubtitle() {
        String first = "Whether you are looking to enter a new field or boost your career, the best certificate "
                + "programs are a quick way to get ahead in the modern workplace, and certifications prove it.";
        String second = "We looked at dozens of courses across the five boroughs, from Microsoft Office and Adobe "
                + "design software to AutoCAD, and picked the ones that teach the most in the least time.";
        List<String> page = new ArrayList<>(List.of("Newsletter", "The best certificate programs and certifications "
                + "in NYC", "From Microsoft to Adobe and AutoCAD, this is how to get ahead in the modern-day workplace",
                "Tuesday February 11 2025", "Share"));
        for (int k = 1; k <= 14; k++) {
            page.add("Advertising " + k); // the widgets between the header and the text
        }
        page.addAll(List.of(first, second));
        assertEquals("The best certificate programs and certifications in NYC",
                extractor.fromText(String.join("\n", page)).title());
    }

    @Test
    void aMenuItemThePagePrintsTwiceIsNoByline() {
        String first = "Michigan officials said Tuesday that a sixth person has died of eastern equine encephalitis, "
                + "a rare virus spread by mosquitoes, in the state's worst outbreak in more than a decade.";
        String second = "Health officials urged residents to use insect repellent and to stay indoors at dusk until "
                + "the first hard frost of the season ends the mosquitoes' activity.";
        List<String> menu = List.of("Sports", "Lions", "Tigers", "Red Wings", "Pistons", "Michigan");
        List<String> page = new ArrayList<>(menu);
        page.addAll(List.of(first, second, "All Sports"));
        page.addAll(menu);
        ExtractedArticle a = extractor.fromText(String.join("\n", page));
        assertEquals(List.of(), a.authors(), "a menu's item");
        assertEquals(first + "\n\n" + second, a.body());

        // a tag under its label, which the page's list of cities repeats
        List<String> tagged = List.of("Get Started", "Tags", "San Diego", "No items found.", first, second,
                "Cities", "Phoenix", "San Diego", "San Francisco");
        assertEquals(List.of(), extractor.fromText(String.join("\n", tagged)).authors(), "a tag");
    }

    @Test
    void anAuthorsBoxWithoutALabelGivesTheAuthorAndLeavesTheBodyButAListOfPeopleDoesNot() {
        String first = "How a restaurant serves its guests often matters as much as what it serves, and the style of "
                + "service sets expectations before the first bite arrives at the table.";
        String second = "For the owner it also decides how many people are on the floor, how long they train, and how "
                + "the kitchen paces its work through a busy Saturday evening.";
        String bio = "Ridvika Arora is a content writer at a restaurant software firm, where she turns complex ideas"
                + " into stories that owners and chefs can use.";
        List<String> page = new ArrayList<>(List.of("Blog", "Restaurant Service Styles Explained", first, second,
                "Ridvika Arora", bio, "Related articles", "How to price a menu", "Subscribe"));
        ExtractedArticle a = extractor.fromText(String.join("\n", page));
        assertEquals(List.of("Ridvika Arora"), a.authors());
        assertEquals(first + "\n\n" + second, a.body(), "the box's name and note are not the article");

        // a role's line between the name and the note, the box away below the article's end
        List<String> away = new ArrayList<>(List.of("Blog", "Restaurant Service Styles Explained", first, second));
        for (int k = 1; k <= 12; k++) {
            away.add("Related guide " + k);
        }
        away.addAll(List.of("Elena Marsh", "Marketing Operations Analyst", "Elena Marsh, a former chef, writes about"
                + " the business of restaurants for owners and managers."));
        assertEquals(List.of("Elena Marsh"), extractor.fromText(String.join("\n", away)).authors());
        // a name with an English word in it ("Check", "Harsh"), its note saying who they are (cellarbeastwine.com)
        List<String> worded = new ArrayList<>(away.subList(0, away.size() - 3));
        worded.addAll(List.of("Matt Check", "Head Winemaker, Co-Founder", "Matt Check is the head winemaker and a "
                + "founder of a winehouse, with over a decade of expertise in its cellars."));
        assertEquals(List.of("Matt Check"), extractor.fromText(String.join("\n", worded)).authors());

        // the speakers of an event, each with a note: none of them is the writer
        List<String> speakers = new ArrayList<>(away.subList(0, away.size() - 3));
        speakers.addAll(List.of("Speakers", "Jane Roe", "Jane Roe is a chef and the owner of two restaurants in Leeds.",
                "John Doe", "John Doe is the head of a hospitality school."));
        assertEquals(List.of(), extractor.fromText(String.join("\n", speakers)).authors(), "a list of people");
    }

    @Test
    void aNameAloneUnderThePastedHeadlineIsItsAuthorButNotAProductALogoOrAnAcronym() {
        String first = CAR_RENTAL;
        String second = CAR_PRICE;
        Map<List<String>, List<String>> headers = new LinkedHashMap<>();
        headers.put(List.of("7 Vital Tips on How to Rent a Car", "Andrei Zakhareuski"), List.of("Andrei Zakhareuski"));
        headers.put(List.of("7 Vital Tips on How to Rent a Car", "Jane Doe, Staff Writer"), List.of("Jane Doe"));
        headers.put(List.of("7 Vital Tips on How to Rent a Car", "Why the weekend rate is rarely the best one",
                "Andrei Zakhareuski"), List.of("Andrei Zakhareuski"));
        headers.put(List.of("7 Vital Tips on How to Rent a Car", "Most drivers pay far more than they need to when they "
                + "rent a car, and a few habits are enough to change that for good.", "Asser Christensen"),
                List.of("Asser Christensen"));
        headers.put(List.of("7 Vital Tips on How to Rent a Car", "Most drivers pay far more than they need to when they "
                + "rent a car, and a few habits are enough to change that for good.", "Brian Truitt USA TODAY",
                "Show Caption"), List.of("Brian Truitt"));
        headers.put(List.of("7 Vital Tips on How to Rent a Car", "Jane Doe | Guest Columnist"), List.of("Jane Doe"));
        headers.put(List.of("Asser Christensen Is Looking Stunning In New Photos", "The actress shared the pictures with "
                + "her followers on Sunday evening, and they have been shared thousands of times since.",
                "Asser Christensen"), List.of());
        headers.put(List.of("7 Vital Tips on How to Rent a Car", "Newsweek Logo"), List.of());
        headers.put(List.of("7 Vital Tips on How to Rent a Car", "FBC Arlington"), List.of());
        headers.put(List.of("7 Vital Tips on How to Rent a Nissan Leaf", "Nissan Leaf"), List.of());
        headers.forEach((header, authors) -> {
            List<String> page = new ArrayList<>(List.of("Home", "Cars"));
            page.addAll(header);
            page.addAll(List.of(first, second));
            ExtractedArticle a = extractor.fromText(String.join("\n\n", page));
            assertEquals(header.get(0), a.title(), String.join(" / ", header));
            assertEquals(authors, a.authors(), String.join(" / ", header));
        });
    }

    @Test
    void aBylineAndDatelineUnderALongStandfirstAreReadAndLeftOutOfTheBody() {
        String standfirst = "Since our first report, a new source familiar with the inner workings of the moving "
                + "business has come forward, and federal investigators are now looking into the company.";
        String first = "NEW JERSEY -- A consumer investigation into a Fairfield moving company has prompted a federal "
                + "inquiry, after dozens of customers said their belongings were held until they paid more.";
        String second = "After not answering our calls, texts and emails, the owner finally spoke to us outside the "
                + "warehouse and said that every customer would get their furniture back within a month.";
        String text = String.join("\n\n", "Home", "News", "NJ moving company under federal investigation", standfirst,
                "ByNina Pineda", "Friday, November 14, 2025", "Image: Courtesy of the company", first, second);
        ExtractedArticle a = extractor.fromText(text);

        assertEquals("NJ moving company under federal investigation", a.title());
        assertEquals(List.of("Nina Pineda"), a.authors());
        assertEquals(LocalDate.of(2025, 11, 14), a.publishedAt().toLocalDate());
        // the standfirst right over the byline is the header's too (measured: 14 article-extraction pages better when
        // it is left out, none worse)
        assertEquals(String.join("\n\n", first, second), a.body(), "no standfirst, byline, date or credit in the body");
    }

    @Test
    void aBylineAndDatelineUnderAStandfirstAndACaptionAreReadButAPhotographersCreditIsNoByline() {
        String standfirst = "Fasting has been shown to reduce blood pressure, improve cognition, and even reverse chronic "
                + "disease. But experts say the evidence is more nuanced than the headlines.";
        String caption = "Research shows that fasting can come with many health benefits, but not everyone should try it.";
        String first = "Fasting is a common practice, whether for religious reasons or with the goal of losing weight, "
                + "preventing chronic disease or living longer, and its popularity keeps growing.";
        String second = "Some scientists say the growing popularity of fasting is being fueled by research suggesting "
                + "that, when practiced appropriately, it can improve many measures of health.";
        String text = String.join("\n\n", "Health", "What intermittent fasting really does for your body and brain",
                standfirst, caption, "Thea Traff/Redux", "ByDaryl Austin", "Published March 9, 2026", first, second);
        ExtractedArticle a = extractor.fromText(text);

        assertEquals("What intermittent fasting really does for your body and brain", a.title());
        assertEquals(List.of("Daryl Austin"), a.authors());
        assertEquals(LocalDate.of(2026, 3, 9), a.publishedAt().toLocalDate());
        assertTrue(a.body().endsWith(String.join("\n\n", first, second)), a.body());
        assertFalse(a.body().contains("Daryl Austin") || a.body().contains("Thea Traff"), a.body());
    }

    @Test
    void theHeadlineOverAStandfirstAndShareButtonsIsTheTitleNotThePromptNearerTheArticle() {
        String first = "Employers are dropping coverage for weight loss drugs such as Wegovy and Zepbound, and the "
                + "direct-to-consumer programs that drug makers now run are growing to fill the gap.";
        String second = "The programs sell the drugs for cash at a discount, but for many workers the price remains far "
                + "out of reach, and employers say the cost of coverage had become too high to bear.";
        String text = String.join("\n\n", "Health", "Employers drop coverage for weight loss drugs as programs grow",
                "Prices touted as discounts will remain out of reach for many", "Manage alerts for this article",
                "Email this article", "Share this article", first, second);
        ExtractedArticle a = extractor.fromText(text);

        assertEquals("Employers drop coverage for weight loss drugs as programs grow", a.title());
        assertTrue(a.body().startsWith(first) && a.body().endsWith(second), a.body());
    }

    @Test
    void theItemsOfAListArticlePastedAsTextAreOneArticleAndTheCommentsUnderThemAreNot() {
        List<String> page = new ArrayList<>(List.of("Home", "Guides", "The Best New Restaurants in Brooklyn"));
        String[] names = {"Alta Calidad", "Bonnie's", "Cafe Mado", "Dhamaka"};
        for (String name : names) {
            page.addAll(List.of(name, "map", "Bib Gourmand | Brooklyn", "At " + name + ", the chef cooks a menu that "
                    + "changes with the seasons, and the dining room fills early on weekends, so book ahead.",
                    "Book Now"));
        }
        String comment = "I went to all four of these last month and the second one was by far the best, though the "
                + "wait for a table on a Saturday night was well over an hour even with a booking.";
        page.addAll(List.of("Share this guide", "2 Comments", "Jane Doe", "March 3, 2025 at 5:12 pm", comment, "Reply",
                "John Roe", "March 4, 2025 at 9:40 am", comment.replace("second", "third"), "Reply"));
        ExtractedArticle a = extractor.fromText(String.join("\n", page));

        assertTrue(a.body().startsWith("At Alta Calidad,") && a.body().contains("At Dhamaka,"), a.body());
        assertFalse(a.body().contains("I went to all four"), "no comment: " + a.body());
    }

    @Test
    void theItemsOfAListArticleStayTogetherOverTheBoxOfFactsProsAndConsUnderEach() {
        String intro = "Clothing subscription boxes offer a fun and efficient way to upgrade your wardrobe all year "
                + "long, and no matter your style you are bound to find an affordable one that is perfect for you.";
        List<String> page = new ArrayList<>(List.of("Home", "Reviews", "The Best Clothing Subscription Boxes", intro,
                "Here you will discover the best clothing subscription boxes this year, monthly boxes and rentals alike.",
                "Our picks:", "Best Overall: Stitch Fix", "Best for One-Off Looks: Rent the Runway"));
        String[] boxes = {"Stitch Fix", "Rent the Runway", "Wantable", "Armoire"};
        for (int i = 0; i < boxes.length; i++) {
            String name = boxes[i];
            page.addAll(List.of((i + 1) + ". " + name, "Best for Everyday Wear", "Fast Facts", "Cost: $" + (20 + i)
                    + " styling fee", "Sizes: 0-24 and XS-3X", "Clothing Items Per Box: " + (5 + i),
                    "Subscription Box Details",
                    name + " sends a box of clothes picked by a stylist every month, and our reviewers liked the fit, "
                            + "the fabrics and how easy it was to send back what they did not want to keep.",
                    "Our reviewer tried " + name + " for three months and said the second box was the best of them, "
                            + "with a dress she has worn to two weddings and a coat she wears every day.",
                    "Pros and Cons", "Pros", "Clothing is very affordable", "Offers a large range of sizes",
                    "Cons", "Charged styling fee even if you keep nothing", "Starting at $" + (20 + i) + ".00",
                    "Try " + name));
        }
        ExtractedArticle a = extractor.fromText(String.join("\n", page));

        assertTrue(a.body().startsWith(intro) && a.body().contains("Armoire sends a box"), a.body());
        assertEquals("The Best Clothing Subscription Boxes", a.title());
    }

    @Test
    void aShopsMenuOfProductBlurbsIsNotAListArticle() {
        List<String> page = new ArrayList<>(List.of("Home", "Shop"));
        for (String model : List.of("X2", "X5", "X8", "X9", "X11")) {
            page.addAll(List.of("DEEBOT " + model + " Family", model + " OMNI", "Robot vacuum and mop with a square "
                    + "design, equipped with rotating mops and mapping for precise edge cleaning and obstacle avoidance.",
                    model + " OMNI White", "White robot vacuum and mop with a square design, equipped with rotating mops "
                    + "and mapping for precise edge cleaning and obstacle avoidance."));
            for (int k = 0; k < 12; k++) {
                page.add(k % 3 == 0 ? "Cleaning Solution 1L * 2" : "Accessory kit " + k + " for " + model + " OMNI");
            }
        }
        String first = "When we talk about revolutionary home cleaning devices, robot vacuums will definitely come to "
                + "mind, and most of them now find their way around a house with a map they draw themselves.";
        String second = "These devices combine sensors, mapping algorithms and artificial intelligence to detect and map "
                + "your house, and they clean it in a systematic way instead of following preset patterns.";
        String third = "A vacuum with a map knows which rooms it has cleaned, can be sent to one room alone, and will not "
                + "go where you have told it not to, such as the corner with the cables behind the television.";
        page.addAll(List.of("How Do Vacuum Robots with Mapping Navigate?", "November 6, 2024", first, second, third));
        ExtractedArticle a = extractor.fromText(String.join("\n", page));

        assertEquals(String.join("\n\n", first, second, third), a.body());
    }

    @Test
    void readersCommentsUnderAPastedArticleAreNotItsText() {
        String first = "Chargers coach Anthony Lynn recognizes that his team's playoff hopes are somewhere between slim "
                + "and none after the loss on Monday night, and he said so plainly after the game.";
        String second = "Lynn said the Chargers saw winning Monday night as the most important step towards the "
                + "playoffs, and that the team would now have to win every one of its remaining games.";
        String comment = "Rivers is done, and it is time to get a new quarterback, because the team is good enough to "
                + "win now but it needs someone who will not throw the ball to the other side every week.";
        for (String label : List.of("34 responses to “Anthony Lynn: We needed to win this game”", "Share this")) {
            String text = String.join("\n", "Sports", "Anthony Lynn: We needed to win this game", first, second, label,
                    "thelastchargersfan says:", "November 19, 2019 at 6:34 am", comment, "joetoronto says:",
                    "November 19, 2019 at 6:44 am", comment.replace("Rivers", "He"));
            ExtractedArticle a = extractor.fromText(text);

            assertEquals(first + "\n\n" + second, a.body(), label);
        }
    }

    @Test
    void aLongerThreadOfCommentsOrOfTestimonialsIsNotTakenForAPastedArticle() {
        String first = "Organic pest control protects a garden without the harsh chemicals, and a spray of soap, oil "
                + "and water mixed at home will keep most soft-bodied insects off the leaves for a week.";
        String second = "Spray in the early morning or late evening, when bees are not about, and test the mixture on "
                + "one leaf first, because some plants burn in the sun when their leaves are wet with oil.";
        String comment = "The best thing I have found for flies are traps that you hang away from where you sit, and "
                + "it is pretty amazing how quickly they start piling up in there once the weather warms up.";
        List<String> thread = new ArrayList<>();
        String[] writers = {"Rebecca Vigil says", "Emma", "Jill Winger says", "Pam says"};
        for (int k = 0; k < writers.length; k++) {
            thread.addAll(List.of(writers[k], "May " + (k + 2) + ", 2017 at 9:2" + k + " am", comment,
                    comment.replace("flies", "gnats"), "reply to comment"));
        }
        String quote = "“Great doctors and staff. They genuinely care about you, they listen to every question we "
                + "bring and the clinic is kept very clean, so we would not take our kids anywhere else now.”";
        List<String> reviews = new ArrayList<>();
        for (String name : List.of("Mallory R.", "Brittany M.", "Chris T.", "Dana K.", "Eli P.")) {
            reviews.addAll(List.of(quote, name));
        }
        // a blog's open thread, each comment's header its writer, day, time and "said:" on one line
        List<String> said = new ArrayList<>();
        for (String writer : List.of("Milan Griffes", "Catherine (Garden Team)", "Alex", "Gary M")) {
            said.addAll(List.of(writer + " on September 12, 2018 at 4:47 pm said:", comment,
                    comment.replace("flies", "gnats")));
        }
        for (List<String> after : List.of(thread, reviews, said)) {
            List<String> page = new ArrayList<>(List.of("Home", "Garden", "Organic Pest Control for the Garden",
                    "By Melissa Norris", first, second, "More Videos", "Summer Safety Tips for Kids!",
                    "Well-Child Checks for Ages 4-10", "Video Library", "Recent Articles", "How to Choose a Pediatrician",
                    "Understanding Influenza in Children"));
            page.addAll(after);
            ExtractedArticle a = extractor.fromText(String.join("\n", page));

            assertEquals("Organic Pest Control for the Garden", a.title(), after.get(0));
            assertEquals(first + "\n\n" + second, a.body(), after.get(0));
        }
    }

    @Test
    void furnitureBetweenAPastedHeadlineAndItsArticleIsNoTitle() {
        String first = "The plumes of Jupiter's moon Europa are spewing water vapour into space, astronomers said on "
                + "Monday, and the finding makes the icy moon an even better place to look for life.";
        String second = "The water may come from an ocean under the ice, and a probe due to fly past the moon later in "
                + "the decade could sample the plumes directly without landing on the surface.";
        for (String furniture : List.of("Share All sharing options for: The Weird Plumes of Jupiter's Moon", "2 days ago at "
                + "07:47 am", "(Image: © NASA/ESA/K. Retherford/SWRI)", "Jane.Doe@example.com", "HD THE HOME DEPOT INC. "
                + "225.86 -12.99 -5.44%", "More on Slate Book Review", "Christopher Tays Submitted photo",
                "BLOG > Weight Loss > Weight Loss Tips", "Media captionWho is Julian Assange?",
                "Story continues below gallery", "Wednesday 20 November 2019 9:22 am",
                "Media playback is unsupported on your device", "These are external links and will open in a new window",
                "Get Quanta Magazine delivered to your inbox", "    .root_module = exe_mod,",
                "print(f'Latin-1: {sys.getsizeof(\"hello\")} bytes') # prints \"46 bytes\"")) {
            String text = String.join("\n\n", "Space", "The Weird Plumes of Jupiter's Moon Europa Are Spewing Water",
                    furniture, first, second);
            assertEquals("The Weird Plumes of Jupiter's Moon Europa Are Spewing Water", extractor.fromText(text).title(),
                    furniture);

            assertNull(extractor.fromText(String.join("\n\n", "Space", furniture, first, second)).title(),
                    "no headline, so no title: " + furniture);
        }
    }

    @Test
    void aReviewPastedAsTextReadsOnOverItsProductFactsButNotOverALinkList() {
        String first = "The first kettle we tested boils a litre in under four minutes, and its gooseneck spout pours "
                + "a thin, steady stream that makes it easy to brew coffee slowly and evenly.";
        String second = "The second kettle is cheaper and a little slower, but its thermometer in the lid lets you "
                + "see the water's temperature at a glance, which beginners will find reassuring.";
        String teaser = "Our editors picked the coffee grinders that gave the most even grounds in a month of testing, "
                + "from budget hand grinders to burr machines for the serious home barista.";
        String text = String.join("\n\n", "The Best Gooseneck Kettles for Pour-Over Coffee", first, "Best overall pick of the year",
                "Capacity one litre of water", "Material brushed stainless steel", "Heating time under four minutes",
                "Warranty two full years", second, "You may also like", "The best coffee grinders of the year",
                "How to brew pour-over coffee at home", "Our guide to buying a burr grinder", "Ten coffee gadgets "
                + "we love", teaser);
        ExtractedArticle a = extractor.fromText(text);

        assertEquals("The Best Gooseneck Kettles for Pour-Over Coffee", a.title());
        assertTrue(a.body().startsWith(first) && a.body().endsWith(second), a.body());
        assertTrue(a.body().contains("Warranty two full years"), a.body());
    }

    @Test
    void wireCopyWrappedWithIndentedParagraphsComesOutAsParagraphsUnderItsHeadline() {
        String text = """
                PORT CITY GRAIN BOARD RAISES WHEAT EXPORT ESTIMATE

                PORT CITY, March 2 - The Port City Grain Board raised its
                estimate of wheat exports for the season to 4.2 mln tonnes
                from 3.9 mln, citing strong demand from buyers in Asia.
                    The board said shipments in February were the highest
                for that month in six years, helped by a weak currency and
                good weather at harvest.
                    No price forecast was given.
                 Reuter
                """;
        ExtractedArticle a = extractor.fromText(text);

        assertEquals("PORT CITY GRAIN BOARD RAISES WHEAT EXPORT ESTIMATE", a.title());
        assertEquals("""
                PORT CITY, March 2 - The Port City Grain Board raised its estimate of wheat exports for the season to \
                4.2 mln tonnes from 3.9 mln, citing strong demand from buyers in Asia.

                The board said shipments in February were the highest for that month in six years, helped by a weak \
                currency and good weather at harvest.

                No price forecast was given.""", a.body());
    }

    @Test
    void jsonLdGraphIsTheMostTrustedSource() {
        String html = """
                <html lang="en"><head>
                <title>Wrong title | Example News</title>
                <meta property="og:title" content="Also not the title">
                <meta property="article:published_time" content="2020-01-01T00:00:00Z">
                <script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","@id":"https://example.com/#site","name":"Example News"},
                  {"@type":"Person","@id":"https://example.com/#/person/1","name":"Maria Lopez"},
                  {"@type":["NewsArticle"],"headline":"Harbour reopens after the storm &amp; flood",
                   "author":[{"@id":"https://example.com/#/person/1"},{"@type":"Organization","name":"Example News"}],
                   "datePublished":"2024-03-05T08:30:00+01:00","dateModified":"2024-03-06T10:00:00+01:00",
                   "publisher":{"@type":"Organization","name":"Example News"},
                   "image":{"@type":"ImageObject","url":"/img/harbour.jpg"}}]}
                </script></head><body>
                <h1>Harbour reopens after the storm &amp; flood</h1>
                <p>%s</p><p>%s</p></body></html>
                """.formatted(para("The harbour reopened on Tuesday after crews cleared the debris left by the storm.", 4),
                para("Fishing boats returned to their moorings and the ferry service resumed its timetable.", 4));

        ExtractedArticle a = extractor.fromHtml(html, "https://example.com/news/harbour");

        assertEquals("Harbour reopens after the storm & flood", a.title());
        assertEquals(List.of("Maria Lopez"), a.authors());
        assertEquals(OffsetDateTime.of(2024, 3, 5, 8, 30, 0, 0, ZoneOffset.ofHours(1)), a.publishedAt());
        assertEquals(OffsetDateTime.of(2024, 3, 6, 10, 0, 0, 0, ZoneOffset.ofHours(1)), a.modifiedAt());
        assertEquals("Example News", a.siteName());
        assertEquals("https://example.com/img/harbour.jpg", a.imageUrl());
        assertEquals("https://example.com/news/harbour", a.canonicalUrl());
        assertEquals(2, a.body().split("\n\n").length);
    }

    @Test
    void openGraphAndMetaWhenThereIsNoJsonLd() {
        String html = """
                <html><head>
                <title>Rail strike ends - The Daily Planet</title>
                <meta property="og:site_name" content="The Daily Planet">
                <meta property="og:title" content="Rail strike ends">
                <meta property="og:description" content="Unions accept the offer.">
                <meta property="og:image" content="https://cdn.example.org/strike.jpg">
                <meta property="article:published_time" content="2023-11-02">
                <meta name="author" content="The Daily Planet Staff">
                <link rel="canonical" href="/2023/rail-strike-ends">
                </head><body><article><p>%s</p></article></body></html>
                """.formatted(para("Train drivers returned to work this morning after the unions accepted the offer.", 5));

        ExtractedArticle a = extractor.fromHtml(html, "https://planet.example.org/x?utm=1");

        assertEquals("Rail strike ends", a.title());
        assertTrue(a.authors().isEmpty(), "a staff credit is not an author: " + a.authors());
        assertEquals(OffsetDateTime.of(2023, 11, 2, 0, 0, 0, 0, ZoneOffset.UTC), a.publishedAt(), "date only: midnight UTC");
        assertEquals("https://planet.example.org/2023/rail-strike-ends", a.canonicalUrl());
        assertEquals("Unions accept the offer.", a.description());
        assertEquals("https://cdn.example.org/strike.jpg", a.imageUrl());
        assertEquals("The Daily Planet", a.siteName());
    }

    @Test
    void visibleBylineTimeAndUrlDate() {
        String html = """
                <html><body><h1>Council approves the new budget</h1>
                <div class="byline">By Jane Doe and John Roe</div>
                <time datetime="2022-06-14T18:05:00-04:00">June 14, 2022</time>
                <div class="story"><p>%s</p><p>%s</p></div></body></html>
                """.formatted(para("The city council approved the budget after a long debate about road repairs.", 4),
                para("Opponents said the plan would raise property taxes for most households next year.", 4));

        ExtractedArticle a = extractor.fromHtml(html, "https://example.net/2022/06/14/budget/");

        assertEquals("Council approves the new budget", a.title());
        assertEquals(List.of("Jane Doe", "John Roe"), a.authors());
        assertEquals(OffsetDateTime.of(2022, 6, 14, 18, 5, 0, 0, ZoneOffset.ofHours(-4)), a.publishedAt());
        assertFalse(a.body().contains("Jane Doe"), "byline is not body text");

        ExtractedArticle fromUrl = extractor.fromHtml("<html><body><p>" + para("Just text here.", 20) + "</p></body></html>",
                "https://example.net/2021/02/03/story/");
        assertEquals(LocalDate.of(2021, 2, 3), fromUrl.publishedAt().toLocalDate());
    }

    @Test
    void aTextWithItsAddressIsDatedByTheAddressWhenItShowsNoDate() {
        String text = para("The city council approved the budget after a long debate about road repairs.", 4);
        String url = "https://www.example.co.uk/news/2011/nov/18/council-budget";

        // a text posted with its URL, and a text-only page fetched from it
        for (ExtractedArticle a : List.of(extractor.fromText(text, url), extractor.fromHtml(text, url))) {
            assertEquals(OffsetDateTime.of(2011, 11, 18, 0, 0, 0, 0, ZoneOffset.UTC), a.publishedAt());
            assertEquals(url, a.canonicalUrl());
        }
        // the text's own date comes first; without an address there is no date
        assertEquals(LocalDate.of(2011, 11, 17), extractor.fromText("Published 17 November 2011\n\n" + text, url)
                .publishedAt().toLocalDate());
        assertNull(extractor.fromText(text).publishedAt());
        assertNull(extractor.fromText(text, "not an address /2011/11/18/").canonicalUrl());
    }

    @Test
    void pageFurnitureIsNotBody() {
        String p1 = para("The museum unveiled a restored medieval tapestry after six years of careful conservation work.", 3);
        String p2 = para("Visitors will be able to see the tapestry from next month in a specially built climate-controlled room.", 3);
        String html = """
                <html><body>
                <div id="cookie-banner">We use cookies to improve your experience. Accept all cookies to continue.</div>
                <header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/arts">Arts</a></li></ul></nav></header>
                <main><article>
                  <h1>Tapestry returns</h1>
                  <div class="share-buttons"><a href="#">Facebook</a> <a href="#">Twitter</a> Share this article</div>
                  <div class="entry-content">
                    <p>%s</p>
                    <h2>A delicate job</h2>
                    <div class="gallery"><img src="1.jpg"><span>Image 1 of 5</span></div>
                    <p>%s</p>
                    <div class="advertisement">Advertisement</div>
                  </div>
                  <div class="related-articles"><h3>Related</h3><ul>
                    <li><a href="/a">Another museum story with a long headline about paintings and sculptures</a></li>
                    <li><a href="/b">A second related headline that readers might click on next time</a></li></ul></div>
                </article>
                <section id="comments" class="comments-area"><h3>12 comments</h3>
                  <div class="comment"><p>What a wonderful piece of work, I will definitely visit the museum with my family next month.</p></div>
                </section></main>
                <footer><p>Copyright 2024 Example Media. All rights reserved. Terms of use and privacy policy apply to this website.</p></footer>
                </body></html>
                """.formatted(p1, p2);

        ExtractedArticle a = extractor.fromHtml(html, null);

        assertEquals(p1 + "\n\nA delicate job\n\n" + p2, a.body());
    }

    /** @return the body extracted from an {@code <article>} of this headline and these paragraphs, one {@code <p>} each */
    private String articleBody(String headline, String... paragraphs) {
        return extractor.fromHtml("<html><body><article><h1>" + headline + "</h1>" + Arrays.stream(paragraphs)
                .map(p -> "<p>" + p + "</p>").collect(Collectors.joining()) + "</article></body></html>", null).body();
    }

    @Test
    void advertisementBackToTopAndFollowUsLabelsInOtherLanguagesAreNotText() {
        String p1 = "W zeszłym roku Polskę odwiedziło 16 milionów zagranicznych gości, czyli o dwa miliony więcej niż"
                + " w roku 2013, podaje dziennik. Takie wyniki można wyciągnąć z badania urzędu statystycznego.";
        String p2 = "Goście z zagranicy zostawili w Polsce 23 miliardy złotych, z czego najwięcej wydali Amerykanie,"
                + " średnio ponad trzy tysiące złotych na osobę. Dalej uplasowali się Chińczycy i Hiszpanie.";
        for (String label : new String[] {"REKLAMA", "Anzeige", "Publicité", "hirdetés", "Реклама", "广告", "Haut de page",
            "Nach oben", "Volver arriba", "Polub Money.pl na Facebooku:", "Folgen Sie uns auf Twitter", "Síguenos en Instagram",
            "Suivez-nous sur Facebook", "Seguici su Facebook", "Подписывайтесь на нас в Telegram"}) {
            assertEquals(p1 + "\n\n" + p2, articleBody("Turyści w Polsce", p1, label, p2), label);
        }
    }

    @Test
    void aNoteThatTheArticleGoesOnPastAnAdvertisementALabelOrACreditIsNotText() {
        String p1 = "A jury in Charleston has found the defendant guilty on all counts he faced, after two weeks of"
                + " testimony from more than thirty witnesses and a recorded confession.";
        String p2 = "Federal prosecutors are seeking the highest sentence. The penalty phase of the trial is scheduled"
                + " to begin in the first week of January.";
        for (String note : new String[] {"Article continues after sponsorship", "Story continues below advertisement",
            "ARTICLE CONTINUES BELOW", "The article continues below.", "Content continues below", "Story Continued Below",
            // and the labels, embeds and credits found around texts of news pages (site-fixtures)
            "RELATED ARTICLE", "Related Topics", "Popular Video", "[Embed]", "4 PHOTOS", "See photos from this story:",
            "Image Source: Nicole Cohen", "[Featured Image by Joe Raedle/Getty Images]", "Read more from Jennifer Rubin:"}) {
            assertEquals(p1 + "\n\n" + p2, articleBody("Jury finds defendant guilty", p1, note, p2), note);
        }
        String sentence = "The story continues after the break, when the two families meet again at the harbour.";
        assertEquals(p1 + "\n\n" + sentence + "\n\n" + p2, articleBody("Jury finds defendant guilty", p1, sentence, p2));
    }

    @Test
    void copyrightLinesInOtherLanguagesAreNotText() {
        String p1 = "Die Stadt hat am Montag den neuen Radweg entlang des Flusses eröffnet, nach zwei Jahren Bauzeit und"
                + " mehreren Verzögerungen wegen des Hochwassers im vergangenen Frühjahr.";
        String p2 = "Der Bürgermeister sagte bei der Eröffnung, der Weg solle im nächsten Jahr bis zum Hafen verlängert"
                + " werden, sobald der Stadtrat die Mittel dafür freigegeben habe.";
        for (String line : new String[] {"© 2024 Beispiel Verlag GmbH. Alle Rechte vorbehalten.",
            "Tous droits réservés - Le Journal", "Todos los derechos reservados.", "Tutti i diritti riservati",
            "Все права защищены", "ⓒ 동아일보 & donga.com, 무단 전재 및 재배포 금지", "版权所有 未经授权不得转载",
            "無断転載を禁じます"}) {
            assertEquals(p1 + "\n\n" + p2, articleBody("Neuer Radweg eröffnet", p1, p2, line), line);
        }
    }

    @Test
    void aCaptionEndingInItsPicturesCreditIsNotTextButASentenceAboutAPhotoIs() {
        String p1 = "Az 1990-ben felavatott ungvári Petőfi-szobrot az utóbbi években többször is megrongálták, legutóbb"
                + " egy nemzeti ünnepre időzítve, amikor fehér festékkel öntötték le.";
        String p2 = "A tetteseket akkor nem sikerült kézre keríteni, a város azóta kamerákat szereltetett fel a téren,"
                + " ahol a költő szobra áll.";
        for (String caption : new String[] {"Petőfi Sándor megrongált szobra Ungvár központjában. MTI Fotó: Nemes János",
            "W Polsce najwięcej wydają turyści amerykańscy (fot. sxc.hu)", "Protesters in Kyiv on Sunday (Photo: Jane Doe/AP)",
            "Les manifestants à Paris, le 3 mai. Photo : Jean Dupont", "Митинг в Москве. Фото: РИА Новости"}) {
            assertEquals(p1 + "\n\n" + p2, articleBody("Megrongálták Petőfi Sándor szobrát", p1, caption, p2), caption);
        }
        for (String sentence : new String[] {"I took a photo. Then we left for the station before the rain began.",
            "Here is the photo: Obama shaking hands with the prime minister at the summit."}) {
            assertEquals(p1 + "\n\n" + sentence + "\n\n" + p2, articleBody("Petőfi", p1, sentence, p2), sentence);
        }
    }

    @Test
    void aDatelineUnderTheLeadParagraphIsNotText() {
        String lead = "Újabb robbanások rázkódtatták meg az északkelet-kínai Tiencsin város kikötői negyedét szombaton,"
                + " ahol szerda éjjel óriási detonáció történt egy vegyszerraktárban.";
        String next = "A China News Service hírügynökség jelentése szerint szombaton váratlanul ismét nagy tűz lobbant fel"
                + " a területen. A helyszínen lévő újságírók hét-nyolc robbanást hallottak.";
        String html = "<html><body><div id=\"lead\"><h1>Újabb robbanások történtek Tiencsinben</h1><p>" + lead + "</p>"
                + "<sub class=\"datum\">2015.08.15 10:28</sub><sub class=\"szerzo\"><a href=\"/impresszum\">MTI</a></sub>"
                + "</div><div id=\"text\"><p>" + next + "</p><p>" + next.replace("hét-nyolc", "három") + "</p></div></body></html>";

        assertEquals(lead + "\n\n" + next + "\n\n" + next.replace("hét-nyolc", "három"), extractor.fromHtml(html, null).body());
        // a timeline's date heading (no time of day) stays
        String timeline = "<html><body><article><h1>How the talks went</h1><p>" + lead + "</p><h2>March 3, 2020</h2><p>"
                + next + "</p></article></body></html>";
        assertTrue(extractor.fromHtml(timeline, null).body().contains("March 3, 2020"));
    }

    @Test
    void aPastedBlogPostsLineOfDayAndWriterOverItsHeadlineIsTheHeadersNotItsText() {
        String text = "If you do, then you are in luck, thanks to an expansion board for the Raspberry Pi 5, which adds"
                + " ten USB ports for a total of fourteen on one small board.";
        ExtractedArticle a = extractor.fromText("IoT Hub\nWin-Win Partners\nPosted on December 20, 2025 by Jean-Luc "
                + "Aufranc (CNXSoft) - 5 Comments on Do you need 14 USB ports on your Raspberry Pi 5?\nDo you need 14 USB "
                + "ports on your Raspberry Pi 5?\n" + text + "\n" + text + "\n" + text);
        assertEquals("Do you need 14 USB ports on your Raspberry Pi 5?", a.title());
        assertEquals(OffsetDateTime.parse("2025-12-20T00:00Z"), a.publishedAt());
        assertTrue(a.body().startsWith("If you do"), a.body());
    }

    @Test
    void chineseAndJapanesePagesAreDetectedAndCountedByCharacter() {
        String zh = "中国和日本同意就敏感的安全问题展开讨论，这是修复紧张关系的重要一步。日本外务大臣在北京与中国国务院总理和外交部长举行了会谈，双方表示愿意加强经济合作。";
        ExtractedArticle a = extractor.fromHtml("<html lang=\"zh-CN\"><head><title>中日关系</title></head><body><h1>中日关系</h1><p>"
                + zh + "</p><p>" + zh + "</p></body></html>", null);
        assertEquals("zh", a.language());
        long han = zh.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        assertEquals(2 * han, a.wordCount());

        String ja = "日本の外務大臣は北京を訪問し、中国の首相と外相と会談しました。両国は安全保障の問題について協議を始めることで合意し、関係改善に向けた一歩となりました。";
        ExtractedArticle b = extractor.fromHtml("<html lang=\"en\"><body><p>" + ja + "</p><p>" + ja + "</p></body></html>", null);
        assertEquals("ja", b.language(), "a wrong lang declaration loses against the text");
        assertTrue(b.wordCount() > 100);
    }

    @Test
    void textWrittenWithSeparateAccentsComesOutComposedAndMarksStayInTheirWords() {
        // "Técnicas" and "São Paulo" decomposed (NFD: a letter, then its accent), as some systems write them
        String decomposed = "Te\u0301cnicas de fotografia em Sa\u0303o Paulo";
        String para = decomposed + ": os fotógrafos da cidade mostram como trabalham com luz natural nas ruas, nos "
                + "parques e nos mercados, e explicam cada escolha de lente e de exposição que fizeram.";
        ExtractedArticle a = extractor.fromHtml("<html lang=\"pt\"><head><title>" + decomposed + "</title></head>"
                + "<body><article><h1>" + decomposed + "</h1><p>" + para + "</p><p>" + para + "</p></article></body>"
                + "</html>", null);
        assertEquals("Técnicas de fotografia em São Paulo", a.title());
        assertTrue(a.body().startsWith("Técnicas de fotografia em São Paulo: os fotógrafos"), a.body());
        assertFalse(a.body().contains("e\u0301"), a.body());
        assertEquals(2 * 34, a.wordCount(), a.body());

        // Devanagari vowel signs and viramas are marks that no composed form absorbs: they stay inside their words
        String hindi = "भारत और जापान ने व्यापार समझौते पर हस्ताक्षर किए। दोनों देशों के विदेश मंत्रियों ने दिल्ली में बातचीत की।";
        ExtractedArticle h = extractor.fromText(hindi + "\n\n" + hindi);
        assertEquals(2 * 19, h.wordCount(), h.body());
    }

    @Test
    void aPageWhoseSourceWasEncodedTwiceReadsAsWritten() {
        // a CMS stored UTF-8 as Windows-1252: every quote, dash and accent of the page came out as two or three signs
        String para = "The minister\u00e2\u20ac\u2122s visit to Montr\u00c3\u00a9al \u00e2\u20ac\u201d the first in "
                + "a decade \u00e2\u20ac\u201d ended with a \u00e2\u20ac\u0153joint plan\u00e2\u20ac\u009d on ports, "
                + "fisheries and the caf\u00c3\u00a9 trade, officials said on Tuesday after two days of talks.";
        ExtractedArticle a = extractor.fromHtml("<html><head><meta charset=\"utf-8\"><title>Minister\u00e2\u20ac\u2122s"
                + " visit ends</title><meta name=\"author\" content=\"Jos\u00c3\u00a9 Garc\u00c3\u00ada\"></head>"
                + "<body><article><h1>Minister\u00e2\u20ac\u2122s visit ends</h1><p>" + para + "</p><p>" + para
                + "</p></article></body></html>", null);
        assertEquals("Minister’s visit ends", a.title());
        assertEquals(java.util.List.of("José García"), a.authors());
        assertTrue(a.body().startsWith("The minister’s visit to Montréal — the first in a decade — ended with a "
                + "“joint plan” on ports"), a.body());
        assertEquals(2 * 31, a.wordCount(), a.body());
        assertEquals(a.body(), extractor.fromText(para + "\n\n" + para).body(), "the same text pasted");
    }

    @Test
    void hyphenationHintsAreNoPartOfTheText() {
        // German sites mark where long words may break (&shy;); the words must stay whole for search and analysis
        String para = "Laut Gesetz soll die ePA den Not&shy;fall&shy;daten&shy;satz und den Medi&shy;kations&shy;plan "
                + "enthalten, damit Ärztinnen und Ärzte im Notfall schnell alle wichtigen Angaben finden können.";
        ExtractedArticle a = extractor.fromHtml("<html lang=\"de\"><head><title>Der Not&shy;fall&shy;daten&shy;satz"
                + "</title></head><body><article><h1>Der Not&shy;fall&shy;daten&shy;satz</h1><p>" + para + "</p><p>"
                + para + "</p></article></body></html>", null);
        assertEquals("Der Notfalldatensatz", a.title());
        assertTrue(a.body().contains("den Notfalldatensatz und den Medikationsplan enthalten"), a.body());
        assertFalse(a.body().contains("\u00ad"), a.body());
        assertEquals(2 * 23, a.wordCount(), a.body());
    }

    @Test
    void emptyInputGivesAnEmptyArticle() {
        assertEquals("", extractor.fromHtml(null, null).body());
        assertEquals("", extractor.fromHtml("  ", "https://example.com/").body());
        assertEquals(0, extractor.fromText("").wordCount());
        assertTrue(extractor.fromText(null).authors().isEmpty());
    }

    @Test
    void aHomePageOrBrokenCanonicalAddressIsNotTheArticles() {
        String body = "<body><article><h1>Harbour reopens</h1>" + para("The harbour reopened on Tuesday after crews "
                + "cleared the debris left by the storm.", 4) + "</article></body></html>";
        // a site that names its home page as every page's canonical address: every article would get one id
        ExtractedArticle home = extractor.fromHtml("<html><head><link rel=\"canonical\" href=\"https://example.com/\">"
                + "<meta property=\"og:url\" content=\"https://example.com/news/harbour\"></head>" + body, null);
        assertEquals("https://example.com/news/harbour", home.canonicalUrl());
        ExtractedArticle broken = extractor.fromHtml("<html><head><link rel=\"canonical\" "
                + "href=\"https://blog.example%2Fnews%2Fharbour\"></head>" + body, "https://blog.example.org/news/harbour");
        assertEquals("https://blog.example.org/news/harbour", broken.canonicalUrl());
        ExtractedArticle none = extractor.fromHtml("<html><head><link rel=\"canonical\" href=\"https://example.com\">"
                + "</head>" + body, null);
        assertNull(none.canonicalUrl(), "no address: the article is identified by its text");
    }

    @Test
    void theNextArticleAnEndlessScrollingPageLoadsBelowIsLeftOut() {
        String story = "<article><h1>Harbour reopens after the storm</h1>"
                + para("The harbour reopened on Tuesday after crews cleared the debris left by the storm.", 5)
                + para("Fishing boats returned to their moorings and the ferry resumed its timetable.", 5) + "</article>";
        String next = "<article><h2>City council approves new budget</h2>"
                + para("The city council approved a new budget on Wednesday after a long debate about schools.", 6)
                + para("Councillors said the plan would fund more teachers and repair the roads.", 6) + "</article>";
        ExtractedArticle a = extractor.fromHtml("<html><head><title>Harbour reopens after the storm | Harbour News"
                + "</title></head><body>" + story + "<div class=\"next-article\">" + next + "</div></body></html>", null);
        assertTrue(a.body().startsWith("The harbour reopened"), a.body());
        assertFalse(a.body().contains("council"), "the next article is left out: " + a.body());

        // a live blog: its updates are articles under the page's headline, and all of them are the article
        String updates = "<article><h2>10:05</h2>" + para("Crews have started clearing the debris from the quay.", 4)
                + "</article><article><h2>10:40</h2>" + para("The first fishing boats are back at their moorings.", 4)
                + "</article><article><h2>11:15</h2>" + para("The ferry company says sailings resume at noon.", 4)
                + "</article>";
        ExtractedArticle live = extractor.fromHtml("<html><head><title>Harbour reopens: live</title></head><body>"
                + "<h1>Harbour reopens: live</h1><div class=\"updates\">" + updates + "</div></body></html>", null);
        assertTrue(live.body().contains("Crews have started") && live.body().contains("sailings resume"), live.body());
    }

    @Test
    void oneInstanceServesManyThreads() throws Exception {
        String html = "<html><body><h1>T</h1><p>" + para("Parallel extraction should give the same body every time.", 6) + "</p></body></html>";
        String expected = extractor.fromHtml(html, null).body();
        List<String> bodies = IntStream.range(0, 64).parallel().mapToObj(i -> extractor.fromHtml(html, null).body()).toList();
        assertTrue(bodies.stream().allMatch(expected::equals));
    }
}
