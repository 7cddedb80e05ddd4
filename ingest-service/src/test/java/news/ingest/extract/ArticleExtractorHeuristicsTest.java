package news.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One small hand-written page per body/metadata heuristic. */
class ArticleExtractorHeuristicsTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private static String para(String sentence, int times) {
        return IntStream.range(0, times).mapToObj(i -> sentence).collect(Collectors.joining(" "));
    }

    private static final String P1 = para("The council approved the new cycling lanes after a long public consultation.", 3);
    private static final String P3 = para("Residents can comment on the plans at the town hall until the end of the month.", 3);
    private static final String P2 = para("Work on the first section will start in spring and finish before the summer holidays.", 3);
    private static final String P4 = para("The lanes will connect the station with the university and the new hospital.", 3);
    private static final String P5 = para("Shop owners on the high street asked for more parking spaces near the market.", 3);

    /** @return the body extracted from a page where a table stands between two paragraphs of an article */
    private String bodyAroundTable(String table) {
        return extractor.fromHtml("""
                <html><body><div class="content">
                <p>%s</p>
                %s
                <p>%s</p>
                </div></body></html>
                """.formatted(P1, table, P2), null).body();
    }

    /** @return the body extracted from a story of these paragraphs, one {@code <p>} each */
    private String storyBody(String... paragraphs) {
        return extractor.fromHtml("<html><body><div class=\"story\">" + Arrays.stream(paragraphs)
                .map(p -> "<p>" + p + "</p>").collect(Collectors.joining()) + "</div></body></html>", null).body();
    }

    @Test
    void theSitesNoteOnItsAffiliateLinksIsNotText() {
        String note = "We buy all the products we test. If you purchase through our links, we may earn a commission.";
        assertEquals(String.join("\n\n", P1, P2, P3), storyBody(note, P1, P2, P3));
        assertEquals(String.join("\n\n", P1, P2, P3), storyBody("This post may contain affiliate links.", P1, P2, P3));

        String writers = "No affiliate links. No paid promotion. I have used every piece of gear in this post.";
        String streamers = "Streamers earn a commission when viewers buy games or gear via affiliate links.";
        assertEquals(String.join("\n\n", writers, P1, streamers, P2), storyBody(writers, P1, streamers, P2),
                "what the article says of affiliate links");
    }

    @Test
    void aLabelWithoutItsValueIsNotText() {
        for (String label : List.of("Posted By", "Posted On")) {
            assertEquals(String.join("\n\n", P1, P2, P3), storyBody(label, P1, P2, P3), label);
        }
    }

    @Test
    void aReadingTimeAloneIsNotText() {
        for (String time : List.of("3 MIN. READ", "2–4 minutes", "Estimated reading time: 11 minutes", "5 min read")) {
            assertEquals(String.join("\n\n", P1, P2, P3), storyBody(time, P1, P2, P3), time);
        }
    }

    @Test
    void aParagraphThatEndsInAPicturesCreditIsItsCaption() {
        for (String caption : List.of("Pittsburgh Penguins goaltender makes a save during the third period in Buffalo,"
                + " N.Y. (AP Photo/Jeffrey T. Barnes)", "The protests kicked off in June (Image: GETTY )",
                "Workers load boards into a truck outside a store in Hialeah, Fla. (AP)",
                "Lawmakers debate the rules for an inquiry, October 31, 2019. (Joshua Roberts/Reuters)",
                "Rep. Ilhan Omar speaks at the Capitol on July 25, 2019.J. Scott Applewhite / AP file",
                "A reference habitation module for a crewed Mars mission beside its hibernation-based equivalent. "
                        + "Credit: ESA",
                "Biomason uses bacteria in its brick-making process to cut emissions. Photo credit: Biomason",
                "The Darien is one of the most comfortable hammocks available. – Photo Credit: Taylor Passofaro "
                        + "(CleverHiker.com)")) {
            assertEquals(String.join("\n\n", P1, P2, P3), storyBody(P1, caption, P2, P3), caption);
            // pasted as text, the caption between the paragraphs is left out too
            assertEquals(String.join("\n\n", P1, P2, P3),
                    extractor.fromText(String.join("\n", "A Headline Over the Story", P1, caption, P2, P3)).body());
        }
        String taxCredit = "Each firm that hires an apprentice gets a tax credit: the minister said it comes to $500.";
        assertEquals(String.join("\n\n", P1, taxCredit, P2), storyBody(P1, taxCredit, P2), "a sentence on a credit");
        String cited = "The agency's figures (AP reported them first) show a rise in every region of the country.";
        String source = "The survey asked 2,000 adults about their commute (see the full report from the council)";
        assertEquals(String.join("\n\n", P1, cited, source, P2), storyBody(P1, cited, source, P2),
                "a paragraph's own brackets");
    }

    @Test
    void aPicturesCaptionInABoxBesideTheParagraphsIsNotText() {
        // dealbook.nytimes.com: the picture, its credit and its caption in spans of a box among the paragraphs; the
        // caption's sentence counted with the paragraphs as the page's main prose, which is never pruned
        String html = """
                <html><body><div class="entry-content"><div class="w362 right"><img src="/raj.jpg" alt="Raj">
                <span class="credit">Brendan Mcdermid/Reuters</span><span class="caption">Raj Rajaratnam, right, and his
                lawyer, John Dowd, leaving court on Monday.</span></div><p>%s</p><p>%s</p><p>%s</p><p>%s</p><p>%s</p>
                </div></body></html>
                """.formatted(P1, P2, P3, P4, P5);

        assertEquals(String.join("\n\n", P1, P2, P3, P4, P5), extractor.fromHtml(html, null).body());
    }

    @Test
    void aPicturesAttributionBesideTheTextIsNotText() {
        // theatlantic.com (2011): the picture's source in a "p.image-attrib" of the picture's box, the article's text
        // written straight into the container after it; the source read as the text's first words
        String html = """
                <html><body><div class="articleContent"><div class="image_holder_left"><img src="/bond.jpg">
                <p class="image-attrib">Columbia Pictures</p></div>
                %s<p>%s</p><p>%s</p><p>%s</p><p>%s</p></div></body></html>
                """.formatted(P1, P2, P3, P4, P5);

        assertEquals(String.join("\n\n", P1, P2, P3, P4, P5), extractor.fromHtml(html, null).body());
    }

    @Test
    void aWrapperNamedForTheFooterThatHoldsThePageIsNotTheFooter() {
        // a sticky-footer layout (blog.atom.io): "footer-push" wraps the menu and the post, the footer comes after it;
        // the whole page was taken for a footer and nothing was left
        String html = """
                <html><body><div class="footer-push"><ul class="navigation"><li><a href="/">Blog</a></li>
                <li><a href="/docs">Documentation</a></li></ul><div class="wrapper"><div class="post">
                <h2 class="post-name">Atom Is Now Open Source</h2><div class="post markdown"><p>%s</p><p>%s</p></div>
                </div></div></div><footer><div class="footer"><p>%s</p></div></footer></body></html>
                """.formatted(P1, P2, "Terms of Use. Releases. Contact. This is the footer of every page of the site.");
        assertEquals(P1 + "\n\n" + P2, extractor.fromHtml(html, null).body());
    }

    @Test
    void aListArticlesLastNumberedItemSetAsAHeadingIsKeptButAClosingHeadingOverNothingGoes() {
        // each item of the list a heading (buzzfeed.com), the last with no paragraph under it
        String html = """
                <html><body><article><h2>1. A few months ago an artist drew the singer as a mermaid.</h2><p>%s</p>
                <h2>2. The drawing recently resurfaced, and it did not go down well.</h2><p>%s</p>
                <h2>3. Others said the edited drawing was harmful.</h2>
                <h2>4. Still, the singer will go on, either as a human or a mermaid.</h2>
                <h2>You might also like</h2></article></body></html>
                """.formatted(P1, P2);
        String body = extractor.fromHtml(html, null).body();
        assertTrue(body.endsWith("3. Others said the edited drawing was harmful.\n\n"
                + "4. Still, the singer will go on, either as a human or a mermaid."), body);
    }

    @Test
    void aLeadInABlockOfItsOwnMarkedUpLikeTheRestIsKeptBesideALinkLine() {
        // the lead paragraph and the rest in two blocks of one class, the second opening with a link (wnyc.org): the
        // rest's paragraph scored best alone, and its block held other text (the link), so its like went unseen
        String lead = "This week Alec sits down with an actor. Some fans know him for Hamlet, others for a comedy.";
        String html = """
                <html><body><div class="article"><div class="article-description"><p>%s</p></div>
                <div class="article-description"><p><a href="/transcript/"><strong>READ | Full Transcript</strong></a></p>
                <p>%s</p></div>
                <div class="appearances"><h4>Hosted by:</h4><a href="/people/alec-baldwin/">Alec Baldwin</a></div>
                <div class="appearances"><h4>Produced by:</h4><a href="/people/emily-botein/">Emily Botein</a> and
                <a href="/people/kathie-russo/">Kathie Russo</a></div>
                <div class="tags"><h4>Tags:</h4><ul><li><a href="/tags/a/">alec baldwin</a></li>
                <li><a href="/tags/b/">other desert cities</a></li><li><a href="/tags/c/">stacy keach</a></li></ul></div>
                </div></body></html>
                """.formatted(lead, P2);
        assertEquals(lead + "\n\n" + P2, extractor.fromHtml(html, null).body());
    }

    @Test
    void aVideoEmbeddedBetweenTheParagraphsLeavesNoControlsOrTitleInTheText() {
        // a player marked as a schema.org VideoObject, its caption settings and title written in the page (today.com)
        String html = """
                <html><body><article><div class="entry-container"><p>%s</p>
                <div itemprop="video" itemscope itemtype="http://schema.org/VideoObject" class="video-wrapper">
                <div class="player-closedcaption"><header>Closed Captioning</header><div>font<br>size<br>
                <div>T</div><div>T</div></div></div><h2 class="player-headline">Zsa Zsa Gabor dies at 99</h2></div>
                <p>%s</p></div></article></body></html>
                """.formatted(P1, P2);
        assertEquals(P1 + "\n\n" + P2, extractor.fromHtml(html, null).body());
    }

    @Test
    void aGalleryArticlesSlidesNumberedInTheirClassAreAllItsText() {
        // each part of the article is a slide's caption, the slides marked "slide-0", "slide-1", ... (popsugar.com):
        // only the first, on the article's main run of prose, was kept; a picture's short caption still goes
        String slide = """
                <figure class="flat-slide slide-%d"><img src="/%d.jpg" alt="Slide"><figcaption class="caption">
                <p>%s</p></figcaption></figure>""";
        String html = """
                <html><body><article class="post"><div class="gallery-body"><p>%s</p></div>
                <figure class="photo"><img src="/x.jpg"><figcaption>The designer at home.</figcaption></figure>
                <div class="slides">%s%s%s</div></article></body></html>
                """.formatted(P1, slide.formatted(0, 0, P2), slide.formatted(1, 1, P3), slide.formatted(2, 2, P1 + " Again."));
        assertEquals(String.join("\n\n", P1, P2, P3, P1 + " Again."), extractor.fromHtml(html, null).body());
    }

    @Test
    void aFurtherReadingBoxBetweenShortParagraphsEndsNeitherTheArticleNorShowsItsLabel() {
        // an article written in paragraphs of one or two sentences, none of them long, with a box of links to other
        // articles after its second paragraph (accountancyage.com): the box's label stopped the body there
        String[] paragraphs = {"UK institutes have thrown their weight behind rapid adoption of international reporting"
                + " standards in the US.", "This so-called big bang approach would see large companies prepare"
                + " accounts in the new standards at once, with smaller businesses following suit.",
            "ACCA said a speedy jump would help trade and the transfer of skills between the two countries.",
            "Its head of financial reporting said the regulator will want a consistent reporting base in the end.",
            "A protracted transfer could undermine the quality of global standards, he warned on Tuesday."};
        String html = """
                <html><body><div class="article_description">
                <p>%s</p><p>%s</p>
                <div class="further_reading_block"><div class="section_title"><p>Further reading</p></div>
                <ul><li><h4><a href="/news/1">Investors: the standards are unfit for purpose</a></h4></li>
                <li><h4><a href="/news/2">Banks favour the new rules</a></h4></li></ul></div>
                <p>%s</p><p>%s</p><p>%s</p>
                </div></body></html>
                """.formatted((Object[]) paragraphs);
        assertEquals(String.join("\n\n", paragraphs), extractor.fromHtml(html, null).body());
    }

    @Test
    void aShortArticleIsTakenWithoutTheInstructionsOfADialogElsewhereOnThePage() {
        // a short news item whose page ends in a dialog box the site's script shows on demand: its prose made the
        // whole page score best (ma.hu)
        String html = """
                <html><body><div id="wrap"><div id="main"><div id="lead">
                <h1>Explosions shake the port again</h1>
                <p>%s</p><p>%s</p>
                </div></div></div>
                <div id="bookmark-box" title="Add the page to your bookmarks:">
                <ul><li>press Ctrl + D on the keyboard</li><li>or click the star at the right of the address bar</li></ul>
                To add the page to the bookmarks toolbar, choose the folder of the toolbar when adding it; the toolbar
                itself is shown from the View menu, under Toolbars, where it can be switched on and off at any time.
                </div></body></html>
                """.formatted(P1, P2);
        String body = extractor.fromHtml(html, null).body();
        assertTrue(body.startsWith("The council approved"), body);
        assertTrue(body.endsWith("summer holidays."), body);
    }

    @Test
    void anAddressElementIsContactDetailsNotTheArticle() {
        String html = """
                <html><body><article><h1>Council approves cycling lanes</h1>
                <address class="byline">By <a rel="author" href="/author/jane-doe">Jane Doe</a></address>
                <p>The council approved the new cycling lanes on Monday after a long public consultation.</p>
                <p>Work starts in spring, the mayor said in a statement, and should end before the winter.</p>
                <p>Residents on the affected streets will be consulted again about parking before then.</p>
                <address>City Hall, 1 Main Street, Springfield</address>
                </article></body></html>""";
        ExtractedArticle article = extractor.fromHtml(html, null);
        assertEquals(List.of("Jane Doe"), article.authors());
        assertTrue(article.body().startsWith("The council approved"), article.body());
        assertTrue(article.body().endsWith("consulted again about parking before then."), article.body());
    }

    @Test
    void productBulletListsAndShortLinkedNamesStayInTheArticle() {
        String html = """
                <html><body><article><div class="entry-content">
                <p>%s</p>
                <ul><li>Automatically on, automatically connected</li><li>Easy setup for all your devices</li>
                    <li>Quick access to the assistant</li><li>Charges quickly in the case</li></ul>
                <p><a href="/shop/1">Wireless Earbuds with Charging Case</a></p>
                <ul><li>Active noise cancellation</li><li>Sweat and water resistant</li><li>Three sizes of tips</li></ul>
                <p><a href="/shop/2">Noise Cancelling Earbuds (Latest Model)</a></p>
                <p>%s</p>
                </div></article></body></html>
                """.formatted(P1, P2);

        String body = extractor.fromHtml(html, null).body();

        assertTrue(body.startsWith(P1), body);
        assertTrue(body.contains("Easy setup for all your devices"), body);
        assertTrue(body.contains("Sweat and water resistant"), body);
        assertTrue(body.endsWith(P2), body);
    }

    @Test
    void listArticleIsTakenWholeWhenItsLinkListsSinkItsScoreBelowOneOfItsSections() {
        String courses = IntStream.range(0, 60)
                .mapToObj(i -> "<li><a href=\"/course/" + i + "\">Introduction to subject number " + i + "</a> (free)</li>")
                .collect(Collectors.joining());
        String watershed = para("The agency offers a series of training modules about watershed management for anyone.", 4);
        String html = """
                <html><body><div class="post"><div class="wysiwyg">
                <p>%s</p><p>%s</p>
                <ul>%s</ul>
                <p>%s</p>
                <div class="course-box"><h3>Watershed Academy</h3><p>%s</p></div>
                </div></div></body></html>
                """.formatted(P1, P2, courses, P3, watershed);

        String body = extractor.fromHtml(html, null).body();

        assertTrue(body.startsWith(P1 + "\n\n" + P2), body);
        assertTrue(body.contains(P3), body);
        assertTrue(body.endsWith(watershed), body);
    }

    @Test
    void roundUpItemsWithASentenceOfTheirOwnStayButBareLinksGo() {
        String html = """
                <html><body><article>
                <p>%s</p><p>%s</p>
                <ol><li><strong><a href="/cloud">Google has bought CloudSimple, a cloud startup</a>.</strong>
                    The deal closed on Monday, the company said.</li>
                <li><strong><a href="/airpods">Teens love AirPods more than ever before</a>.</strong>
                    That is according to a new survey of teens.</li></ol>
                <p>%s</p>
                <ul><li><a href="/other-1">Another story about the city budget for next year</a></li>
                <li><a href="/other-2">Where to find the best coffee in town this winter</a></li></ul>
                </article></body></html>
                """.formatted(P1, P3, P2);

        String body = extractor.fromHtml(html, null).body();

        assertTrue(body.contains("Google has bought CloudSimple, a cloud startup. The deal closed on Monday, the company said."), body);
        assertTrue(body.contains("That is according to a new survey of teens."), body);
        assertFalse(body.contains("Another story"), body);
        assertFalse(body.contains("best coffee"), body);
    }

    @Test
    void headingsWrappedInPermalinksOrBareAnchorsStayButLinkedHeadingsToOtherPagesGo() {
        String html = """
                <html><body><article>
                <p>%s</p>
                <h3 id="first-works"><a href="#first-works">When the first works start</a></h3>
                <p>%s</p>
                <h3><a><strong>How residents can comment</strong></a></h3>
                <p>%s</p>
                <h3><a href="/other-story">Another story about the city budget</a></h3>
                </article></body></html>
                """.formatted(P1, P2, P3);

        String body = extractor.fromHtml(html, null).body();

        assertTrue(body.contains(P1 + "\n\nWhen the first works start\n\n" + P2), body);
        assertTrue(body.contains("How residents can comment\n\n" + P3), body);
        assertFalse(body.contains("Another story"), body);
    }

    @Test
    void linkedItemsOfAListWithPlainItemsStayButAListOfLinksGoes() {
        String html = """
                <html><body><article>
                <p>%s</p>
                <h3>Shelter</h3>
                <ul><li><a href="https://shop.example/tent">Tent</a></li><li>Rainfly</li>
                    <li><a href="/reviews/stakes">Stakes</a></li></ul>
                <p>%s</p>
                <ul><li><a href="/other-1">Another story about the city budget for next year</a></li>
                <li><a href="/other-2">Where to find the best coffee in town this winter</a></li></ul>
                </article></body></html>
                """.formatted(P1, P2);

        String body = extractor.fromHtml(html, null).body();

        assertTrue(body.contains("Shelter\n\nTent\n\nRainfly\n\nStakes\n\n" + P2), body);
        assertFalse(body.contains("Another story"), body);
    }

    @Test
    void relatedBlogPostsWithLongExcerptsEndTheArticle() {
        String excerpt = para("Grandma's stuffing and pies side by side across the counter after a long dinner.", 4) + "…";
        String html = """
                <html><body><div class="page">
                <p>%s</p><p>%s</p>
                <h3>Related Blog Posts</h3>
                <div><p>%s</p><p>%s</p></div>
                </div></body></html>
                """.formatted(P1, P2, excerpt, excerpt.replace("Grandma's", "Grandpa's"));

        String body = extractor.fromHtml(html, null).body();

        assertEquals(P1 + "\n\n" + P2, body);
    }

    @Test
    void headingLinkedToAnotherSiteOverASectionStaysButATeaserForAnArticleOfTheSameSiteGoes() {
        String html = """
                <html><body><article>
                <p>%s</p>
                <h2><a href="https://tools.example.org/">1. Example Tools</a></h2>
                <p>%s</p>
                <h3><a href="/2024/05/other-story">Council votes on the budget for next year</a></h3>
                <p>%s</p>
                </article></body></html>
                """.formatted(P1, P2, P3 + " " + P3);

        String body = extractor.fromHtml(html, "https://news.example.com/2024/06/cycling-lanes").body();

        assertEquals(P1 + "\n\n1. Example Tools\n\n" + P2 + "\n\n" + P3 + " " + P3, body);
    }

    @Test
    void roundUpItemsHeadedByAParagraphOfOneLinkToAnotherSiteKeepTheirHeading() {
        String html = """
                <html><body><article>
                <p>%s</p>
                <p><a href="https://finance.example.org/deal-1">Harbour Bank acquires Tidewater Credit</a>
                <p>%s</p>
                <p><a href="https://wire.example.net/deal-2">Source</a>
                <p><a href="/2024/05/other-story">Council votes on the budget for next year</a>
                <p>%s</p>
                </article></body></html>
                """.formatted(P1, P2, P3 + " " + P3);

        String body = extractor.fromHtml(html, "https://news.example.com/2024/06/cycling-lanes").body();

        assertEquals(P1 + "\n\nHarbour Bank acquires Tidewater Credit\n\n" + P2 + "\n\n" + P3 + " " + P3, body);
    }

    @Test
    void blocksMarkedUpLikeTheArticleButForTheirPositionClassAreMoreOfIt() {
        String html = """
                <html><body><div class="panel-grid">
                <div class="so-panel widget widget_text panel-first-child"><div class="textwidget"><p>%s</p></div></div>
                <div class="so-panel widget widget_text panel-last-child"><div class="textwidget"><p>%s</p><p>%s</p></div></div>
                </div></body></html>
                """.formatted(P1, P2, P3);

        String body = extractor.fromHtml(html, null).body();

        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body);
    }

    @Test
    void sectionsInRowsNumberedByThePageBuilderAreAllTheArticle() {
        // HubSpot's page builder puts each section of a long guide in a row of its own, the rows told apart only by
        // their number ("row-number-1", "row-number-4"; cbcbank.com): the body was the longest section alone
        String row = """
                <div class="row-fluid-wrapper row-depth-1 row-number-%d dnd-section"><div class="row-fluid">
                <div class="span12 widget-span"><header class="pillar-section-heading"><h2>%s</h2></header></div>
                <div class="span12 widget-span"><span class="hs_cos_wrapper widget-type-rich_text">%s</span></div>
                </div></div>""";
        String html = """
                <html><body><main><h1>Nine tips for the cycling lanes</h1>
                <div class="pillar-content"><div class="span12 widget-span widget-type-cell">%s%s%s</div></div>
                </main></body></html>
                """.formatted(row.formatted(1, "Plan", "<p>" + P1 + "</p>"),
                row.formatted(4, "Build", "<p>" + P2 + "</p><p>" + P3 + "</p>"),
                row.formatted(7, "Open", "<p>" + P4 + "</p>"));

        String body = extractor.fromHtml(html, null).body();

        assertEquals(String.join("\n\n", P1, "Build", P2, P3, "Open", P4), body);
    }

    @Test
    void anArticleOfOneLongParagraphKeepsTheListUnderIt() {
        // a resource page: one paragraph of prose, then a label and a list of short items in the same block
        // (psafinancial.com); the paragraph outweighed its block, whose short lines count against it, and the body
        // was the paragraph alone
        String html = """
                <html><body><nav><a href="/">Home</a> <a href="/about">About us</a></nav>
                <div class="wpb_wrapper"><p>%s</p>
                <p><strong>Key topics discussed in the guide include:</strong></p>
                <ul><li>General procedures at the rental counter</li><li>Rental practices for international drivers</li>
                <li>Reporting losses</li></ul></div></body></html>
                """.formatted(P1);

        String body = extractor.fromHtml(html, null).body();

        assertEquals(String.join("\n\n", P1, "Key topics discussed in the guide include:",
                "General procedures at the rental counter", "Rental practices for international drivers",
                "Reporting losses"), body);
    }

    @Test
    void aListOfLinksToOtherSitesThatTheArticleAnnouncesIsPartOfIt() {
        // "Many patches were sent for review:" over a list whose items are each a link to the patch (a progress
        // report); the same list of the site's own pages after "Read more:" is its furniture
        String items = """
                <ul><li><p><a href="%1$s/pulls/97">Make type comparison support floating point types</a></p></li>
                <li><p><a href="%1$s/pulls/98">Allow casts between integers and pointers</a></p></li>
                <li><p><a href="%1$s/pulls/99">Add support for the weak variable attribute</a></p></li></ul>""";
        String html = """
                <html><body><article><h1>Progress report</h1><p>%s</p>
                <div class="paragraph"><p>Many patches were sent for review:</p></div>
                <div class="ulist">%s</div><p>%s</p><p>Read more:</p>%s</article></body></html>
                """.formatted(P1, items.formatted("https://forge.example.org/compiler"), P2,
                items.formatted("https://blog.example.com/reports"));

        String body = extractor.fromHtml(html, "https://blog.example.com/reports/progress-report-39").body();

        assertEquals(String.join("\n\n", P1, "Many patches were sent for review:",
                "Make type comparison support floating point types", "Allow casts between integers and pointers",
                "Add support for the weak variable attribute", P2), body);
    }

    @Test
    void aListOfTheSitesOwnPagesThatASentenceOfTheArticleAnnouncesIsPartOfItButOtherReadingIsNot() {
        // classcentral.com: "Here are some examples of the courses offered by Google:" over links to the site's own
        // course pages; "Check out our latest guides:" over links to its other articles is furniture
        String items = """
                <ul><li><a href="https://www.example.com/%1$s/ads-apps">Google Ads Apps Certification</a></li>
                <li><a href="https://www.example.com/%1$s/ads-video">Google Ads Video Certification</a></li>
                <li><a href="https://www.example.com/%1$s/analytics">Google Analytics Certification</a></li></ul>""";
        String html = """
                <html><body><article><h1>Free certificates</h1><p>%s</p>
                <p>Here are some examples of the courses offered by Google:</p>%s<p>%s</p>
                <p>Check out our latest guides to online learning:</p>%s</article></body></html>
                """.formatted(P1, items.formatted("course"), P2, items.formatted("report"));

        String body = extractor.fromHtml(html, "https://www.example.com/report/free-certificates").body();

        assertTrue(body.startsWith(String.join("\n\n", P1, "Here are some examples of the courses offered by Google:",
                "Google Ads Apps Certification", "Google Ads Video Certification", "Google Analytics Certification", P2)),
                body);
        assertEquals(1, body.split("Google Ads Apps Certification", -1).length - 1, body);
    }

    @Test
    void aParagraphThatOpensWithALinkAndTrailsOffIsTextButALinkedHeadlineOverItsExcerptIsATeaser() {
        // wccftech.com: "<a>According to The Verge's Stadia review</a>, the streaming platform does not run ... in a
        // statement…" between the article's paragraphs; a card's "<a>Headline</a> Its excerpt…" is another article's
        String html = """
                <html><body><article><p>%s</p>
                <p><a href="https://www.theverge.com/stadia-review">According to The Verge’s Stadia review</a>, the streaming
                platform does not run its showcase launch title in native 4K. Google confirmed this in a statement…</p>
                <p>%s</p>
                <p><a href="https://blog.example.com/stadia-launch">Stadia launches tomorrow</a> The service opens to its first
                players with a short list of games and a promise of more to come before the end of the year…</p>
                </article></body></html>
                """.formatted(P1, P2);

        String body = extractor.fromHtml(html, "https://blog.example.com/stadia-4k").body();

        assertEquals(String.join("\n\n", P1, "According to The Verge’s Stadia review, the streaming platform does not run"
                + " its showcase launch title in native 4K. Google confirmed this in a statement…", P2), body);
    }

    @Test
    void aDataTablesRowLabelsStayWhateverTheirClass() {
        // eridehero.com: the comparison table's labels sit in cells of class "bgt-col-label", inside "bgt-label-inner"
        String html = """
                <html><body><article><h1>Scooters</h1><p>%s</p>
                <table class="bgt-table"><tbody>
                <tr><td class="bgt-col-label bgt-sticky"><div class="bgt-label-inner">Top Speed (Tested)</div></td>
                <td class="bgt-col-value">19.8 mph</td><td class="bgt-col-value">17.4 mph</td></tr>
                <tr><td class="bgt-col-label bgt-sticky"><div class="bgt-label-inner">Range (Tested)</div></td>
                <td class="bgt-col-value">18.7 mi</td><td class="bgt-col-value">11.4 mi</td></tr>
                </tbody></table><p>%s</p></article></body></html>
                """.formatted(P1, P2);

        assertEquals(String.join("\n\n", P1, "Top Speed (Tested) 19.8 mph 17.4 mph", "Range (Tested) 18.7 mi 11.4 mi", P2),
                extractor.fromHtml(html, null).body());
    }

    @Test
    void contactUsSectionAfterTheArticleIsNotPartOfIt() {
        String html = """
                <html><body><div class="content">
                <div class="post"><p>%s</p><p>%s</p><p>%s</p></div>
                <section class="contact-us"><h2>Connect With Us</h2>
                <p>Our team of professionals is at your service round the clock, so do not hesitate to approach us.</p></section>
                </div></body></html>
                """.formatted(P1, P2, P3);

        String body = extractor.fromHtml(html, null).body();

        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body);
    }

    @Test
    void noteAboutTheAuthorIsNotTheArticle() {
        String html = """
                <html><head><meta name="author" content="Jane Roe"></head><body><article>
                <h1>Cycling lanes approved</h1>
                <p>%s</p><p>%s</p>
                <p>Jane Roe is a freelance writer living in Ohio who covers city politics and transport.</p>
                </article></body></html>
                """.formatted(P1, P2);

        ExtractedArticle article = extractor.fromHtml(html, null);

        assertEquals(List.of("Jane Roe"), article.authors());
        assertEquals(P1 + "\n\n" + P2, article.body());
        // theguardian.com: "Yuval Noah Harari lectures at the Hebrew University of Jerusalem and is the author of ..."
        String lectures = html.replace("is a freelance writer living in Ohio who covers city politics and transport",
                "lectures at the University of Ohio and is the author of two books on city transport");
        assertEquals(P1 + "\n\n" + P2, extractor.fromHtml(lectures, null).body());
    }

    @Test
    void agencyPhotoCreditIsNotTextButAPollNamedAfterTheAgencyIs() {
        String html = """
                <html><body><article>
                <p>%s</p>
                <div>- Tapie en 2008. REUTERS/Benoit Tessier -</div>
                <p>A Reuters/Ipsos poll found that most residents back the plan.</p>
                <p>%s</p>
                </article></body></html>
                """.formatted(P1, P2);

        String body = extractor.fromHtml(html, null).body();

        assertFalse(body.contains("Benoit Tessier"), body);
        assertTrue(body.contains("A Reuters/Ipsos poll found that most residents back the plan."), body);
    }

    @Test
    void dataTableComesOutOneLinePerRow() {
        String html = """
                <html><body><div class="content">
                <p>Here are the standings of the championship after the last race of the season, updated every week.</p>
                <table><tr><th>Pos.</th><th>Driver</th><th>Points</th></tr>
                <tr><td>1</td><td>Kyle Busch</td><td>5040</td></tr>
                <tr><td>2</td><td>Martin Truex Jr.</td><td>5035</td></tr></table>
                <p>%s</p>
                </div></body></html>
                """.formatted(P2);

        String body = extractor.fromHtml(html, null).body();

        assertTrue(body.contains("1 Kyle Busch 5040\n\n2 Martin Truex Jr. 5035"), body);
    }

    @Test
    void dataTableWithAParagraphInEveryCellComesOutOneLinePerRow() {
        String body = bodyAroundTable("""
                <table><tr><td><p>Rank</p></td><td><p>State</p></td><td><p>Average Hourly Rate</p></td></tr>
                <tr><td><p>1</p></td><td><p>Alaska</p></td><td><p>$14.55</p></td></tr>
                <tr><td><p>2</p></td><td><p>Wyoming</p></td><td><p>$43.88</p></td></tr></table>""");

        assertTrue(body.contains("1 Alaska $14.55\n\n2 Wyoming $43.88"), body);
    }

    @Test
    void wordsMarkedUpInsideACellOfAShortRowStayJoined() {
        String body = bodyAroundTable("""
                <table><tr><td><p>Scale</p></td><td><p>Before</p></td><td><p>After</p></td></tr>
                <tr><td><p>PSS<sup>a</sup></p></td><td><p>23.<b>11</b></p></td><td><p>16.15</p></td></tr></table>""");

        assertTrue(body.contains("PSSa 23.11 16.15"), body);
    }

    @Test
    void excerptCutShortBelowALinkedHeadingIsAnotherArticlesCard() {
        String excerpt = para("Sharing a home office can turn out to be quite an experiment in logistics and taste.", 3)
                + "...";
        String html = """
                <html><body><main>
                <div class="post"><p>%s</p><p>%s</p></div>
                <section class="more"><div class="item"><h3><a href="/blog/sharing-an-office">Sharing an office</a></h3>
                <div class="excerpt">%s</div><div class="date">Feb 26, 2026</div></div></section>
                </main></body></html>
                """.formatted(P1, P2, excerpt);

        String body = extractor.fromHtml(html, "https://shop.example.com/blog/desk").body();

        assertTrue(body.endsWith(P2), body);
    }

    @Test
    void headerOfASectionBelowTheArticlesFirstParagraphIsItsHeading() {
        String html = """
                <html><body><header><a href="/">Home</a> <a href="/blog">Blog</a></header>
                <article><header><h1>Set up your desk</h1></header>
                <section><header><div>Setup step #1</div><h3>Sit up straight</h3></header><p>%s</p></section>
                <section><header><div>Setup step #2</div><h3>Relax your shoulders</h3></header><p>%s</p></section>
                </article></body></html>
                """.formatted(P1, P2);

        String body = extractor.fromHtml(html, null).body();

        assertTrue(body.contains("Setup step #2\n\nRelax your shoulders\n\n" + P2), body);
        assertFalse(body.contains("Home"), body);
    }

    @Test
    void linkInsideASentenceKeepsItsWordsWhateverItsClassSays() {
        String html = """
                <html><body><article>
                <p><span>The beauty of the country is its diverse landscapes, its captivating </span><a class="Link_module_Link"
                 href="/best-spots"><span class="Link_module_Label">vacation hot spots</span></a><span>, regional cultures
                 and rich history.</span></p>
                <p>%s</p><p>%s</p>
                </article></body></html>
                """.formatted(P1, P2);

        String body = extractor.fromHtml(html, null).body();

        assertTrue(body.contains("its captivating vacation hot spots, regional cultures"), body);
    }

    @Test
    void tableRowsOfLinkedNamesAndTheirFiguresStayInTheArticle() {
        String body = bodyAroundTable("""
                <table><tr><th>Company</th><th>Revenue</th></tr>
                <tr><td><a href="https://quanta.example.com/">Quanta Services Inc.</a></td><td>$7.7B</td></tr>
                <tr><td><a href="https://myr.example.com/">MYR Group Inc.</a></td><td>$2.5B</td></tr></table>""");

        assertTrue(body.contains("Quanta Services Inc. $7.7B\n\nMYR Group Inc. $2.5B"), body);
    }

    @Test
    void utilityClassesNamedAfterACssPropertyDoNotMakeATableFurniture() {
        String cell = "class=\"border-b py-tight font-utility-2 whitespace-normal\"";
        String html = """
                <html><body><div class="body-content">
                <p>%s</p>
                <table><tr><td %s><span>Week 1</span></td><td %s><span>Rest</span></td><td %s><span>Run Easy 30 min</span></td></tr>
                <tr><td %s><span>Week 2</span></td><td %s><span>Rest</span></td><td %s><span>Speed Play 35 min</span></td></tr></table>
                <p>%s</p>
                </div></body></html>
                """.formatted(P1, cell, cell, cell, cell, cell, cell, P2);

        String body = extractor.fromHtml(html, null).body();

        assertTrue(body.contains("Week 2 Rest Speed Play 35 min"), body);
    }

    @Test
    void hoverCardsInsideParagraphsAreNotText() {
        String html = """
                <html><body><article>
                <p>A man pleaded guilty to threatening Rep. <span class="rollover-people"><a href="/people/x">Jane Roe</a>
                <span class="rollover-people-block"><a href="/a">Another headline about something else entirely</a></span></span>
                on Tuesday, prosecutors said in a statement released to reporters in the afternoon.</p>
                <p>%s</p></article></body></html>
                """.formatted(P1);

        String body = extractor.fromHtml(html, null).body();

        assertFalse(body.contains("Another headline"), body);
        assertTrue(body.contains("Jane Roe on Tuesday"), body);
    }

    @Test
    void camelCasePromoClassesAreNoise() {
        String footer = para("The customer service center can be contacted with any questions or requests by telephone.", 4);
        String html = """
                <html><body>
                <div class="article-text"><p>%s</p></div>
                <div class="PromoSmall-description">Freelance writers fear the new gig worker law will make them unemployable.</div>
                <div class="footer-bottom-text"><p>%s</p></div>
                </body></html>
                """.formatted(P1, footer);

        String body = extractor.fromHtml(html, null).body();

        assertTrue(body.startsWith(P1), body);
        assertFalse(body.contains("Freelance writers"), body);
    }

    @Test
    void readersCommentsNamedInSpanishAreNoise() {
        String article = "Importante golpe a la banda terrorista ETA en Francia. La Guardia Civil ha detenido a la jefa"
                + " del aparato militar de la banda y a otro miembro en una operación conjunta con la policía francesa.";
        String comment = "Por cierto, es bueno que hayan detenido a una tía que tiene que responder ante la ley de sus"
                + " crímenes, pero de aquí a decir que es la primera noticia de portada hay un trecho muy largo.";
        String html = """
                <html><body><div class="noticia"><h1>Cae en Francia la jefa del aparato militar de ETA</h1><p>%s</p><p>%s</p>
                <div id="comentarios"><div id="comentarios_lectores"><ol><li><p>%s</p><div class="interact">
                <span>Valorar</span><span class="denunciar">Denunciar</span></div></li><li><p>%s</p></li></ol></div></div>
                </div></body></html>
                """.formatted(article, article.replace("ETA", "la banda"), comment, comment.replace("tía", "señora"));

        assertEquals(article + "\n\n" + article.replace("ETA", "la banda"), extractor.fromHtml(html, null).body());
    }

    @Test
    void aFooterNamedFootIsNoise() {
        String notice = "如欲取得最佳浏览效果，请使用最新的、使用串联样式表（CSS）的浏览器。虽然你可以使用目前的浏览器浏览网站，但是，你不能获得最佳视觉享受。";
        String text = "香港行政长官梁振英在各方压力下就其大宅的违章建筑问题到立法会接受质询，并向香港民众道歉。梁振英在星期二的答问大会开始之际在其演说中道歉，"
                + "但强调他在违章建筑问题上没有隐瞒的意图和动机。";
        String html = """
                <html><body><div id="blq-container"><div id="blq-main"><div class="story-body"><h1>港特首梁振英就住宅违建事件道歉</h1>
                <p>%s</p><p>%s</p></div></div>
                <div id="blq-foot" class="blq-rst blq-foot-grey"><div id="blq-footlinks"><h2>BBC链接</h2></div>
                <div id="blq-obit"><p><strong>%s</strong></p></div></div></div></body></html>
                """.formatted(text, text.replace("星期二", "星期三"), notice);

        String body = extractor.fromHtml(html, null).body();

        assertTrue(body.startsWith(text), body);
        assertFalse(body.contains("最佳浏览效果"), body);
        assertFalse(body.contains("BBC链接"), body);
    }

    @Test
    void repeatedParagraphsKeywordListsStampsAndSignUpPromptsAreDropped() {
        String html = """
                <html><body><div class="story">
                <p>%s</p>
                <p>Updated at 1:23 p.m.</p>
                <p>%s</p>
                <p>retire early,early retirement,personal finance,saving,investing</p>
                <p>Get the latest updates right in your inbox. Subscribe to our newsletters.</p>
                <p>%s</p><h3>Next steps</h3><p>%s</p>
                </div></body></html>
                """.formatted(P1, P2, P1, P2);

        String body = extractor.fromHtml(html, null).body();

        assertEquals(P1 + "\n\n" + P2, body);
    }

    @Test
    void buttonAndPromptLabelsAreNotText() {
        String html = """
                <html><body><div class="story"><p>%s</p><p>Close</p><p>%s</p><p>Learn more</p><p>Discover More Like This</p>
                <p>What do you think? Scroll down to comment below.</p></div></body></html>
                """.formatted(P1, P2);

        assertEquals(P1 + "\n\n" + P2, extractor.fromHtml(html, null).body());
    }

    @Test
    void placeholdersOfTextStillLoadingAndCountsOfLikesAreNotText() {
        String html = """
                <html><body><div class="story"><p>%s</p><div class="specs">Loading specifications…</div>
                <p>Loading prices for your region...</p><p>%s</p><div class="social"><span>1,109 likes</span></div>
                <div>2.4K shares</div><div>Loading comments…</div></div></body></html>
                """.formatted(P1, P2);

        assertEquals(P1 + "\n\n" + P2, extractor.fromHtml(html, null).body());
    }

    @Test
    void reportingCreditsAreNotText() {
        for (String credit : List.of("(Reporting by Will Dunham; Editing by Tom Brown)",
                "Reporting by Rodrigo Campos; additional reporting by Stephanie Kelly and Saqib Iqbal Ahmed; Editing by Dan Grebler",
                "Additional reporting by Joseph Hudak",
                "Fox News’ Jessica Napoli contributed to this report.",
                "Associated Press writers Alan Fram, Zeke Miller and Jill Colvin contributed to this report.",
                "Staff writer Ana María López-Ortiz in Madrid also contributed reporting to this story.")) {
            assertEquals(P1 + "\n\n" + P2, storyBody(P1, P2, credit), credit);
        }
    }

    @Test
    void reportersContactsAndTheSitesPromptsAtTheEndAreNotText() {
        for (String line : List.of("Keith Bradsher contributed reporting from Hong Kong.",
                "Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik. Follow us on Twitter @Spacedotcom.",
                "Have a tip? Amy Kuperinsky may be reached at akuperinsky@example.com. Follow her on Twitter @AmyKup.",
                "twitter.com/paultakahashi", "Follow me on Twitter or LinkedIn. Check out my website.",
                "More AP NBA: https://apnews.com/NBA and https://twitter.com/AP_Sports",
                "Follow AP's full coverage of Brexit and British politics at https://www.apnews.com/Brexit",
                "This website uses cookies to anonymously count visitor numbers. View our privacy policy.",
                "By clicking “Accept”, you agree to the storing of cookies on your device to enhance site navigation,"
                        + " analyze site usage, and assist in our marketing efforts. View our Privacy Policy for more information.",
                "By clicking \"Accept All Cookies\", you agree to the storing of first- and third-party cookies on your"
                        + " device to enhance site navigation, analyze site usage, and assist in our marketing efforts.",
                "go.dev uses cookies from Google to deliver and enhance the quality of its services and to analyze traffic."
                        + " Learn more.",
                "Related content", "Like this story? Share it with a friend!",
                "[button link=\"https://example.org/submit-kit-review/\" type=\"big\" newwindow=\"yes\"]"
                        + " Send us YOUR kit review, and win a prize this month[/button]")) {
            assertEquals(P1 + "\n\n" + P2, storyBody(P1, P2, line), line);
        }
    }

    @Test
    void buttonsAndNotesOfBlogsAndNewsSitesAreNotText() {
        for (String line : List.of("Enjoy the post? Pin it for later!", "PIN FOR LATER", "Learn more about our editorial process.",
                "SMS Facebook Twitter Email", "End of Article", "Latest posts by Autumn Adams (see all)",
                "Follow on social media: TikTok || Instagram || Facebook", "Add as a preferred source on Google",
                "Add as a Reliable and Trusted News Source", "Favourite on Google News", "Deal of the Day",
                "This post first appeared on Example Blog, please read the original post:", "Featured image from Sakara",
                "Shares", "Share this post", "Print This Page", "Summarize this article with:", "4 min read time",
                "Oct 29 · 6 min read", "Bridgestone Team | 5 min read", "Getty Images / Holger Leue",
                "You need to be registered with Nature to leave a comment. Please log in or register as a new user.",
                "This article appeared on page C - 1 of the San Francisco Chronicle",
                "A version of this article appears in print on March 5, 2017, on Page ST6 of the New York edition with"
                        + " the headline: You May Want to Marry My Husband. Order Reprints| Today's Paper|Subscribe",
                "Cookie Consent", "Written by Maya Perez", "Reviewed by Justin C. Meserole, Trial Attorney",
                "Contributions From: Austin Palmer", "Posted under Car Tires")) {
            assertEquals(P1 + "\n\n" + P2, storyBody(P1, P2, line), line);
        }
    }

    @Test
    void sentencesAboutReportingAreText() {
        for (String sentence : List.of(
                "Reporting by The New York Times found that the company had paid no tax in eleven of the last fifteen years.",
                "The company declined to comment. Jane Doe contributed to this report.",
                "Several readers contributed to this report by sending us their photographs of the flood.",
                "Email: press@example.org", "Facebook uses cookies to follow people who are not even logged in, the regulator said.",
                "See the council's plans at https://example.org/plans before the meeting.",
                "Follow on payments from the fund will start next year, the minister said.",
                "Written by hand, the letters were kept in a drawer for forty years.",
                "Written by Aaron Sorkin, the film follows the founders through two lawsuits.",
                "Reporting by the BBC showed fraud.")) {
            assertEquals(P1 + "\n\n" + P2 + "\n\n" + sentence, storyBody(P1, P2, sentence), sentence);
        }
    }

    @Test
    void readingTimesInOtherLanguagesAndFirstPublishedStampsAreNotText() {
        for (String label : List.of("Tempo de leitura: 2 minutos", "Tiempo de lectura: 4 min", "Temps de lecture : 3 minutes",
                "Lesezeit: 5 Min.", "Tempo di lettura: 6 minuti", "Время чтения: 3 минуты",
                "First Published on Nov 20, 2019 01:38 pm", "5 min de lectura", "4 min de leitura", "3 min de lecture",
                "6 Min. Lesezeit", "7 min di lettura", "8 минут чтения", "2 min czytania", "5 min leestijd")) {
            assertEquals(P1 + "\n\n" + P2, storyBody(label, P1, P2), label);
        }
    }

    @Test
    void wordPressPluginsSharingRelatedPostsAndSignUpFormsAreNoise() {
        String html = """
                <html><body><div class="entry-content"><p>%s</p>
                <div class="sharedaddy sd-block sd-like" id="like-post-wrapper-1"><h3 class="sd-title">Like this:</h3>
                <div class="likes-widget-placeholder"><span class="button"><span>Like</span></span>
                <span class="loading">Loading...</span></div></div>
                <p>%s</p>
                <div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">Related</h3>
                <p>A walk along the river: the new paths that opened this summer, and where they lead to.</p></div>
                <div class="a2a_kit a2a_kit_size_32"><a class="a2a_button_facebook">Facebook</a><a class="a2a_dd">Share</a></div>
                <form class="mc4wp-form"><p>Get our weekly letter about the city's streets and parks in your inbox.</p></form>
                </div></body></html>
                """.formatted(P1, P2);

        assertEquals(P1 + "\n\n" + P2, extractor.fromHtml(html, null).body());
    }

    @Test
    void whatAStyleSheetFrameworkHidesIsNotShown() {
        for (String hidden : List.of("w-condition-invisible", "is-hidden", "hide", "invisible")) {
            String html = """
                    <html><body><div class="w-richtext"><p>%s</p>
                    <div class="callout-box %s"><p>Download the free checklist and plan your garden year today.</p></div>
                    <p>%s</p></div></body></html>
                    """.formatted(P1, hidden, P2);

            assertEquals(P1 + "\n\n" + P2, extractor.fromHtml(html, null).body(), hidden);
        }
    }

    @Test
    void labelsLeftWithoutWhatTheyLabelAndEmptyParagraphsAreNotText() {
        String html = """
                <html><body><div class="story"><p>By</p><p>%s</p><p>Table of Contents</p><p>\u200d</p><p>Caption</p>
                <p>%s</p><p>Edited by</p><p>Last updated:</p></div></body></html>
                """.formatted(P1, P2);

        assertEquals(P1 + "\n\n" + P2, extractor.fromHtml(html, null).body());
    }

    @Test
    void aCustomElementInAParagraphRunsOnInItsLine() {
        String html = """
                <html><body><article><p>Binge eating disorder is the most common eating disorder in the United States
                (<hl-trusted-source source="PubMed Central"><a href="https://www.ncbi.nlm.nih.gov/x">1</a></hl-trusted-source>).
                </p><p>%s</p></article></body></html>
                """.formatted(P1);

        assertEquals("Binge eating disorder is the most common eating disorder in the United States (1).\n\n" + P1,
                extractor.fromHtml(html, null).body());
    }

    @Test
    void aParagraphRepeatedOnItsOwnStaysButAPullQuoteGoes() {
        String question = "What did you think when you first heard about the plan for the new cycling lanes?";
        String html = """
                <html><body><article>
                <p>%s</p><p>%s</p>
                <p>%s</p>
                <blockquote class="pullquote"><p>Work on the first section will start in spring and finish before the summer holidays.</p></blockquote>
                <p>%s</p><p>%s</p>
                </article></body></html>
                """.formatted(question, P1, P2, question, P3);

        String body = extractor.fromHtml(html, null).body();

        assertEquals(String.join("\n\n", question, P1, P2, question, P3), body);
    }

    @Test
    void oneParagraphPrintedAgainUnderLabelsStaysButACopiedPassageGoes() {
        // glossier.com: the offer's terms once per region, each under its label
        String terms = "Receive 20% off your purchase of three to five qualifying skincare products to create a custom set, "
                + "valid from January 16 to January 20 at our retail locations and online. Offer may end at any time.";
        String html = """
                <html><body><article><p>%s</p><p>US</p><p>%s</p><p>UK:</p><p>%s</p><p>CAD</p><p>%s</p></article></body></html>
                """.formatted(P1, terms, terms.replace("January 20", "January 21"), terms);

        assertEquals(String.join("\n\n", P1, "US", terms, "UK:", terms.replace("January 20", "January 21"), "CAD", terms),
                extractor.fromHtml(html, null).body());

        // the page's excerpt of its first two paragraphs, then the article: the paragraphs are not read twice
        String copied = """
                <html><body><article><p>%s %s</p><p>%s</p><p>%s</p><p>%s</p></article></body></html>
                """.formatted(P1, P2, P1, P2, P3);

        assertEquals(P1 + " " + P2 + "\n\n" + P3, extractor.fromHtml(copied, null).body());
    }

    @Test
    void sentenceEnds() {
        assertTrue(Text.endsSentence("The minister arrived on Tuesday."));
        assertTrue(Text.endsSentence("He said: \u201cWe will talk.\u201d  "));
        assertTrue(Text.endsSentence("Talks ended. Both sides spoke of progress"));
        assertTrue(Text.endsSentence("会谈结束。"));
        assertFalse(Text.endsSentence("Read more"));
        assertFalse(Text.endsSentence("Version 2.0 released"));
        assertFalse(Text.endsSentence("Talks ended. both sides spoke"));
        assertFalse(Text.endsSentence(""));
    }

    @Test
    void repeatAndKeywordListDetectors() {
        RepeatedText.Reader repeats = new RepeatedText.Reader();
        BooleanSupplier unquoted = () -> false;
        assertEquals(RepeatedText.NEW, repeats.read("one two three four five six seven eight nine ten", false, unquoted).repeat());
        RepeatedText.Paragraph again = repeats.read("One two three four five six seven eight nine ten.", false, unquoted);
        assertEquals(RepeatedText.REPEAT, again.repeat());
        assertEquals(0, again.source());
        assertEquals(RepeatedText.NEW,
                repeats.read("eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen", false, unquoted).repeat());
        assertEquals(RepeatedText.SHORT, repeats.read("one two three four five", false, unquoted).repeat());
        assertTrue(BoilerplateLines.isKeywordList("How to retire early,Early retirement,Retiring early,Personal Finance,pfi"));
        assertFalse(BoilerplateLines.isKeywordList("Apples, pears, plums, cherries and grapes were on sale, she said."));
    }

    @Test
    void singleVisibleHeadlineBeatsAnSeoTitleButNotTheLogo() {
        String html = """
                <html><head><title>Health And Nutrition Trends For 2026 - Tastewise</title>
                <meta property="og:site_name" content="Tastewise"></head><body>
                <header><a href="/"><h1>Tastewise</h1></a></header>
                <article><h1>Top 10 Health and Nutrition Trends to Watch</h1><p>%s</p></article></body></html>
                """.formatted(P1);

        assertEquals("Top 10 Health and Nutrition Trends to Watch", extractor.fromHtml(html, null).title());
    }

    @Test
    void capitalsOnlyHeadlineTakesTheMetadataCase() {
        String html = """
                <html><head><meta property="og:title" content="Tips for Online Success"></head><body>
                <article><h1>TIPS FOR ONLINE SUCCESS</h1><p>%s</p></article></body></html>
                """.formatted(P1);

        assertEquals("Tips for Online Success", extractor.fromHtml(html, null).title());
    }

    @Test
    void updateDateBesideTheHeadlineIsTheModificationWhenTheMetadataHasBothDates() {
        String html = """
                <html><head>
                <meta property="article:published_time" content="2024-11-22T10:00:00Z">
                <meta property="article:modified_time" content="2025-10-08T09:00:00Z"></head><body>
                <article><h1>IT Security Best Practices</h1>
                <div class="meta">By <a href="/a/trevor">Trevor Jackins</a> · 9 min read · Updated October 8, 2025</div>
                <p>%s</p></article></body></html>
                """.formatted(P1);

        ExtractedArticle a = extractor.fromHtml(html, null);

        assertEquals(LocalDate.of(2024, 11, 22), a.publishedAt().toLocalDate());
        assertEquals(LocalDate.of(2025, 10, 8), a.modifiedAt().toLocalDate());
        assertEquals(List.of("Trevor Jackins"), a.authors());
    }

    @Test
    void bylineCutOutOfRunningTextIsNotAnAuthor() {
        String html = """
                <html><body><article><h1>How the harbour was rebuilt</h1>
                <p>Photos by the city archive. The plan was drawn by Sector Expand Group in the seventies and %s</p>
                </article></body></html>
                """.formatted(P1);

        assertEquals(List.of(), extractor.fromHtml(html, null).authors());
    }

    @Test
    void bylineLabelWithTheNameInAChildAndPageLayoutClassesOnBody() {
        String html = """
                <html><body class="single has-sidebar footer-on-bottom"><article><h1>Choosing a sewing machine</h1>
                <div class="meta">Written by: <ul><li><a href="/a/e">Emily Walker</a></li><li><a href="/a/c">Casey McDevitt</a></li></ul></div>
                <p>%s</p></article></body></html>
                """.formatted(P1);

        assertEquals(List.of("Emily Walker", "Casey McDevitt"), extractor.fromHtml(html, null).authors());
    }

    @Test
    void authorElementWithATrailingDate() {
        String html = """
                <html><body><article><h1>Defer, Panic, and Recover</h1>
                <p class="author">Andrew Gerrand<br>4 August 2010</p><p>%s</p></article></body></html>
                """.formatted(P1);

        ExtractedArticle a = extractor.fromHtml(html, null);

        assertEquals(List.of("Andrew Gerrand"), a.authors());
        assertEquals(LocalDate.of(2010, 8, 4), a.publishedAt().toLocalDate());
    }

    @Test
    void aBylineWithItsReadingTimeCommentCountWeekdayHandleOrItselfAgainNamesTheAuthor() {
        Map<String, String> bylines = new LinkedHashMap<>();
        bylines.put("By Kyle Howells 15 min read", "Kyle Howells");
        bylines.put("by Jacob Trussell—10 min read", "Jacob Trussell");
        bylines.put("By Erin Spain 4 Comments", "Erin Spain");
        bylines.put("By Jane Martin 5 min read", "Jane Martin");
        bylines.put("By Jeff Foust Monday, December 2, 2019", "Jeff Foust");
        bylines.put("Margaret Talev margarettalev", "Margaret Talev");
        bylines.put("by Andrea WongAndrea Wong", "Andrea Wong");
        bylines.forEach((byline, author) -> {
            String html = """
                    <html><body><article><h1>Defer, Panic, and Recover</h1>
                    <div class="byline">%s</div><p>%s</p></article></body></html>
                    """.formatted(byline, P1);
            assertEquals(List.of(author), extractor.fromHtml(html, null).authors(), byline);
        });
    }

    @Test
    void logoHeadlineLinkingHomeIsNotTheTitleEvenWhenTheTitleEndsWithIt() {
        String html = """
                <html><head><title>Where to Bike in Houston | Houstonia Magazine</title></head><body>
                <div class="top"><h1><a href="/">Houstonia Magazine</a></h1></div>
                <div class="story"><h1>The Best Trails and Neighborhoods in Houston for Biking</h1><p>%s</p></div>
                </body></html>
                """.formatted(P1);

        assertEquals("The Best Trails and Neighborhoods in Houston for Biking", extractor.fromHtml(html, null).title());
    }

    @Test
    void headlineLinkingToTheArticlesOwnShortAddressIsNoLogo() {
        String html = """
                <html><head><title>Realtime Performance Visualizations using Node.js - How To Node - NodeJS</title></head>
                <body><div id="header"><a href="/"><h1>How To Node</h1><h2>The zen of coding in node.JS</h2></a></div>
                <div id="main"><h1><a href="/heat-tracer">Realtime Performance Visualizations using Node.js</a></h1>
                <p>%s</p></div></body></html>
                """.formatted(P1);

        assertEquals("Realtime Performance Visualizations using Node.js", extractor.fromHtml(html, null).title());
    }

    @Test
    void teaserCardsOutsideTheArticleGoButCardsInsideItStay() {
        String card = "<div class=\"tumb\"><img src=\"/i.jpg\"><div class=\"title\"><a href=\"/%s\">%s diet</a></div>"
                + "<div class=\"body\">A popular diet for an active life. Lose up to ten kilos in two weeks.</div></div>";
        String cards = card.formatted("a", "Protein") + card.formatted("b", "Buckwheat") + card.formatted("c", "Cabbage");
        String html = """
                <html><body><div class="post"><p>%s</p><p>%s</p>%s</div>
                <div id="popular"><h2>Most popular</h2>%s</div></body></html>
                """.formatted(P1, P2, cards.replace("diet", "plan"), cards);

        String body = extractor.fromHtml(html, null).body();

        assertTrue(body.contains("A popular plan for an active life"), body);
        assertFalse(body.contains("A popular diet for an active life"), body);
    }

    @Test
    void figuresHoldingATableOrAQuoteStayButPictureFiguresGo() {
        String html = """
                <html><body><article><p>%s</p>
                <figure class="wp-block-image"><img src="/a.jpg"><figcaption>The new lane on Main Street.</figcaption></figure>
                <figure class="wp-block-table"><table><tr><th>Street</th><th>Length</th></tr>
                <tr><td>Main Street</td><td>2.4 km</td></tr></table></figure>
                <figure class="wp-block-pullquote"><blockquote><p>We finally have safe routes to school.</p></blockquote></figure>
                <p>%s</p></article></body></html>
                """.formatted(P1, P2);

        String body = extractor.fromHtml(html, null).body();

        assertFalse(body.contains("The new lane on Main Street."), body);
        assertTrue(body.contains("Main Street 2.4 km"), body);
        assertTrue(body.contains("We finally have safe routes to school."), body);
    }

    @Test
    void postsEmbeddedAmongTheParagraphsStayButSocialBlocksElsewhereGo() {
        String html = """
                <html><body><article><div class="article-body"><p>%s</p>
                <div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en">The new lanes opened \
                today and my commute is ten minutes shorter. <a href="https://t.co/x">pic.twitter.com/x</a></p>\
                &mdash; Jane Rider (@janerider) <a href="https://twitter.com/janerider/status/1">March 3, 2025</a>\
                </blockquote><script src="https://platform.twitter.com/widgets.js"></script></div>
                <p>%s</p></div>
                <div class="social-share"><p>Share this story with your friends and followers on every network.</p></div>
                </article></body></html>
                """.formatted(P1, P2);

        String body = extractor.fromHtml(html, null).body();

        assertTrue(body.contains("The new lanes opened today and my commute is ten minutes shorter."), body);
        assertTrue(body.startsWith(P1) && body.endsWith(P2), body);
        assertFalse(body.contains("Share this story"), body);
    }

    @Test
    void callToActionBlocksAfterTheArticleGo() {
        String html = """
                <html><body><article><p>%s</p><p>%s</p>
                <div class="zone-widget-custom-cta-letter"><h5>A Word to Our Loyal Readers</h5>
                <p>We do this work every day at no cost to you, but it is far from free to produce, so please support us today.</p></div>
                </article></body></html>
                """.formatted(P1, P2);

        String body = extractor.fromHtml(html, null).body();

        assertEquals(P1 + "\n\n" + P2, body);
    }

    @Test
    void pageBuilderWidgetsHoldTheArticleButSidebarWidgetsGo() {
        String block = "<div class=\"elementor-element elementor-widget elementor-widget-text-editor\">"
                + "<div class=\"elementor-widget-container\"><p>%s</p></div></div>";
        String html = """
                <html><body><div class="elementor"><section class="elementor-section"><div class="elementor-widget-wrap">
                %s</div></section><section class="elementor-section"><div class="elementor-widget-wrap">
                %s</div></section><section class="elementor-section"><div class="elementor-widget-wrap">
                %s</div></section></div>
                <div class="widget-area"><div class="widget widget_text"><p>%s</p></div></div></body></html>
                """.formatted(block.formatted(P1), block.formatted(P2), block.formatted(P1.replace("council", "mayor")),
                para("Our newsletter brings you the best stories of the week from all around the region.", 3));

        String body = extractor.fromHtml(html, null).body();

        assertTrue(body.startsWith(P1), body);
        assertTrue(body.contains(P2), body);
        assertTrue(body.contains("The mayor approved"), body);
        assertFalse(body.contains("Our newsletter"), body);
    }

    @Test
    void overflowHiddenIsNotHiddenButHiddenOnSmallScreensIsFurniture() {
        String html = """
                <html><body><div class="post"><div class="relative overflow-hidden"><p>%s</p></div>
                <div class="field field--label-hidden"><p>%s</p></div></div>
                <div class="col hidden-xs"><p>%s</p></div></body></html>
                """.formatted(P1, P2, para("Read our other stories about the city and its many new projects this year.", 3));

        String body = extractor.fromHtml(html, null).body();

        assertEquals(P1 + "\n\n" + P2, body);
    }

    @Test
    void aFieldWhoseLabelIsHiddenIsNoLabel() {
        // Drupal prints every field as "field field--label-hidden": the intro of a list article is one such field,
        // short beside the long items below it
        String item = "<div class=\"field__item\"><h2>%s</h2><div class=\"field field--label-hidden\"><p>%s</p></div></div>";
        String html = "<html><body><div class=\"node\"><div class=\"field field--name-body field--label-hidden\"><p>"
                + "Ten lanes opened this year, and these are the ones worth a ride.</p></div><div class=\"field__items\">"
                + item.formatted("North lane", P1) + item.formatted("South lane", P2) + item.formatted("East lane", P1 + " " + P2)
                + "</div></div></body></html>";

        String body = extractor.fromHtml(html, null).body();

        assertTrue(body.startsWith("Ten lanes opened this year"), body);
        assertTrue(body.contains("South lane"), body);
    }

    @Test
    void anArticleCutIntoBlocksOfTheSameMarkupComesOutWhole() {
        String html = """
                <html><body><div class="page"><div class="sqs-block html-block"><div class="content"><h2>The lanes</h2>
                <p>%s</p><p>%s</p></div></div>
                <div class="sqs-block image-block"><img src="lanes.jpg"></div>
                <div class="sqs-block html-block"><div class="content"><h2>What comes next</h2><p>%s</p></div></div>
                <div class="sqs-block html-block"><ul>%s</ul></div>
                </div></body></html>
                """.formatted(P1, P2, P3, "<li><a href=\"/older\">Older story about the buses and trams of the city centre</a></li>".repeat(12));

        String body = extractor.fromHtml(html, null).body();

        assertEquals("The lanes\n\n" + P1 + "\n\n" + P2 + "\n\nWhat comes next\n\n" + P3, body);
    }

    @Test
    void blocksMarkedUpLikeTheArticlesOwnAreNotFurnitureWhateverTheirClassSays() {
        // a page builder wraps each part of the article in a "WidgetWrapper"; the sidebar's widgets stay furniture
        String html = """
                <html><body><div class="Stack"><div class="WidgetWrapper"><div class="Prose"><p>%s</p><p>%s</p></div></div>
                <div class="WidgetWrapper"><div class="Prose"><p>%s</p></div></div></div>
                <div class="sidebar-area"><div class="widget"><p>%s</p></div></div></body></html>
                """.formatted(P1, P2, P3, para("Our newsletter brings you the best stories of the week from the region.", 2));

        String body = extractor.fromHtml(html, null).body();

        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body);
    }

    @Test
    void pageBuilderRowsOfTheArticleStayButLikeMarkedRowsOfExcerptsDoNot() {
        String row = "<div class=\"panel-grid\"><div class=\"so-panel widget widget_text\">%s</div></div>";
        String teaser = "<h3><a href=\"/other\">Another story</a></h3><p>" + para("The mayor spoke about the budget", 4)
                + "...</p>";
        String html = "<html><body><div class=\"panel-layout\">"
                + row.formatted("<h2>Why the lanes</h2>") + row.formatted("<p>" + P1 + "</p><p>" + P2 + "</p>")
                + row.formatted("<h2>What comes next</h2><p>" + P3 + "</p>") + "</div>"
                + "<div class=\"panel-layout\">" + row.formatted(teaser + teaser + teaser) + "</div></body></html>";

        String body = extractor.fromHtml(html, null).body();

        assertEquals("Why the lanes\n\n" + P1 + "\n\n" + P2 + "\n\nWhat comes next\n\n" + P3, body);
    }

    @Test
    void collapsedAccordionPanelsAndStreamedPartsAreTextButAHiddenRawCopyIsNot() {
        String html = """
                <html><body><div id="placeholder"></div>
                <div hidden id="S:0"><article><p>%s</p>
                <h3><button aria-controls="r1">When does work start?</button></h3>
                <div id="r1" role="region" aria-labelledby="b1" hidden><p>%s</p></div><p>%s</p></article></div>
                <div hidden class="menu-panel"><p>%s</p></div>
                <pre hidden aria-hidden="true" class="raw-markdown"># Lanes\n\n%s %s %s %s</pre></body></html>
                """.formatted(P1, P2, P3, para("Browse all our sections, from politics to sport and culture.", 2),
                P1, P2, P3, para("More text only the raw copy has, for the scripts that read it.", 3));

        String body = extractor.fromHtml(html, null).body();

        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body);
    }

    @Test
    void anAccordionsPanelHiddenByItsStyleIsTextButAnotherElementSoHiddenIsNot() {
        String html = """
                <html><body><article><p>%s</p>
                <div class="es-accordion"><div class="toggle"><span>Week 1: the site visit</span></div>
                <div style="display: none;"><div class="es-accordion-content"><p>%s</p></div></div></div>
                <p>%s</p><div style="display:none"><p>%s</p></div></article></body></html>
                """.formatted(P1, P2, P3, para("A copy of the page for readers whose browsers run no scripts.", 2));

        String body = extractor.fromHtml(html, null).body();

        assertTrue(body.contains(P2), "the accordion's collapsed panel: " + body);
        assertTrue(body.startsWith(P1) && body.endsWith(P3), "not the element hidden outside an accordion: " + body);
    }

    @Test
    void theArticleElementHoldingMostOfTheProseIsTheArticleWithoutThePostsBesideIt() {
        String related = "<div class=\"post-card\"><h3><a href=\"/other\">%s</a></h3><p>%s</p></div>";
        String html = "<html><body><main class=\"wrap\"><article class=\"entry\"><h1>Lanes</h1><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></article><section class=\"more-posts\">"
                + related.formatted("Trams", para("The tram line to the airport carried more passengers than ever before.", 2))
                + related.formatted("Buses", para("Night buses now run every twenty minutes on the busiest routes.", 2))
                + "</section></main></body></html>";

        String body = extractor.fromHtml(html, null).body();

        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body);
    }

    @Test
    void otherPostsOnABlogPostsPageAreNotTheArticle() {
        // WordPress names the post a page shows in the body's class ("postid-12") and every post's element by its id
        String other = "<article class=\"post post-%d\"><h3><a href=\"/p%d\">%s</a></h3><p>%s</p></article>";
        String html = "<html><body class=\"single postid-12\"><div class=\"columns\"><article class=\"post post-12\"><p>"
                + P1 + "</p><p>" + P2 + "</p><h4>You might also like</h4>"
                + other.formatted(34, 34, "Trams", para("The tram line to the airport carried more passengers than ever.", 4))
                + other.formatted(56, 56, "Buses", para("Night buses now run every twenty minutes on the busiest routes.", 4))
                + other.formatted(78, 78, "Ferries", para("The harbour ferry will stop at two new piers from next summer.", 4))
                + "</article></div></body></html>";

        String body = extractor.fromHtml(html, null).body();

        // the heading left with nothing under it is not the article's either
        assertEquals(P1 + "\n\n" + P2, body);
    }

    @Test
    void aListOfOtherPostsUnderARelatedHeadingEndsTheArticleButMoreProseAfterItDoesNot() {
        String teasers = "<h3>Recent posts:</h3><p>Trams to the airport: what the new line changes for you.</p>"
                + "<p>Dec 19, 2025 · 3 min read</p><p>Night buses every twenty minutes on the busiest routes.</p>"
                + "<p>Dec 18, 2025 · 5 min read</p>";
        String listed = "<html><body><div class=\"post\"><p>" + P1 + "</p><p>" + P2 + "</p>" + teasers + "</div></body></html>";
        String continued = "<html><body><div class=\"post\"><p>" + P1 + "</p><h3>Read more</h3><p>" + P2 + " " + P3
                + "</p></div></body></html>";

        assertEquals(P1 + "\n\n" + P2, extractor.fromHtml(listed, null).body());
        // the "Read more" line itself is a boilerplate line; the prose after it stays
        assertEquals(P1 + "\n\n" + P2 + " " + P3, extractor.fromHtml(continued, null).body());
    }

    @Test
    void aRelatedHeadingInAnotherLanguageEndsTheArticleToo() {
        for (String heading : List.of("Leia também", "Lees ook:", "Czytaj także", "Läs också", "Lue myös", "Citește și",
                "Читайте також", "相关新闻", "関連記事", "관련기사")) {
            String html = "<html><body><div class=\"post\"><p>" + P1 + "</p><p>" + P2 + "</p><h3>" + heading + "</h3>"
                    + "<p>Trams to the airport: what the new line changes for you.</p>"
                    + "<p>Night buses every twenty minutes on the busiest routes.</p></div></body></html>";

            assertEquals(P1 + "\n\n" + P2, extractor.fromHtml(html, null).body(), heading);
        }
    }

    @Test
    void aVideoPromotedUnderTheArticleIsNotItsText() {
        // arstechnica.com: "Latest Ars Video >" over a video's title and blurb, after the article's section
        String html = "<html><body><article><section class=\"article-guts\"><p>" + P1 + "</p><p>" + P2 + "</p></section>"
                + "<section class=\"inline-video\"><h3>Latest Ars Video <span>&gt;</span></h3><div class=\"video-wrapper\">"
                + "<h2>The Greatest Leap, Episode 3: Triumph</h2><p>In honor of the 50th anniversary of the beginning of"
                + " the Apollo Program, Ars Technica brings you an in depth look at the Apollo missions.</p></div>"
                + "</section></article></body></html>";

        assertEquals(P1 + "\n\n" + P2, extractor.fromHtml(html, null).body());
    }

    @Test
    void syntaxColouringInCodeListingsIsNotFurniture() {
        String html = """
                <html><body><article><p>%s</p>
                <pre><code class="hljs"><span class="hljs-comment">// count the lanes</span>
                <span class="hljs-keyword">int</span> lanes = <span class="hljs-number">4</span>;</code></pre>
                <p>%s</p></article></body></html>
                """.formatted(P1, P2);

        String body = extractor.fromHtml(html, null).body();

        assertTrue(body.contains("// count the lanes\nint lanes = 4;"), body); // a listing keeps its lines
    }

    @Test
    void blocksAroundATextFieldAreWidgetsButACopyBoxInThePostIsNot() {
        // a video player's search field above the article, with the clip's description and its folded-away
        // transcript; a mailing-list box with an e-mail field below it; neither inside a <form>
        String transcript = para("Good morning, we are at the central station where the new timetable starts today.", 6);
        String lead = "Listen to the episode: the mayor explains the plan for the new cycling lanes in the city centre.";
        String html = """
                <html><body><article>
                <div class="media-unit"><div class="player-tools"><input type="text" placeholder="Search in video"></div>
                <p class="media-desc">Commuters at the central station describe how the new timetable changed their trips.</p>
                <div class="full-transcript" style="display: none"><p>%s</p></div></div>
                <div class="intro"><p>%s</p><input type="text" readonly value="&lt;iframe src=&quot;/embed/1&quot;&gt;"></div>
                <div class="text"><p>%s</p><p>%s</p><p>%s</p><p>%s</p></div>
                <div class="mailing-box"><p>Get the morning briefing with the stories of the day, every weekday at seven.</p>
                <input type="email" placeholder="Your e-mail"></div>
                </article></body></html>
                """.formatted(transcript, lead, P1, P2, P3, P1.replace("council", "mayor"));

        String body = extractor.fromHtml(html, null).body();

        assertTrue(body.startsWith(lead + "\n\n" + P1), body); // the copy box holds the embed code, typed by nobody
        assertFalse(body.contains("Commuters"), body);
        assertFalse(body.contains("morning briefing"), body);
    }

    @Test
    void standfirstRepeatingTheDescriptionIsNotBodyButALeadParagraphIs() {
        String dek = "The city will build twelve kilometres of protected lanes by next summer.";
        String page = """
                <html><head><meta name="description" content="%s"></head><body><article>
                <div class="article-hero"><h1>New cycling lanes</h1><p class="c-entry-summary p-dek">%s</p></div>
                <div class="article-body"><p>%s</p><p>%s</p></div></article></body></html>
                """;

        String body = extractor.fromHtml(page.formatted(dek, dek, P1, P2), null).body();
        assertEquals(P1 + "\n\n" + P2, body);

        // the same summary as the article's own first paragraph stays
        String lead = """
                <html><head><meta name="description" content="%s"></head><body><article>
                <div class="article-body"><p class="lead">%s</p><p>%s</p><p>%s</p></div></article></body></html>
                """;
        body = extractor.fromHtml(lead.formatted(dek, dek, P1, P2), null).body();
        assertTrue(body.startsWith(dek), body);

        // sbnation.com (2016): a summary's own class ("p-dek") over the byline says so without the description
        String other = """
                <html><head><meta name="description" content="Cycling news from the city."></head><body><article>
                <h1>New cycling lanes</h1><h2 class="c-entry-summary p-dek">%s</h2>
                <div class="c-byline">by <span>Jane Doe</span></div>
                <div class="article-body"><p>%s</p><p>%s</p></div></article></body></html>
                """;
        body = extractor.fromHtml(other.formatted(dek, P1, P2), null).body();
        assertEquals(P1 + "\n\n" + P2, body);
    }

    @Test
    void standfirstsOfOtherArticlesBelowTheTextAreNotBody() {
        String teaser = """
                <div class="story-block"><h4 class="heading"><a href="/news/opinion/story-%d">Column %d</a></h4>
                <p class="standfirst">THE good thing about column %d is that it is cheap and good quality, and the bad
                thing is the whole, exhausting business of reading it.</p></div>""";
        String page = """
                <html><body><div class="page"><h1>Angry media won't buckle over new surveillance laws</h1>
                <p class="standfirst">A team has been doing the rounds of the newsrooms this week.</p>
                <p>%s</p><p>%s</p><p>%s</p>
                <div class="group"><h2 class="heading">Other Opinion Columns</h2>%s%s%s</div></div></body></html>
                """.formatted(P1, P2, P3, teaser.formatted(1, 1, 1), teaser.formatted(2, 2, 2), teaser.formatted(3, 3, 3));

        String body = extractor.fromHtml(page, null).body();

        assertTrue(body.startsWith("A team has been doing the rounds"), body); // its own standfirst, above its text
        assertTrue(body.endsWith(P3), body);
    }

    @Test
    void aListiclesPictureItemsBesideItsItemWithTheMostTextStay() {
        String picture = """
                <div class="list_item list_item_image"><h2><span>%d.</span> %s</h2>
                <a href="https://www.example.com/images/%d.jpg"><img src="/images/%d.jpg"></a>
                <p>Photo: Instagram</p></div>""";
        String page = "<html><body><div class=\"list\">"
                + picture.formatted(1, "The drawing recently resurfaced and it did not go down well with the singer.", 1, 1)
                + picture.formatted(2, "Fans replied to her post by the thousand within the hour.", 2, 2)
                + picture.formatted(3, "The artist then apologised and took the drawing down.", 3, 3)
                + "<div class=\"list_item list_item_video\"><h2><span>4.</span> She wrote about it at length.</h2>"
                + "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>"
                + "</div></body></html>";

        String body = extractor.fromHtml(page, null).body();

        assertTrue(body.contains("The drawing recently resurfaced"), body);
        assertTrue(body.contains("Fans replied to her post"), body);
        assertTrue(body.contains("The artist then apologised"), body);
    }

    @Test
    void captionThatPrintsItsPicturesAltTextIsNotBody() {
        String caption = "Democratic National Committee Chairman Tim Kaine says Democrats will continue to highlight"
                + " their role in Social Security.";
        String page = "<html><body><div class=\"story\"><h1>Democrats to use Social Security this fall</h1>"
                + "<div class=\"photo\"><div class=\"frame\"><img src=\"/kaine.jpg\" alt=\"" + caption + "\"></div>"
                + "<div>" + caption + "</div></div><p>" + P1 + "</p><p>" + P2 + "</p>"
                + "<div><img src=\"/plant.jpg\" alt=\"Snake Plant\"></div><p>Snake Plant</p><p>" + P3 + "</p></div>"
                + "</body></html>";

        String body = extractor.fromHtml(page, null).body();

        assertTrue(body.startsWith(P1), body);
        assertTrue(body.contains("Snake Plant\n\n" + P3), body); // a list item named like its picture stays
    }

    @Test
    void aCodeListingKeepsItsLines() {
        String page = "<html><body><article><h1>Code coverage</h1><p>" + P1 + "</p><pre><code>// cow.js\n"
                + "(function(exports) {\n  \"use strict\";\n})(this);\n</code></pre><p>" + P2 + "</p></article></body></html>";

        String body = extractor.fromHtml(page, null).body();

        assertTrue(body.contains("// cow.js\n(function(exports) {\n\"use strict\";\n})(this);"), body);
    }

    @Test
    void lineBrokenInsideAParagraphStaysALine() {
        String song = "<p>I'm pretty sure I don't need anything else<br />\nThis is the best feeling I've ever felt<br />\n"
                + "I know it took a long time, but now I'm here<br>And I ain't going nowhere, no more fear</p>";
        String page = "<html><body><article><h1>Only One</h1>" + song + "<p>" + P1 + "</p><p>" + P2 + "</p><p>A line<br><br>"
                + "and a paragraph after two breaks.</p></article></body></html>";

        String body = extractor.fromHtml(page, null).body();

        assertTrue(body.startsWith("I'm pretty sure I don't need anything else\nThis is the best feeling I've ever felt\n"
                + "I know it took a long time, but now I'm here\nAnd I ain't going nowhere, no more fear\n\n" + P1), body);
        assertTrue(body.endsWith(P2 + "\n\nA line\n\nand a paragraph after two breaks."), body);
    }

    @Test
    void linkInsideASentenceKeepsItsWordsWhateverItsClass() {
        // hypertext notes open in a pop-up: the link's class says "popup", its words are the sentence's
        String sentence = "I am a <a href=\"javascript:void(0);\" class=\"popup\">rather elderly</a> man. The nature of my"
                + " <a href=\"javascript:void(0);\" class=\"popup\">avocations</a> for the last thirty years has brought"
                + " me into more than ordinary contact with an interesting and somewhat singular set of men.";
        String page = "<html><body><div class=\"text\"><p>" + sentence + "</p><p>" + P1 + "</p><p>" + P2 + "</p>"
                + "<p><a class=\"share\" href=\"https://twitter.com/share\">Share on Twitter</a></p></div></body></html>";

        String body = extractor.fromHtml(page, null).body();

        assertTrue(body.startsWith("I am a rather elderly man. The nature of my avocations for the last thirty years"), body);
        assertFalse(body.contains("Twitter"), body);
    }

    @Test
    void leadParagraphThatTheDescriptionCutsShortStays() {
        // the site's description is the article's first paragraph cut at a length, as many sites make it
        String opening = "Glass cloche terrariums are not only appealing to the eye, but they also preserve a bit of nature"
                + " in your home. Closed terrariums are easy to care for, as they retain much of their own moisture.";
        String cut = opening.substring(0, 120) + "...";
        String page = """
                <html><head><meta property="og:description" content="%s"></head><body><article>
                <h1>How to Build a Terrarium</h1>
                <div class="step"><div class="content lead"><p>%s</p></div></div>
                <div class="step"><div class="content"><p>%s</p><p>%s</p></div></div></article></body></html>
                """.formatted(cut, opening, P1, P2);

        ExtractedArticle article = extractor.fromHtml(page, null);

        assertEquals(opening + "\n\n" + P1 + "\n\n" + P2, article.body());
        assertEquals(cut, article.description());
    }

    @Test
    void theDescriptionGivenInFullIsPreferredToOneCutShort() {
        String full = "If January has been a yoga exam, I would get full marks for ungraciousness, and camping beats"
                + " washing dishes in the boys' bathroom.";
        String page = """
                <html><head><meta property="og:description" content="%s"><meta name="description" content="%s">
                </head><body><article><h1>Yoga won't fix the plumbing</h1><p>%s</p><p>%s</p></article></body></html>
                """.formatted(full.substring(0, 80) + "…", full, P1, P2);

        assertEquals(full, extractor.fromHtml(page, null).description());
    }

    @Test
    void aListOfDealsLinkingToAShopKeepsItsPostsIntroductionWithOrWithoutItsAddress() {
        String deals = IntStream.range(0, 12).mapToObj(i -> "<p><a href=\"https://www.amazon.com/dp/" + i + "\">Kitchen "
                + "gadget number " + i + " for $" + (20 + i) + " (list price $" + (40 + i) + ")</a></p>")
                .collect(Collectors.joining());
        String intro = "As a recurring feature, our team combs the web and shares some amazing deals on gadgets.";
        String html = "<html><head><link rel=\"canonical\" href=\"https://www.example.com/article/90140/deals\">"
                + "</head><body><div class=\"field-item\"><p>" + intro + "</p><p>The site has affiliate "
                + "relationships with certain retailers, including the shop below, and may receive a small percentage "
                + "of any sale. But we only get commission on items you buy and don't return, so we're only happy if "
                + "you're happy. Good luck deal hunting!</p>" + deals + "</div></body></html>";

        String fetched = extractor.fromHtml(html, "https://www.example.com/article/90140/deals").body();
        String posted = extractor.fromHtml(html, null).body(); // no address given: the page's canonical one counts

        assertTrue(fetched.startsWith(intro), fetched);
        assertEquals(fetched, posted);
    }

    @Test
    void whatStandsAboveTheArticlesFirstParagraphIsNoPartOfIt() {
        String teaser = extractor.fromHtml("<html><head><title>Giuliani is out of the running</title></head><body>"
                + "<div class=\"post\"><div class=\"featured-video-title\"><span>McMahon joins the administration"
                + "</span></div><h1>Giuliani is out of the running</h1><p>" + P1 + "</p><p>" + P2 + "</p></div>"
                + "</body></html>", null).body();
        String kicker = extractor.fromHtml("<html><body><div class=\"article\"><h1>Prince's estate is warned</h1>"
                + "<div class=\"image\"><span>EXCLUSIVE</span></div><p>" + P1 + "</p><p>" + P2 + "</p></div>"
                + "</body></html>", null).body();
        String times = extractor.fromHtml("<html><body><div class=\"article\"><h1>Stocks rise to records</h1>"
                + "<div class=\"lede-times\"><time>December 6, 2016 — 6:22 PM EST</time> <time>December 7, 2016 — "
                + "1:55 PM EST</time></div><p>" + P1 + "</p><p>" + P2 + "</p></div></body></html>", null).body();

        assertTrue(teaser.startsWith(P1), teaser);
        assertTrue(kicker.startsWith(P1), kicker);
        assertTrue(times.startsWith(P1), times);
    }
}
