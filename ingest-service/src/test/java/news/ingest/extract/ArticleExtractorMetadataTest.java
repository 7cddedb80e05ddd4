package news.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One small hand-written page per title/author/date rule. */
class ArticleExtractorMetadataTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private static final String BODY = "<p>" + "The council approved the new cycling lanes after a long public consultation. ".repeat(4) + "</p>";

    private static String page(String head, String body) {
        return "<html><head>" + head + "</head><body>" + body + "</body></html>";
    }

    @Test
    void personalSiteNamedAfterItsAuthorKeepsTheAuthor() {
        String html = page("""
                <meta property="og:site_name" content="Sam Bossley"><meta name="author" content="Sam Bossley">
                """, "<article><h1>Thoughts on Zig</h1>" + BODY + "</article>");

        assertEquals(List.of("Sam Bossley"), extractor.fromHtml(html, null).authors());
    }

    @Test
    void aPostalAddressIsNoAuthorButABylineInAnAddressElementIs() {
        for (String address : List.of("1208 Maple Drive, West Virginia", "PO Box 12, Springfield",
                "1 Main St, Albany, NY 12207", "Unter den Linden 5, 10115 Berlin", "10 Downing St, London SW1A 2AA")) {
            String html = page("", "<article><h1>Ten cameras</h1>" + BODY + "<address>" + address + "</address></article>");
            assertEquals(List.of(), extractor.fromHtml(html, null).authors(), address);
        }
        // an office's address among others in the footer, its source indented; another with only its phone number
        String indent = " ".repeat(120);
        String offices = "<div class=\"offices\"><address><p>United Kingdom</p>" + indent + "<p>6 Gardner Place, Becketts Close, Feltham"
                + " TW14 0BX</p>" + indent + "<p>+44-753-713-2163</p></address><address><p>Vietnam</p><p>193/26/4 St.no.6,"
                + " Ward Binh Hung Hoa, Binh Tan District</p><p>+84-865-399-124</p></address></div>";
        assertEquals(List.of(), extractor.fromHtml(page("", "<article><h1>Ten cameras</h1>" + BODY + "</article>" + offices),
                null).authors(), "offices");
        for (String byline : List.of("By Jane Doe", "By Jane Doe, 12 March 2024", "Jane Doe, 5 min read")) {
            String html = page("", "<article><h1>Ten cameras</h1><address>" + byline + "</address>" + BODY + "</article>");
            assertEquals(List.of("Jane Doe"), extractor.fromHtml(html, null).authors(), byline);
        }
    }

    @Test
    void jsonLdPersonWhoseNameStartsTheSiteNameIsKept() {
        String html = page("""
                <meta property="og:site_name" content="Myles Katherine Photography">
                <script type="application/ld+json">{"@type":"BlogPosting","headline":"Ten cameras",
                  "author":{"@type":"Person","name":"Myles Katherine"}}</script>
                """, "<article><h1>Ten cameras</h1>" + BODY + "</article>");

        assertEquals(List.of("Myles Katherine"), extractor.fromHtml(html, null).authors());
    }

    @Test
    void organisationSiteNameIsStillNoAuthor() {
        for (String site : List.of("Cleveland Clinic", "The Organized Mama", "Supermove", "Acme Media Group")) {
            String html = page("<meta property=\"og:site_name\" content=\"" + site + "\"><meta name=\"author\" content=\"" + site + "\">",
                    "<article><h1>Ten cameras</h1>" + BODY + "</article>");

            assertEquals(List.of(), extractor.fromHtml(html, null).authors(), site);
        }
    }

    @Test
    void aCompanyOrGroupIsNoAuthorInAnyLanguage() {
        for (String publisher : List.of("AWR Wprost Sp. z o.o", "Grupa Wirtualna Polska", "Axel Springer GmbH",
                "Mediaset S.p.A.", "Gruppo Editoriale Espresso")) {
            String html = page("<meta name=\"author\" content=\"" + publisher + "\">",
                    "<article><h1>W Polsce najwięcej wydają turyści amerykańscy</h1>" + BODY + "</article>");
            assertEquals(List.of(), extractor.fromHtml(html, null).authors(), publisher);
        }
        String initials = page("<meta name=\"author\" content=\"S.A. Cosby\">",
                "<article><h1>A novelist on the South he writes about</h1>" + BODY + "</article>");
        assertEquals(List.of("S.A. Cosby"), extractor.fromHtml(initials, null).authors());
    }

    @Test
    void publisherNamedAfterTheSiteIsNoAuthorButANameBeforeTheSiteIs() {
        String publisher = page("<meta property=\"og:site_name\" content=\"El País\"><meta name=\"author\" content=\"Ediciones El País\">",
                "<article><h1>Las listas de espera se agravan</h1>" + BODY + "</article>");
        String signed = page("<meta property=\"og:site_name\" content=\"El País\"><meta name=\"author\" content=\"María R. Sahuquillo | El País\">",
                "<article><h1>Las listas de espera se agravan</h1>" + BODY + "</article>");

        assertEquals(List.of(), extractor.fromHtml(publisher, null).authors());
        assertEquals(List.of("María R. Sahuquillo"), extractor.fromHtml(signed, null).authors());
    }

    @Test
    void bylineWithAColonOrAWrittenByLabel() {
        String colon = page("", "<h1>Mini-SGLang: Efficient Inference Engine</h1><p>by: <!-- -->Ziyi Xu<!-- -->, Dec 17, 2025</p>" + BODY);
        String written = page("", "<h1>Why Cheap SEO Does Not Work</h1>" + BODY + "<div><p>Written by John Crenshaw</p></div>");

        assertEquals(List.of("Ziyi Xu"), extractor.fromHtml(colon, null).authors());
        assertEquals(List.of("John Crenshaw"), extractor.fromHtml(written, null).authors());
    }

    @Test
    void bylineWordSetAgainstTheNamesLink() {
        // newyorker.com: "By" and the name's link with no space between them, read as "ByElizabeth Kolbert"
        String glued = page("", "<h1>Why Facts Do Not Change Our Minds</h1><div class=\"Byline__articleHeader\">"
                + "<p class=\"Byline__by\">By<a rel=\"author\" href=\"/contributors/elizabeth-kolbert\">Elizabeth Kolbert"
                + "</a></p></div>" + BODY);

        assertEquals(List.of("Elizabeth Kolbert"), extractor.fromHtml(glued, null).authors());
    }

    @Test
    void twoNamesJoinedByACapitalAndAreTwoAuthors() {
        // news.yahoo.com (AP): the hCard's name "Maggie Michael And Paul Schemm, Associated Press"
        String html = page("", "<h1>Rebels, Gadhafi forces both make gains in Libya</h1><div class=\"byline\">"
                + "<cite class=\"vcard\">By MAGGIE MICHAEL and PAUL SCHEMM, Associated Press <span class=\"fn org\">"
                + "Maggie Michael And Paul Schemm, Associated Press</span></cite></div>" + BODY);

        assertEquals(List.of("Maggie Michael", "Paul Schemm"), extractor.fromHtml(html, null).authors());
    }

    @Test
    void aPhotosCreditMarkedUpAsItsContributorAndAPullQuotesSpeakerAreNoAuthors() {
        // msnbc.com: the photographer as an hCard "credit contributor" beside the picture
        String credit = page("", "<h1>Irish premier resigns as party leader</h1><div class=\"art\"><img src=\"/a.jpg\">"
                + "<span class=\"credit vcard contributor\"><span class=\"fn\">Julien Behal</span> / AP</span></div>"
                + BODY);
        // news.nationalgeographic.com: a pull quote's speaker marked up as its "author"
        String quote = page("", "<h1>Why your office may be too cold</h1>" + BODY + "<div class=\"pull-quote\">"
                + "<blockquote>I totally agree with my wife.</blockquote><div class=\"pull-quote__author\">"
                + "<span class=\"author\">Boris Kingma</span></div></div>" + BODY);

        assertEquals(List.of(), extractor.fromHtml(credit, null).authors());
        assertEquals(List.of(), extractor.fromHtml(quote, null).authors());
    }

    @Test
    void theDateOfAMostPopularListUnderTheHeadlineIsNotTheArticles() {
        // theatlantic.com: the article's microdata date, then a "Most Popular" list right under the cover whose first
        // teaser shows its day; that day was taken for the one the page shows its readers
        String html = page("", """
                <article><h1>Have Smartphones Destroyed a Generation?</h1><ul class="metadata"><li class="byline">
                Jean M. Twenge</li><li class="date">September 2017 Issue
                <meta itemprop="datePublished" content="2017-08-03T08:00:00"></li></ul>
                <div class="most-popular-container"><h2>Most Popular</h2><ul><li><a href="/a">A Twitter Tirade on
                Christmas Eve</a> Yoni Appelbaum <span>Dec 24, 2017</span></li></ul></div>""" + BODY + "</article>");

        assertEquals(LocalDate.of(2017, 8, 3), published(html));
    }

    private LocalDate published(String html) {
        return publishedAt(html).toLocalDate();
    }

    private OffsetDateTime publishedAt(String html) {
        return extractor.fromHtml(html, null).publishedAt();
    }

    @Test
    void datesWrittenInOtherLanguagesShortOrDashedAndRunTogetherWithText() {
        for (String[] c : new String[][] {{"12 de mayo de 2024", "2024-05-12"}, {"3 janvier 2025", "2025-01-03"},
                {"Veröffentlicht am 25. März 2024", "2024-03-25"}, {"1er février 2023", "2023-02-01"},
                {"7 settembre 2022", "2022-09-07"}, {"Dec 17, 2025Julian K. Arni", "2025-12-17"}, {"10-31-2024", "2024-10-31"},
                {"Updated May 21, 2025April 24, 2025", "2025-05-21"}, {"15 sierpnia 2015", "2015-08-15"},
                {"20. srpna 2015", "2015-08-20"}, {"15 августа 2015 г.", "2015-08-15"}, {"4 април 2016 / 14:34", "2016-04-04"},
                {"2015. augusztus 20., 11:16 forrás: MTI", "2015-08-20"}, {"12 Ağustos 2015", "2015-08-12"},
                {"3. toukokuuta 2019", "2019-05-03"}, {"12 Αυγούστου 2015", "2015-08-12"},
                {"By: FlowGuard EMEA on 04-ago-2021 5:11:10", "2021-08-04"}, {"Updated: 12-Mar-2024", "2024-03-12"},
                {"3 févr. 2020", "2020-02-03"}, {"12 okt 2019", "2019-10-12"}, {"5 out. 2021", "2021-10-05"},
                // the year's two last digits after an apostrophe (the Guardian's "Mon 8 May ‘17 06.00 BST")
                {"Mon 8 May ‘17 06.00 BST", "2017-05-08"}, {"Dec 31, '99", "1999-12-31"}}) {
            String html = page("", "<h1>A headline for the date test</h1><p class=\"x\">" + c[0] + "</p>" + BODY);

            assertEquals(LocalDate.parse(c[1]), published(html), c[0]);
        }
    }

    @Test
    void theDateBesideAHeadlinePrintedAsALowerHeadingNotTheDateUnderTheLogo() {
        String html = page("<meta property=\"og:title\" content=\"Újabb robbanások történtek Tiencsinben\">",
                "<div id=\"header\"><h1><a href=\"/\">Kezdőlap</a></h1><div id=\"nevnap\">2016. április 04.<br>Izidor"
                + "</div></div><div id=\"lead\"><h1>A halálos áldozatok száma egyre nő</h1>"
                + "<h2>Újabb robbanások történtek Tiencsinben</h2><p>Újabb robbanások rázkódtatták meg az északkelet-kínai"
                + " Tiencsin város kikötői negyedét szombaton.</p><sub class=\"datum\">2015.08.15 10:28</sub></div>" + BODY);
        assertEquals("Újabb robbanások történtek Tiencsinben", extractor.fromHtml(html, null).title());
        assertEquals(LocalDate.of(2015, 8, 15), published(html));
    }

    @Test
    void aDateInAnElementClassedDatumOrFecha() {
        for (String c : new String[] {"datum", "fecha-publicacion"}) {
            // (below the article's first paragraphs: too far from the headline to be its dateline)
            String html = page("", "<h1>A headline for the date test</h1>" + BODY + BODY
                    + "<sub class=\"" + c + "\">2015.08.15 10:28</sub>" + BODY);
            assertEquals(LocalDate.of(2015, 8, 15), published(html), c);
        }
    }

    @Test
    void dateShownBesideTheHeadlineIsTheArticleDateUnlessLabelledAsAnUpdate() {
        String ld = """
                <script type="application/ld+json">{"@type":"BlogPosting","headline":"Machine learning in ecommerce",
                  "datePublished":"2024-09-06","dateModified":"2025-11-14"}</script>""";
        String plain = page(ld, "<h1>Machine learning in ecommerce</h1><p>Chirag Bhardwaj · November 14, 2025</p>" + BODY);
        String updated = page(ld, "<h1>Machine learning in ecommerce</h1><p>Chirag Bhardwaj · Last updated: December 17, 2025</p>" + BODY);
        String onlyShown = page("", "<h1>Machine learning in ecommerce</h1><p>Chirag Bhardwaj · Updated December 17, 2025</p>" + BODY);

        // an unlabelled date is what the page presents as the article's date, here its latest revision
        assertEquals(LocalDate.of(2025, 11, 14), published(plain));
        // "Last updated" is not the publication: datePublished stands and the update is the modification date
        assertEquals(LocalDate.of(2024, 9, 6), published(updated));
        assertEquals(LocalDate.of(2025, 12, 17), extractor.fromHtml(updated, null).modifiedAt().toLocalDate());
        // without a datePublished the only date shown is the article's date
        assertEquals(LocalDate.of(2025, 12, 17), published(onlyShown));
    }

    @Test
    void aPhotoCaptionsDateBesideTheHeadlineIsNotTheArticlesAndATimesDatetimeWinsOverItsText() {
        String ld = """
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Snooze cruise for astronauts",
                  "datePublished":"2019-11-18T08:22:00-05:00"}</script>""";
        String captioned = page(ld, "<h1>Snooze cruise for astronauts</h1><figure><figcaption>In this Dec. 12, 2006, "
                + "file photo, made available by NASA, an astronaut works outside the station.</figcaption></figure>"
                + BODY);
        String time = page("", "<h1>Snooze cruise for astronauts</h1><p><time datetime=\"2024-12-20\">August 28, 2024"
                + "</time></p>" + BODY);

        assertEquals(LocalDate.of(2019, 11, 18), published(captioned));
        // the machine-readable value of the <time> element is the date, not the text it shows
        assertEquals(LocalDate.of(2024, 12, 20), published(time));
    }

    @Test
    void publicationTheArticleLabelsEarlierThanTheMetadataIsTheArticleDate() {
        String ld = """
                <script type="application/ld+json">{"@type":"Article","headline":"Free accounting tools",
                  "datePublished":"2025-11-29T12:28:31-05:00"}</script>""";
        String labelled = page(ld, "<article><h1>Free accounting tools</h1>" + BODY.repeat(3)
                + "<div class=\"article-body__published\">Published <time datetime=\"2025-08-13\">August 13, 2025</time></div></article>");
        String note = page("", "<article><h1>Living in a tiny home</h1><p>Chris Carroll · 30 Sep 2022</p>" + BODY
                + "</article><p>This article was originally published on 26 Sep 2019 at 4:12pm but has been regularly updated.</p>");
        String later = page(ld, "<article><h1>Free accounting tools</h1>" + BODY.repeat(3)
                + "<p>Posted on December 2, 2025</p></article>");

        // far below the headline, the metadata took the day the page was republished: that is its last change
        assertEquals(LocalDate.of(2025, 8, 13), published(labelled));
        assertEquals(OffsetDateTime.parse("2025-11-29T12:28:31-05:00"), extractor.fromHtml(labelled, null).modifiedAt());
        assertEquals(LocalDate.of(2019, 9, 26), published(note));
        assertEquals(LocalDate.of(2022, 9, 30), extractor.fromHtml(note, null).modifiedAt().toLocalDate());
        // a labelled date after the metadata's publication is no earlier publication
        assertEquals(LocalDate.of(2025, 11, 29), published(later));
    }

    @Test
    void localDateShownForAMetadataTimestampKeepsTheTimestamp() {
        String html = page("<meta property=\"article:published_time\" content=\"2026-02-23T00:57:30+00:00\">",
                "<h1>Machine learning in ecommerce</h1><p>Chirag Bhardwaj · February 22, 2026</p>" + BODY);

        // 00:57 UTC is still February 22 in New York: the page prints its local date for the same moment
        assertEquals(OffsetDateTime.parse("2026-02-23T00:57:30Z"), publishedAt(html));
    }

    @Test
    void metadataTimestampInUtcIsWrittenInTheOffsetThePageUsesForTheDateItShows() {
        String html = page("<meta property=\"article:published_time\" content=\"2025-12-19T03:05:00+00:00\">",
                "<h1>Are AI evangelists in heat?</h1><p><time datetime=\"2025-12-18T19:05:00-08:00\">December 18, 2025</time></p>"
                        + BODY);

        // the same moment as the metadata's, in the site's own offset: the post's date is the one its readers saw
        assertEquals(OffsetDateTime.parse("2025-12-18T19:05:00-08:00"), publishedAt(html));
        assertEquals(LocalDate.of(2025, 12, 18), published(html));
    }

    @Test
    void aTimeZoneNamedByItsAbbreviationGivesItsOffsetThatDay() {
        // in winter Eastern time is 5 hours behind UTC, in summer 4; Central European summer time is 2 ahead
        String winter = page("<meta property=\"article:published_time\" content=\"November 19, 2019, 07:47 PM EST\">",
                "<h1>Harbour reopens</h1>" + BODY);
        assertEquals(OffsetDateTime.parse("2019-11-19T19:47-05:00"), publishedAt(winter));
        String summer = page("", "<h1>Harbour reopens</h1><p class=\"byline\">By Jane Doe | July 2, 2025, 10:15 a.m. ET</p>"
                + BODY);
        assertEquals(OffsetDateTime.parse("2025-07-02T10:15-04:00"), publishedAt(summer));
        String europe = page("<meta property=\"article:published_time\" content=\"2 July 2025 10:15 CEST\">",
                "<h1>Harbour reopens</h1>" + BODY);
        assertEquals(OffsetDateTime.parse("2025-07-02T10:15+02:00"), publishedAt(europe));
        // Indian Standard Time, as India's news sites write it; Western Indonesian time
        String india = page("", "<h1>Harbour reopens</h1><p class=\"byline\">Updated: Dec 01, 2025 10:15 IST</p>" + BODY);
        assertEquals(OffsetDateTime.parse("2025-12-01T10:15+05:30"), publishedAt(india));
        String jakarta = page("<meta property=\"article:published_time\" content=\"2 July 2025 10:15 WIB\">",
                "<h1>Harbour reopens</h1>" + BODY);
        assertEquals(OffsetDateTime.parse("2025-07-02T10:15+07:00"), publishedAt(jakarta));
        // a French "et" after a time is a word, not Eastern time
        String french = page("<meta property=\"article:published_time\" content=\"2 juillet 2025 10:15 et mis à jour\">",
                "<h1>Le port rouvre</h1>" + BODY);
        assertEquals(OffsetDateTime.parse("2025-07-02T10:15Z"), publishedAt(french));
    }

    @Test
    void aDayGivenAloneTakesTheTimeAnotherSourceGivesForThatDay() {
        // the JSON-LD gives the day only, the meta tag that day's time
        String metaTime = page("""
                <script type="application/ld+json">{"@type": "BlogPosting", "headline": "Travel hacks",
                "datePublished": "2017-04-26"}</script>
                <meta property="article:published_time" content="2017-04-26T03:55:45+00:00">""",
                "<h1>Travel hacks</h1>" + BODY);
        assertEquals(OffsetDateTime.parse("2017-04-26T03:55:45Z"), publishedAt(metaTime));
        // the meta tags give the day only, the date beside the headline its time
        String shownTime = page("<meta name=\"date\" content=\"2016-12-16\">",
                "<h1>Harbour reopens</h1><p>By Jane Doe | Dec 16, 2016, 12:37 PM ET</p>" + BODY);
        assertEquals(OffsetDateTime.parse("2016-12-16T12:37-05:00"), publishedAt(shownTime));
        // a <time> of another day, or of that day labelled as an update, gives no time to the publication
        String update = page("<meta property=\"article:published_time\" content=\"2025-12-17T00:00:00+00:00\">",
                "<h1>The pilot has landed</h1>" + BODY + "<p>Last updated on <time datetime=\"2025-12-17T12:53:32Z\">"
                        + "2025-12-17</time></p><p><time datetime=\"2025-12-18T09:00:00Z\">December 18</time></p>");
        assertEquals(OffsetDateTime.parse("2025-12-17T00:00Z"), publishedAt(update));
    }

    @Test
    void aTimeAfterAnAtSignOrADashAndAnOffsetWithAOneDigitHour() {
        String at = page("", "<h1>Harbour reopens</h1><p><time>December 7, 2016 @ 3:53 PM EST</time></p>" + BODY);
        String dash = page("", "<h1>Harbour reopens</h1><p class=\"date\">December 19, 2016 - 12:29pm ET</p>" + BODY);
        // a site's template printed UTC-5 as "-500"
        String oneDigit = page("", "<h1>Enough platitudes</h1><span itemprop=\"datePublished\" "
                + "content=\"2018-10-29T10:15-500\">October 29</span>" + BODY);

        assertEquals(OffsetDateTime.parse("2016-12-07T15:53-05:00"), publishedAt(at));
        assertEquals(OffsetDateTime.parse("2016-12-19T12:29-05:00"), publishedAt(dash));
        assertEquals(OffsetDateTime.parse("2018-10-29T10:15-05:00"), publishedAt(oneDigit));
    }

    @Test
    void aDateThatReadsBothWaysTakesTheReadingThePageWritesInIsoElsewhere() {
        String html = page("", "<h1>Reflections on a UI pipeline</h1><p><time datetime=\"02-12-2025\">02-12-2025</time></p>" + BODY
                + "<aside><h4>Recent posts</h4><a href=\"/ui\">Reflections on a UI pipeline</a>"
                + "<time datetime=\"2025-12-02\">December 02, 2025</time></aside>");

        // "02-12-2025" is 12 February read the American way; the page's own list of posts says 2 December
        assertEquals(LocalDate.of(2025, 12, 2), published(html));
    }

    @Test
    void theAuthorBoxInTheArticlesOwnFooterNamesTheAuthorButThePagesFooterDoesNot() {
        String box = "<div class=\"author\"><p class=\"name\"><a rel=\"author\" href=\"/author/hgoetz/\">Halina Goetz</a></p></div>";
        String inArticle = page("", "<article><h1>What tutoring is and is not</h1>" + BODY + "<footer class=\"meta\">" + box
                + "</footer></article>");
        String inPage = page("", "<article><h1>What tutoring is and is not</h1>" + BODY + "</article><footer>" + box + "</footer>");

        assertEquals(List.of("Halina Goetz"), extractor.fromHtml(inArticle, null).authors());
        assertEquals(List.of(), extractor.fromHtml(inPage, null).authors());
    }

    @Test
    void linksToTheAuthorsPagesNameTheAuthorsButALinkToAnotherPageDoesNot() {
        String byline = "<div class=\"article-byline__written-by\"><strong>Written by</strong><br>"
                + "<strong><a href=\"https://example.com/authors/adrien-ramirez\">Adrien Ramirez</a></strong>, 4+ years covering"
                + " computer hardware, software, and science<br><strong><a href=\"/authors/joanna-nelius\">Joanna Nelius</a></strong>, senior editor and E Ink enthusiast"
                + " with 5+ years experience testing PC hardware and laptops</div>";
        String related = "<ul class=\"cards\"><li><a href=\"/authors/rosa-lopez\">Rosa López</a></li></ul>";
        // below the article, beyond the byline area under the headline
        String html = page("", "<h1>The best gaming laptops under $1,000</h1>" + BODY + BODY + byline + related);
        String otherPage = page("", "<h1>The best gaming laptops under $1,000</h1>"
                + "<p><a href=\"/authors/our-team\">Adrien Ramirez</a></p>" + BODY);

        assertEquals(List.of("Adrien Ramirez", "Joanna Nelius"), extractor.fromHtml(html, null).authors());
        assertEquals(List.of("Rosa López"), extractor.fromHtml(page("", "<h1>The best gaming laptops under $1,000</h1>"
                + BODY + related), null).authors(), "the address spells the name without its accent");
        assertEquals(List.of(), extractor.fromHtml(otherPage, null).authors());
    }

    @Test
    void publishedMetaUnderASiteSpecificName() {
        String html = page("<meta name=\"w-published-date\" content=\"2025-05-27T06:03:43.274Z\">"
                + "<meta name=\"publisher-date-updated\" content=\"2025-06-01\">", "<h1>A headline for the date test</h1>" + BODY);

        assertEquals(LocalDate.of(2025, 5, 27), published(html));
    }

    @Test
    void updateDateShownFirstDoesNotReplaceThePublicationDateShownBesideIt() {
        String html = page("""
                <meta property="article:published_time" content="2025-04-24T16:12:49+00:00">
                <meta property="article:modified_time" content="2025-05-21T14:06:47+00:00">
                """, "<h1>Espresso machines under $500</h1><span><time>May 21, 2025</time><time>April 24, 2025</time></span>" + BODY);

        assertEquals(LocalDate.of(2025, 4, 24), published(html));
    }

    private String title(String head, String body) {
        return extractor.fromHtml(page(head, body + BODY), null).title();
    }

    @Test
    void headlineDecoratedWithADateKickerOrSourceGivesTheMetadataTitle() {
        String og = "<meta property=\"og:title\" content=\"Preparing a transition in Debusine\">";

        assertEquals("Preparing a transition in Debusine", title(og, "<h1>Dec 18 2025 Preparing a transition in Debusine</h1>"));
        assertEquals("Preparing a transition in Debusine", title(og, "<h1>Blog: Preparing a transition in Debusine</h1>"));
        assertEquals("Preparing a transition in Debusine", title(og, "<h1>Preparing a transition in Debusine (lwn.net) 87</h1>"));
        // a real subtitle stays
        assertEquals("Preparing a transition in Debusine: a walk-through",
                title(og, "<h1>Preparing a transition in Debusine: a walk-through</h1>"));
    }

    @Test
    void bulletSeparatedSiteNameAndTwiceEscapedEntitiesAndSummaryStyledAsHeadline() {
        assertEquals("A brief intro to git", title("<title>A brief intro to git • Cory Dransfeldt</title>",
                "<header><h1><a href=\"/\">Cory Dransfeldt</a></h1></header>"));
        assertEquals("Data Analysis Tools for 2026: Python, SQL & AI",
                title("", "<article><h1>Data Analysis Tools for 2026: Python, SQL &amp;#x26; AI</h1>"));
        String blurb = "Learn which home renovations have the best return on investment. Get expert tips on how to understand "
                + "and calculate it, and everything you need to know about the value of your project.";
        assertEquals("The 10 Best Home Improvement ROI Projects of 2023",
                title("<meta property=\"og:title\" content=\"The 10 Best Home Improvement ROI Projects of 2023\">",
                        "<article><h1>" + blurb + "</h1>"));
    }

    @Test
    void jsonLdHeadlineCutAtASearchEngineLimitGivesWayToTheWholeTitle() {
        String whole = "Fix It Friday: Struggling With How To Arrange Your Living Room? We Help 4 Readers Find Solutions "
                + "(Including One Universal Trick That 9/10 Works)";
        String cut = whole.substring(0, 110).strip();

        assertEquals(whole, title("<title>" + whole + " - Emily Henderson</title>"
                + "<meta property=\"og:site_name\" content=\"Emily Henderson\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"" + cut + "\"}</script>", ""));
    }

    @Test
    void headlinePrintedInPiecesKeepsTheDashItsMetadataSetsBetweenThem() {
        String h1 = "<h1> <span class=\"hf1\">Prince</span> <span class=\"hf2\">Woman Warns Estate ... </span>"
                + " <span class=\"hf3\">Step Aside, I'm His Wife!</span> </h1>";
        String meta = "<meta name=\"og:title\" content=\"Prince -- Woman Warns Estate ... Step Aside, I'm His Wife!\">";

        assertEquals("Prince -- Woman Warns Estate ... Step Aside, I'm His Wife!", title(meta, h1));
        // marks of another kind than a separator between parts are the printed headline's to give
        assertEquals("Only One Lyrics", title("<meta property=\"og:title\" content=\"*Only One* Lyrics ⋆\">",
                "<h1>Only One Lyrics</h1>"));
    }

    @Test
    void microdataHeadlineOverAnH1MarkedAsTheAlternativeHeadline() {
        String headline = "The 5 Biggest Decorating Mistakes Millennials Make — and How to Solve Them";
        String body = "<div itemscope itemtype=\"http://schema.org/Article\"><h1 itemprop=\"alternativeHeadline\">"
                + "Millennial Decorating Mistakes</h1><h2 itemprop=\"headline\"><span>" + headline + "</span></h2>" + BODY
                + "</div>";

        assertEquals(headline, title("<title>Millennial Decorating Mistakes | POPSUGAR Home</title>", body));
        // a page of teasers marks many headlines: none of them is the page's
        String teasers = "<h2 itemprop=\"headline\">One teaser for another story</h2>"
                + "<h2 itemprop=\"headline\">Another teaser for a third story</h2>";
        assertEquals("Decorating Ideas for Every Room", title("<title>Decorating Ideas for Every Room</title>", teasers));
    }

    @Test
    void metadataTitlePrintedAsAnH2UnderASectionsH1() {
        String headline = "Babies Who Eat Peanuts Early May Avoid Allergy";
        String body = "<h1>Allergies Health Center</h1><div class=\"article\"><h2>" + headline + "</h2>" + BODY + "</div>";

        assertEquals(headline, title("<title>" + headline + "</title>", body));
        // without the metadata's word for it, the page's one h1 is still its headline
        assertEquals("Allergies Health Center", title("<title>" + headline + "</title>",
                body.replace("<h2>" + headline, "<h2>Tools and resources for you")));
    }

    @Test
    void bylineSentencesRolesCapitalLabelsAndAdminAccounts() {
        String sentence = page("", "<h1>Guide to academic journal indexing</h1>" + BODY
                + "<div class=\"author-bio\">This post was written by Danielle Padula, Head of Marketing and Community Development</div>");
        String capitals = page("", "<h1>Guide to academic journal indexing</h1>" + BODY + "<nav><p>BY USE CASE</p></nav>");
        String admin = page("<meta name=\"author\" content=\"NOC Admin\">", "<h1>Guide to academic journal indexing</h1>" + BODY);

        String recipe = page("", "<h1>Easy Everyday Sourdough Bread</h1><div class=\"quickview__blog-author\">Recipe by "
                + "<a href=\"/author/pj-hamel\">PJ Hamel</a></div>" + BODY);

        assertEquals(List.of("Danielle Padula"), extractor.fromHtml(sentence, null).authors());
        assertEquals(List.of("PJ Hamel"), extractor.fromHtml(recipe, null).authors());
        assertEquals(List.of("Cara Dumaplin"), AuthorNames.clean("Article by Cara Dumaplin RN", null, true));
        assertEquals(List.of(), extractor.fromHtml(capitals, null).authors());
        assertEquals(List.of(), extractor.fromHtml(admin, null).authors());
    }

    @Test
    void wireBylineWithTheNamesInCapitals() {
        String wire = page("", "<h1>Tories under fire for a name switch</h1><div class=\"story-byline\"><div>By MARIA DE LA "
                + "CRUZ and JEAN-LUC O'BRIEN</div><div>Associated Press</div></div>" + BODY);
        String french = page("", "<h1>Ayrault assume sa méthode</h1><div class=\"author\">Par LILIAN MARTIN, LAURE BRETON "
                + "Envoyés spéciaux à Toulouse</div>" + BODY);
        String agency = page("", "<h1>Tories under fire for a name switch</h1><div class=\"byline\">By THE ASSOCIATED "
                + "PRESS</div>" + BODY);

        assertEquals(List.of("Maria de la Cruz", "Jean-Luc O'Brien"), extractor.fromHtml(wire, null).authors());
        assertEquals(List.of("Lilian Martin", "Laure Breton"), extractor.fromHtml(french, null).authors());
        assertEquals(List.of(), extractor.fromHtml(agency, null).authors());
        assertEquals(List.of("Ken Sweet"), AuthorNames.clean("By KEN SWEET AP Business Writer", null, true));
        assertEquals(List.of("J.R. Smith"), AuthorNames.clean("By J.R. SMITH", null, true));
    }

    @Test
    void aJobTitleAfterABylinesNameWithoutACommaIsLeftOut() {
        assertEquals(List.of("Will Judd"), AuthorNames.clean("By Will Judd Former Deputy Tech Editor", null, true));
        assertEquals(List.of("Emma Ryan"), AuthorNames.clean("Emma Ryan Lead Writer", null, true));
        assertEquals(List.of("Meg James"), AuthorNames.clean("By Meg JamesStaff Writer", null, true), "glued");
        assertEquals(List.of("Mateusz Haberny"), AuthorNames.clean("Mateusz HabernyFounder at Oakywood", null, true));
        assertEquals(List.of("Catherine Boeckmann"), AuthorNames.clean("Written By: Catherine Boeckmann Executive "
                + "Digital Editor and Master Gardener", null, true), "the title's words after its \"and\" are no name");
        assertEquals(List.of(), AuthorNames.clean("Richard Dick Head ( 803293 )", null, true), "a commenter's handle");
        assertEquals(List.of(), AuthorNames.clean("Michael HiltzikBusiness Columnist", null, true), "not cut inside");
    }

    @Test
    void aBylineLabelInCyrillicCapitalsIsLeftOut() {
        assertEquals(List.of("Иван Петров"), AuthorNames.clean("Автор: Иван Петров", null, true));
        assertEquals(List.of("Полина Зябрева"), AuthorNames.clean("АВТОР: Полина Зябрева", null, true));
    }

    @Test
    void bylineMarkedUpAsAnHCardGivesItsFormattedName() {
        String hcard = page("", "<h1>Council approves cycling lanes</h1><p class=\"author vcard\"><a href=\"/team/jane-roe/\">"
                + "<b class=\"fn\">Jane Roe</b></a> <span class=\"title\">Senior Washington Correspondent</span></p>" + BODY);
        assertEquals(List.of("Jane Roe"), extractor.fromHtml(hcard, null).authors());

        // WordPress's byline, the author's nickname in brackets after the name
        String nicknamed = page("", "<h1>Council approves cycling lanes</h1><span class=\"byline\"> by <span class=\""
                + "author vcard\"><a class=\"url fn n\" href=\"/author/cnxsoft/\">Jean-Luc Aufranc (CNXSoft)</a></span>"
                + "</span>" + BODY);
        assertEquals(List.of("Jean-Luc Aufranc"), extractor.fromHtml(nicknamed, null).authors());
        assertEquals(List.of("Jean-Luc Aufranc"), AuthorNames.clean("Jean-Luc Aufranc (CNXSoft)", null, true));
        assertEquals(List.of(), AuthorNames.clean("Zuck Enabler ( 10503068 )", null, true), "a commenter's number");
        assertEquals(List.of(), AuthorNames.clean("Zach Hanley (Horizon3.ai)", null, true), "a web address");
    }

    @Test
    void bylineClassedInTheSitesLanguage() {
        String spanish = page("", "<h1>Las listas de espera se agravan</h1><div class=\"firma\"><span class=\"autor\">"
                + "<a href=\"/autor/ana_perez/\">Ana Pérez</a> / <a href=\"/autor/luis_torre/\">Luis de la Torre</a></span>"
                + "<span class=\"data\">Madrid</span></div>" + BODY);
        String french = page("", "<h1>Ayrault assume sa méthode</h1><p class=\"auteur\">Claire Dubois</p>" + BODY);

        assertEquals(List.of("Ana Pérez", "Luis de la Torre"), extractor.fromHtml(spanish, null).authors());
        assertEquals(List.of("Claire Dubois"), extractor.fromHtml(french, null).authors());
    }

    @Test
    void nameBesideTheDatelineUnderTheHeadline() {
        String plain = page("", "<h1>Metasploit Wrap-Up</h1><div><span>Spencer McIntyre</span><span>Dec 19, 2025</span></div>" + BODY);
        String withRole = page("", "<h1>The Best Toothbrushes</h1><p>By Genaveve Bradshaw ⋅ Senior Review Analyst</p>" + BODY);
        String category = page("", "<h1>Metasploit Wrap-Up</h1><div><a href=\"/category/cloud\">Cloud Computing</a>"
                + "<span>Dec 19, 2025</span></div>" + BODY);
        String noDate = page("", "<h1>Metasploit Wrap-Up</h1><div><span>Spencer McIntyre</span></div>" + BODY);

        assertEquals(List.of("Spencer McIntyre"), extractor.fromHtml(plain, null).authors());
        assertEquals(List.of("Genaveve Bradshaw"), extractor.fromHtml(withRole, null).authors());
        assertEquals(List.of(), extractor.fromHtml(category, null).authors());
        assertEquals(List.of(), extractor.fromHtml(noDate, null).authors());
    }

    @Test
    void authorSigningWithInitialsLinkedToAMailAddress() {
        String signed = "<p>1Password costs about 50 euros in the Mac App Store.<span>(<a title=\"Ben Schwan\""
                + " href=\"mailto:bsc@heise.de\">bsc</a>)</span></p>";
        assertEquals(List.of("Ben Schwan"), extractor.fromHtml(page("", "<h1>1Password for Mac</h1>" + BODY + signed),
                null).authors());
        // a mail link in a sentence signs nothing
        String contact = "<p>Write to <a title=\"Ben Schwan\" href=\"mailto:bsc@heise.de\">bsc</a> with questions.</p>";
        assertEquals(List.of(), extractor.fromHtml(page("", "<h1>1Password for Mac</h1>" + BODY + contact), null)
                .authors());
    }

    @Test
    void citationAuthorGivenLastNameFirst() {
        String html = page("<meta name=\"citation_author\" content=\"Kaufman, Jeff T.\">", "<h1>Backup Strategy</h1>" + BODY);

        assertEquals(List.of("Jeff T. Kaufman"), extractor.fromHtml(html, null).authors());

        // the particle of a family name follows the given names
        String particle = page("<meta name=\"DC.Creator\" content=\"Kooman, F.\"><meta name=\"DC.Creator\""
                + " content=\"Jong, Michiel de\">", "<h1>remoteStorage</h1>" + BODY);
        assertEquals(List.of("F. Kooman", "Michiel de Jong"), extractor.fromHtml(particle, null).authors());
    }

    @Test
    void labelledDatelineAndBylineBelowALongStandfirst() {
        String standfirst = "<p>We tested the best 13 toothbrushes on the market against each other, including popular options from "
                + "several brands. Different offerings should be considered, depending on the size of your mouth and your budget, "
                + "and we explain which ones suit whom.</p><p>Credit: Natalie Kafader</p>";
        String html = page("", "<h1>The Best Toothbrushes</h1>" + standfirst
                + "<p>By Genaveve Bradshaw ⋅ Senior Review Analyst ⋅ Updated March 5, 2025</p>" + BODY);
        String unlabelled = page("", "<h1>The Best Toothbrushes</h1>" + standfirst + "<p>Our pick since March 5, 2025</p>" + BODY);

        assertEquals(LocalDate.of(2025, 3, 5), published(html));
        assertEquals(List.of("Genaveve Bradshaw"), extractor.fromHtml(html, null).authors());
        assertEquals(null, extractor.fromHtml(unlabelled, null).publishedAt());
    }

    @Test
    void nameAndDateUnderAStandfirstInOneBigHeaderBlock() {
        // the name and the date are siblings of the headline and standfirst, not in a small byline box of their own
        String header = "<div class=\"w-full\"><h1>HR shared services explained</h1><p>HR shared services have evolved "
                + "into a cornerstone of modern HR operating models, enabling organisations to drive both efficiency and "
                + "value creation at scale. Far from being a way to cut costs, the model simplifies delivery, helps "
                + "compliance and keeps employee experiences consistent across countries.</p><p>Elliot Raba</p>"
                + "<div><p><span>23.07.2025</span><span> · </span><span>6 min read</span></p></div></div>";
        ExtractedArticle article = extractor.fromHtml(page("", header + BODY), null);

        assertEquals(List.of("Elliot Raba"), article.authors());
        assertEquals(LocalDate.of(2025, 7, 23), article.publishedAt().toLocalDate());
    }

    @Test
    void publishedLabelInTheArticlesFactPanel() {
        String panel = "<aside class=\"insight__content\"><div><h3>Published</h3><p><time datetime=\"2024-08-30T12:00:00Z\">"
                + "August 30, 2024</time></p></div><div><h3>Topics</h3><p>Health care</p></div></aside>";
        String related = "<aside><h3>Published</h3><p><time datetime=\"2023-01-02\">January 2, 2023</time></p></aside>";

        // the panel comes after the text, far from the headline
        assertEquals(LocalDate.of(2024, 8, 30), published(page("", "<main><article><h1>AI in the clinic</h1>" + BODY
                + BODY + BODY + panel + "</article></main>")));
        assertEquals(null, extractor.fromHtml(page("", "<main><article><h1>AI in the clinic</h1>" + BODY + BODY + BODY
                + "</article></main>" + related), null).publishedAt(), "a sidebar outside the article is not its date");
    }

    @Test
    void jsonLdInAScriptLdJsonMetaTag() {
        String json = "{\"@context\":\"https://schema.org\",\"@type\":\"Article\",\"headline\":\"Full EV cars\","
                + "\"datePublished\":\"2025-11-17T09:00:00-05:00\",\"author\":{\"@type\":\"Person\",\"name\":\"Jane Doe\"}}";
        String html = page("<meta name=\"script:ld+json\" content=\"" + json.replace("\"", "&quot;") + "\">",
                "<h1>Full EV cars</h1>" + BODY);

        ExtractedArticle article = extractor.fromHtml(html, null);
        assertEquals("2025-11-17T09:00-05:00", article.publishedAt().toString());
        assertEquals(List.of("Jane Doe"), article.authors());
    }

    @Test
    void jsonLdAuthorsAsAnArrayWithGivenAndFamilyNamesAndAnOrganisation() {
        String html = page("""
                <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"Port strike ends",
                  "author":[{"@type":"Person","givenName":"Jane","familyName":"Doe"},{"@id":"#roe"},
                            {"@type":"Organization","name":"Example News"}]},
                  {"@type":"Person","@id":"#roe","name":"John Roe"}]}</script>
                """, "<h1>Port strike ends</h1>" + BODY);

        assertEquals(List.of("Jane Doe", "John Roe"), extractor.fromHtml(html, null).authors());
    }

    @Test
    void pipedSectionTaglineOrSiteIsNotPartOfTheTitle() {
        assertEquals("How meditation rewires brains", title("", "<article><h1>How meditation rewires brains | Opinion</h1>"));
        assertEquals("How to help babies sleep through the night", title("<title>How to help babies sleep through the night | "
                + "Patient Education | Children's Hospital</title>", ""));
        assertEquals("GAME CHANGER", title("<title>GAME CHANGER | Newegg.com</title>", ""));
        assertEquals("Machine Learning at Georgia Tech", title("<title>The Agency | Machine Learning at Georgia Tech</title>", ""));
        // a longer part after the pipe is a subtitle
        assertEquals("Top 10 Digital Cameras of 2025 | The Best Mirrorless Cameras on the Market",
                title("", "<article><h1>Top 10 Digital Cameras of 2025 | The Best Mirrorless Cameras on the Market</h1>"));
    }

    @Test
    void siteNameOrAddressPrintedWithTheHeadline() {
        assertEquals("Best UK Art Exhibitions 2025", title("<meta property=\"og:site_name\" content=\"Artlyst\">",
                "<article><h1>Best UK Art Exhibitions 2025 – Artlyst</h1>"));
        assertEquals("Vibe Coding", title("<title>davidbau.com Vibe Coding</title>", "<h1><a href=\"/\">davidbau.com</a></h1>"));
        assertEquals("Stanford Grads Find Their Degrees No Longer Guarantee Jobs",
                title("<meta property=\"og:title\" content=\"Stanford Grads Find Their Degrees No Longer Guarantee Jobs - Slashdot\">",
                        "<h1>Stanford Grads Find Their Degrees No Longer Guarantee Jobs (latimes.com) 87</h1>"));
    }

    @Test
    void headlineAndMetadataThatDifferOnlyInQuoteMarksGiveTheMetadataSpelling() {
        String og = "<meta property=\"og:title\" content=\"Why Hasn't Tutoring Been More Effective?\">";

        assertEquals("Why Hasn't Tutoring Been More Effective?", title(og, "<article><h1>Why Hasn’t Tutoring Been More Effective?</h1>"));
        assertEquals("Why Hasn’t Tutoring Been More Effective?", title("", "<article><h1>Why Hasn’t Tutoring Been More Effective?</h1>"));
        // the JSON-LD headline spells it as printed: the page's typography stands
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"Why Hasn&#8217;t Tutoring Been More Effective?\"}</script>";
        assertEquals("Why Hasn’t Tutoring Been More Effective?", title(og + ld, "<article><h1>Why Hasn’t Tutoring Been More Effective?</h1>"));
    }

    @Test
    void capitalisedLeadInOrTwoLineHeadlinesGiveWayToTheMetadataTitle() {
        String og = "<meta property=\"og:title\" content=\"Best Drip Coffee Maker 2026: Buying Tips From Coffee Pros\">";

        assertEquals("Best Drip Coffee Maker 2026: Buying Tips From Coffee Pros",
                title(og, "<article><h1>BEST DRIP COFFEE MAKERS IN 2026: TIPS FROM THE PROS</h1>"));
        assertEquals("Best Drip Coffee Maker 2026: Buying Tips From Coffee Pros",
                title(og, "<article><h1>A message from our founder, Jane Doe:</h1>"));
        assertEquals("Best Drip Coffee Maker 2026: Buying Tips From Coffee Pros",
                title(og, "<article><h1>Drip Coffee Makers<br>What the pros buy</h1>"));
        assertEquals("Best Drip Coffee Maker 2026: Buying Tips From Coffee Pros",
                title(og, "<article><h1>Drip Coffee Makers<span class=\"block\">What the pros buy</span></h1>"));
        // an ordinary reworded headline still wins
        assertEquals("Drip coffee makers the pros buy", title(og, "<article><h1>Drip coffee makers the pros buy</h1>"));
    }

    @Test
    void headlinePrintedInLowerCaseTakesTheMetadataCapital() {
        assertEquals("History of coffee", title("<meta property=\"og:title\" content=\"History of coffee | Origin, Spread, Facts | Britannica\">",
                "<article><h1>history of coffee</h1>"));
        assertEquals("iPhone 17 review: the thinnest yet", title("<meta property=\"og:title\" content=\"iPhone 17 review: the thinnest yet | Tech\">",
                "<article><h1>iPhone 17 review: the thinnest yet</h1>"));
    }

    @Test
    void utf8ReadAsLatin1IsRepaired() {
        assertEquals("A DIY Investor’s Guide", title("", "<article><h1>A DIY Investor\u00e2\u0080\u0099s Guide</h1>"));
        assertEquals("A DIY Investor’s Guide", title("<title>A DIY Investorâ€™s Guide</title>", ""));
        assertEquals("Café Åland", HtmlMetadata.repairMojibake("Café Åland"));
    }

    @Test
    void organisationNamedAsTheAuthorAndPrintedAsTheBylineIsTheAuthor() {
        String ld = """
                <script type="application/ld+json">{"@type":"BlogPosting","headline":"Best Residential Movers in NYC",
                  "author":{"@type":"Organization","name":"Supermove"}}</script>
                """;
        String byline = page(ld, "<article><h1>Best Residential Movers in NYC</h1><div><span>Supermove</span>"
                + "<span>February 8, 2022</span></div>" + BODY + "</article>");
        String postedBy = page("<meta name=\"author\" content=\"IndustrySelect\">", "<article><h1>Top 10 Appliance Makers</h1>"
                + "<p>Posted by IndustrySelect on Tuesday, August 29, 2023</p>" + BODY + "</article>");
        String onlyInMetadata = page(ld, "<article><h1>Best Residential Movers in NYC</h1>" + BODY + "</article>");
        String inASentence = page(ld, "<article><h1>Best Residential Movers in NYC</h1><p>Reviewed by our partners at Supermove, "
                + "on December 9, 2024.</p>" + BODY + "</article>");
        String account = page("<meta name=\"author\" content=\"admin\">", "<article><h1>Top 10 Appliance Makers</h1>"
                + "<p>admin</p>" + BODY + "</article>");

        assertEquals(List.of("Supermove"), extractor.fromHtml(byline, null).authors());
        assertEquals(List.of("IndustrySelect"), extractor.fromHtml(postedBy, null).authors());
        assertEquals(List.of(), extractor.fromHtml(onlyInMetadata, null).authors());
        assertEquals(List.of(), extractor.fromHtml(inASentence, null).authors());
        assertEquals(List.of(), extractor.fromHtml(account, null).authors());
    }

    @Test
    void teamOrStaffBylineWhenNoPersonIsNamed() {
        String team = page("", "<article><h1>Top Mental Health Tips</h1><h4 class=\"author-name\">By <a href=\"/editors\">"
                + "The Currency editors</a></h4>" + BODY + "</article>");
        String staff = page("", "<article><h1>Top Mental Health Tips</h1><p class=\"authorName\">Podium Staff</p>" + BODY + "</article>");
        String both = page("", "<article><h1>Top Mental Health Tips</h1><p class=\"authorName\">Podium Staff</p>"
                + "<p class=\"author\">By Jane Doe</p>" + BODY + "</article>");

        assertEquals(List.of("The Currency editors"), extractor.fromHtml(team, null).authors());
        assertEquals(List.of("Podium Staff"), extractor.fromHtml(staff, null).authors());
        assertEquals(List.of("Jane Doe"), extractor.fromHtml(both, null).authors());
    }

    @Test
    void bylinesAfterADateUnderAHeadingLabelOrInAWrittenByHeading() {
        String dotted = page("", "<article><h1>What do people love about Rust?</h1><div class=\"publish-date-author\">Dec. 19, 2025 "
                + "&middot; Niko Matsakis on behalf of the team</div>" + BODY + "</article>");
        String label = page("", "<article><h1>Understanding mathematics</h1>" + BODY + "<h2>Article by</h2><div>Matias Heikkilä</div></article>");
        String heading = page("", "<article><h1>Understanding mathematics</h1>" + BODY + "<h3>Written by Cassidy Horton</h3></article>");
        String menu = page("", "<div><h4>By Event Type</h4><ul><li><a href=\"/c\">Conferences</a></li></ul></div>"
                + "<article><h1>Understanding mathematics</h1>" + BODY + "</article>");

        assertEquals(List.of("Niko Matsakis"), extractor.fromHtml(dotted, null).authors());
        assertEquals(List.of("Matias Heikkilä"), extractor.fromHtml(label, null).authors());
        assertEquals(List.of("Cassidy Horton"), extractor.fromHtml(heading, null).authors());
        assertEquals(List.of(), extractor.fromHtml(menu, null).authors());
    }

    @Test
    void aPageWhoseMarkupNamesNoAuthorIsReadAsItsTextIsButItsMenusAndItsTitleAreNoByline() {
        // a name beside the day, over the headline; a name after the day and before the section
        String besideTheDay = page("", "<div class=\"meta\"><span>Dec 17, 2025</span><span>Julian K. Arni</span></div>"
                + "<h1>Hardware-attested builds for everyone</h1>" + BODY);
        String afterTheDay = page("", "<h1>Project management software pricing</h1><p>Dec 26, 2025 <span>&bull;</span>"
                + " <img src=\"/a.png\"> Mahua Das in <a href=\"/blog/pm\">Project Management</a></p>" + BODY);
        // a blogger's first name over the day and the reading time
        String blog = page("", "<h1>Podcast equipment for beginners</h1><div><span>Stefan</span></div>"
                + "<div><time datetime=\"2026-03-05\">March 5, 2026</time></div><div>8 min read</div>" + BODY);
        // a menu the page prints twice, over a button and the text: its "Meet The Team" is no team's byline
        String nav = "<nav><ul><li>Shop All</li><li>About Melissa Neill</li><li>Meet The Team</li>"
                + "<li>Contact Us</li></ul></nav>";
        String menu = page("", nav + nav + "<div>Apply Now</div>" + BODY);
        // the headline, which the page also prints at its top, over its dateline
        String title = page("<title>Classificação NASCAR | Autoracing</title>", "<div>Classificação NASCAR | Autoracing"
                + "</div><ul><li>Notícias da NASCAR</li></ul><h1>Classificação NASCAR</h1>"
                + "<span>sexta-feira, 22 de outubro de 2010 às 20:13</span><div>Share this on WhatsApp</div>" + BODY);

        // a widget's heading and blurb between the byline block and the text: the block is read under the headline
        String widget = page("<title>Best CRMs of 2026</title>", "<h1>Best CRMs of 2026</h1><div><span>By</span></div>"
                + "<div><a href=\"/team\">The Meetingnotes Team</a></div><div>|</div><div>6</div><div>mins</div><div>|</div>"
                + "<div>February 28, 2026</div><div>Tools</div><aside><h3>Don't be the one putting your company at risk</h3>"
                + "<p>Follow this checklist before signing up for an AI meeting notetaker.</p><a href=\"/start\">Get Started"
                + "</a></aside>" + BODY);

        assertEquals(List.of("The Meetingnotes Team"), extractor.fromHtml(widget, null).authors());
        assertEquals(List.of("Julian K. Arni"), extractor.fromHtml(besideTheDay, null).authors());
        assertEquals(List.of("Mahua Das"), extractor.fromHtml(afterTheDay, null).authors());
        assertEquals(List.of("Stefan"), extractor.fromHtml(blog, null).authors());
        assertEquals(List.of(), extractor.fromHtml(menu, null).authors());
        assertEquals(List.of(), extractor.fromHtml(title, null).authors());
    }

    @Test
    void theLatestCommentsWritersAreNoAuthorsNorAnAvatarsInitialsPartOfTheName() {
        // a Joomla site's sidebar of the latest comments, before the article; the author's avatar is an SVG of initials
        String html = page("", "<div class=\"sub_nav\"><ul class=\"jcomments-latest\"><li><span class=\"author\">"
                + "George Oates</span><span class=\"date\">17.12.2025</span><div class=\"comment\">Great piece.</div>"
                + "</li></ul></div><h1>Digital archives at work</h1><div class=\"author_cont\"><div class=\"news-author\">"
                + "<svg viewBox=\"0 0 100 100\"><text x=\"50%\" y=\"50%\">CM</text></svg></div><div class=\"author_cont\">"
                + "<h3><a href=\"/userprofile/craigmccarthy\">Craig McCarthy</a></h3><p class=\"date\">Last updated on 17"
                + " December 2025</p></div></div>" + BODY);

        assertEquals(List.of("Craig McCarthy"), extractor.fromHtml(html, null).authors());
    }

    @Test
    void personalBlogIsWrittenByItsOwner() {
        String blog = page("<meta property=\"og:site_name\" content=\"Colin Watson's blog\">", "<h1>Preparing a transition</h1>" + BODY);
        String company = page("<meta property=\"og:site_name\" content=\"Levine Music\">", "<h1>Preparing a transition</h1>" + BODY);

        assertEquals(List.of("Colin Watson"), extractor.fromHtml(blog, null).authors());
        assertEquals(List.of(), extractor.fromHtml(company, null).authors());
    }

    @Test
    void numericDateThatReadsBothWaysTakesTheReadingOfTheMetadataOrTheUrl() {
        String meta = page("<meta property=\"article:published_time\" content=\"2024-09-10T16:07:00Z\">",
                "<h1>A headline for the date test</h1><p>09.10.2024</p>" + BODY);
        String url = page("", "<h1>A headline for the date test</h1><p>03/10/2023</p>" + BODY);
        String plain = page("", "<h1>A headline for the date test</h1><p>03/10/2023</p>" + BODY);

        assertEquals(LocalDate.of(2024, 9, 10), published(meta));
        assertEquals(LocalDate.of(2023, 10, 3), extractor.fromHtml(url, "https://example.org/blog/2023/october/03/wine-types/")
                .publishedAt().toLocalDate());
        assertEquals(LocalDate.of(2023, 3, 10), published(plain));
        assertEquals(LocalDate.of(2025, 12, 15), Dates.fromUrl("https://example.org/articles/2025-12-15+Rust+backend").toLocalDate());
    }

    @Test
    void microdataPublishedDateWinsOverAnUpdateShownFirstAndSlashedDatesReadDayFirstOutsideTheUs() {
        String figaro = """
                <html lang="fr"><head></head><body><article><h1>Montebourg envisage des privatisations partielles</h1>
                <ul><li>Mis à jour <time itemprop="dateModified" datetime="2013-04-06T10:37:32+02:00">le 06/04/2013 à 10:37</time></li>
                <li>Publié <time itemprop="datePublished" datetime="2013-04-05T17:08:23+02:00">le 05/04/2013 à 17:08</time></li></ul>
                %s</article></body></html>
                """.formatted(BODY);
        String british = "<html lang=\"en-GB\"><head></head><body><article><h1>Cycling lanes approved</h1>"
                + "<p>Published 06/04/2013</p>" + BODY + "</article></body></html>";
        String american = british.replace("en-GB", "en-US");

        ExtractedArticle a = extractor.fromHtml(figaro, null);

        assertEquals(LocalDate.of(2013, 4, 5), a.publishedAt().toLocalDate());
        assertEquals(LocalDate.of(2013, 4, 6), a.modifiedAt().toLocalDate());
        assertEquals(LocalDate.of(2013, 4, 6), published(british));
        assertEquals(LocalDate.of(2013, 6, 4), published(american));
        // a page that declares no region but writes its days first in words is read so too
        String undeclared = american.replace(" lang=\"en-US\"", "").replace("</article>", "</article><aside>"
                + "<h2>More news</h2><p>Bus timetable changes - 13 April 2013</p><p>Market square reopens - 2 April 2013</p>"
                + "</aside>");
        assertEquals(LocalDate.of(2013, 4, 6), published(undeclared));
        assertEquals(LocalDate.of(2013, 6, 4), published(undeclared.replace("<html>", "<html lang=\"en-US\">")),
                "a page that declares the United States is read the American way");
    }

    @Test
    void urlDateWithTheSectionBetweenYearAndMonth() {
        assertEquals(LocalDate.of(2010, 8, 13),
                Dates.fromUrl("http://www.cnn.com/2010/POLITICS/08/13/democrats.social.security/index.html").toLocalDate());
        assertEquals(LocalDate.of(2013, 8, 3),
                Dates.fromUrl("http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html").toLocalDate());
        assertNull(Dates.fromUrl("https://example.org/2013/page/14/32/"));
    }

    @Test
    void dateInTheCanonicalAddressWhenThePagesOwnHasNone() {
        String html = page("<link rel=\"canonical\" href=\"https://www.example.com/world/gunmen-storm-museum/2015/03/18/"
                + "00202e76_story.html\">", "<h1>Attack stokes instability fears in North Africa</h1>" + BODY);

        assertEquals(LocalDate.of(2015, 3, 18),
                extractor.fromHtml(html, "https://www.example.com/amp/story?id=00202e76").publishedAt().toLocalDate());
        assertEquals(LocalDate.of(2015, 3, 18), extractor.fromHtml(html, null).publishedAt().toLocalDate());
    }

    @Test
    void dateBesideTheBylineOrLabelledAnywhereWhenNoneIsNearTheHeadline() {
        String lead = "<p>" + "A long standfirst that keeps the byline away from the headline for this test. ".repeat(5) + "</p>";
        String byline = page("", "<h1>A headline for the date test</h1>" + lead + BODY
                + "<div><p class=\"author\">By <a href=\"/author/moses-kim\">Moses Kim</a></p><p>April 8, 2024</p></div>");
        String labelled = page("", "<h1>A headline for the date test</h1>" + lead + BODY + "<div><span>Posted on the 15/12/2025 at 19:00</span></div>");
        String unlabelled = page("", "<h1>A headline for the date test</h1>" + lead + BODY + "<div><span>Offer ends 15/12/2025</span></div>");

        assertEquals(LocalDate.of(2024, 4, 8), published(byline));
        assertEquals(LocalDate.of(2025, 12, 15), published(labelled));
        assertEquals(null, extractor.fromHtml(unlabelled, null).publishedAt());
    }

    @Test
    void authorBoxesNameChildrenAndDescriptions() {
        String bio = "<p>" + "Lauren Vetter is a growth-focused marketing professional who writes about healthcare technology. ".repeat(2) + "</p>";
        String box = page("", "<article><h1>SEO tips for clinics</h1>" + BODY + "<div class=\"blog_author-wrapper\"><img alt=\"\">"
                + "<div>Lauren Vetter</div>" + bio + "</div></article>");
        String description = page("", "<article><h1>SEO tips for clinics</h1>" + BODY + "<div><p class=\"gb-headline\">Asser Christensen</p>"
                + "<div class=\"dynamic-author-description\">Licensed Q Arabica Grader, M.A. Journalism</div></div></article>");
        String nameChild = page("", "<article><h1>SEO tips for clinics</h1><div class=\"author-line\"><span>Written By:</span>"
                + "<span class=\"author-name\">Celeste Longacre</span> <span class=\"author-title\">Gardener &amp; Astrologer</span></div>"
                + BODY + "</article>");
        String contributors = page("", "<article><h1>SEO tips for clinics</h1>" + BODY
                + "<div class=\"tags\"><strong>Contributors:</strong> Janet Loughrey</div></article>");

        assertEquals(List.of("Lauren Vetter"), extractor.fromHtml(box, null).authors());
        assertEquals(List.of("Asser Christensen"), extractor.fromHtml(description, null).authors());
        assertEquals(List.of("Celeste Longacre"), extractor.fromHtml(nameChild, null).authors());
        assertEquals(List.of("Janet Loughrey"), extractor.fromHtml(contributors, null).authors());
    }

    @Test
    void coupleSigningWithFirstNamesCamelCaseSurnamesAndMainContentInsideAnUnclosedAside() {
        String couple = page("<meta name=\"author\" content=\"Linny and Peter\">", "<h1>Japan in winter</h1>" + BODY);
        String camel = page("", "<article><h1>The Best Electric Scooters</h1><div>By <a href=\"/author/chris-mcnamara\">Chris McNamara</a>"
                + " &sdot; Founder and Editor-in-Chief &sdot; <span>Updated May 6, 2025</span></div>" + BODY + "</article>");
        String aside = page("", "<aside class=\"announcement-banner\"><p>News!</p><main><article><h1>Startup Lessons</h1>"
                + "<span class=\"blog-meta-author\">Tim Enwall</span>" + BODY + "</article></main>");

        assertEquals(List.of("Linny", "Peter"), extractor.fromHtml(couple, null).authors());
        assertEquals(List.of("Chris McNamara"), extractor.fromHtml(camel, null).authors());
        assertEquals(List.of("Tim Enwall"), extractor.fromHtml(aside, null).authors());
        assertEquals(List.of(), AuthorNames.clean("Tips & Tricks", null, true));
    }

    @Test
    void headlineInSentenceCaseGivesWayToTheMetadataInTitleCase() {
        String og = "<meta property=\"og:title\" content=\"How to Install Solar Panels in 2026\">";

        assertEquals("How to Install Solar Panels in 2026", title(og, "<article><h1>How to install solar panels in 2026</h1>"));
        // capitalised minor words ("And", "To") are a style guide's choice, not a reason to leave the headline
        assertEquals("Video Post-Production Review and Approval Process", title("<meta property=\"og:title\" "
                + "content=\"Video Post-Production Review And Approval Process\">", "<article><h1>Video Post-Production Review and Approval Process</h1>"));
    }

    @Test
    void headlineInAPageBuilderWidgetIsTheHeadlineButALogoOrSidebarWidgetIsNot() {
        String og = "<meta property=\"og:title\" content=\"Using Machine Learning To Personalize Shopping\">";
        String builder = "<div class=\"elementor-widget elementor-widget-theme-post-title\"><div class=\"elementor-widget-container\">"
                + "<h1>How Machine Learning Personalizes Shopping</h1></div></div>";
        String furniture = "<div class=\"logoWrapper\"><h1>Acme Shopping Journal</h1></div><div class=\"widget\"><h1>Our Latest Posts Today</h1></div>"
                + "<div class=\"modal fade\"><h1>Free Boot Camp Email Course</h1></div>";
        // the page's own classes ("wp-custom-logo", "no-sidebar") say nothing about where the headline is
        String html = "<html><head>" + og + "</head><body class=\"single wp-custom-logo no-sidebar\">" + furniture + builder + BODY + "</body></html>";

        assertEquals("How Machine Learning Personalizes Shopping", extractor.fromHtml(html, null).title());
    }

    @Test
    void headlineWhoseCharactersAnEncodingLostIsSpelledAsTheMetadataSpellsIt() {
        String og = "<meta property=\"og:title\" content=\"What Are The Basics Of Event Planning: Beginner's Guide\">";

        assertEquals("What Are The Basics Of Event Planning: Beginner's Guide",
                title(og, "<article><h1>What Are The Basics Of Event Planning? Beginner? Guide</h1>"));
        // a question asked in the headline is not a lost character
        assertEquals("Is the Euro Safe? What the Markets Say", title("<meta property=\"og:title\" "
                + "content=\"Is the Euro Safe? What Markets Say\">", "<article><h1>Is the Euro Safe? What the Markets Say</h1>"));
    }

    @Test
    void fullWidthPunctuationInALatinTitleIsPlainButAChineseTitleKeepsIts() {
        assertEquals("How Does Robot Vacuum Mapping Work?", title("", "<article><h1>How Does Robot Vacuum Mapping Work？</h1>"));
        assertEquals("港特首梁振英就住宅违建事件道歉？", title("", "<article><h1>港特首梁振英就住宅违建事件道歉？</h1>"));
    }

    @Test
    void aPhotosCaptionAndAMagazineIssueDateNoArticle() {
        String caption = page("", "<article><h1>Energy Department rejects the request</h1><figure><img src=a.jpg>"
                + "<figcaption>Protesters march in Sioux Center, Iowa, on Jan. 23, 2016.</figcaption></figure>"
                + "<p class=byline>By Joe Davidson</p><p>December 13, 2016</p>" + BODY + "</article>");
        String issue = page("", "<article><p><time itemprop=\"datePublished\" content=\"2016-11-28\">December 5, 2016"
                + "</time> Issue</p><h1>Lessons from My Mother</h1><p>By David Remnick</p>" + BODY + "</article>");

        assertEquals(LocalDate.of(2016, 12, 13), published(caption));
        assertEquals(LocalDate.of(2016, 11, 28), published(issue));
    }

    @Test
    void datesWrittenAsAPageOrAProgramPrintsThem() {
        String glued = page("", "<article><h1>Jury finds him guilty</h1><p><span>December 15, 2016</span>"
                + "<span>3:33 PM ET</span></p>" + BODY + "</article>");
        String unix = page("<meta property=\"article:published_time\" content=\"Mon Aug 03 12:45:00 EDT 2015\">",
                "<article><h1>Why your office is too cold</h1>" + BODY + "</article>");
        String relative = page("", "<article><h1>Houston hires a head coach</h1><time data-published=\"2016-12-09 "
                + "09:13:00Z\">4 hours ago</time>" + BODY + "</article>");
        String shortYear = page("", "<article><h1>Amazon Echo vs. Google Home</h1><p>Published 12/10/16</p>" + BODY
                + "</article>");
        String updated = page("", "<article><h1>Amazon Echo vs. Google Home</h1><p>Updated on 09/11/25</p>" + BODY
                + "</article>");

        assertEquals(LocalDate.of(2016, 12, 15), published(glued));
        assertEquals(OffsetDateTime.parse("2015-08-03T12:45-04:00").toInstant(), publishedAt(unix).toInstant());
        assertEquals(LocalDate.of(2016, 12, 9), published(relative));
        assertEquals(LocalDate.of(2016, 12, 10), published(shortYear));
        assertNull(publishedAt(updated), "a two-digit year only after a label of the publication");
    }

    @Test
    void aDateBesideTheBylineInASideColumnAndAByWithoutAName() {
        String aside = page("<meta name=\"author\" content=\"David Fear\">", "<h1>How a Young Filmmaker Resurrected "
                + "the Musical</h1><figure><img src=a.jpg><figcaption>"
                + "Inside the making of the breakout movie of the year, with its director and composer. ".repeat(5)
                + "</figcaption></figure><div class=\"content-column\">"
                + "<aside class=\"left-rail\"><div class=\"content-info\"><div class=\"content-byline\">By <a href=\""
                + "/contributor/david-fear\">David Fear</a></div><time class=\"content-published-date\">December 9, 2016"
                + "</time><aside class=\"module-social-sharing\"><a href=\"#\">Share</a></aside></div></aside>"
                + "<div class=\"article-content\">" + BODY + "</div></div>");
        String by = page("<meta name=\"byl\" content=\"By\"><meta name=\"author\" content=\"By\">",
                "<article><h1>I, Too, Sing America</h1>" + BODY + "</article>");

        assertEquals(LocalDate.of(2016, 12, 9), published(aside));
        assertEquals(List.of(), extractor.fromHtml(by, null).authors());
    }

    private List<String> authors(String head, String body) {
        return extractor.fromHtml(page(head, body), null).authors();
    }

    @Test
    void everyAuthorOfAByline() {
        assertEquals(List.of("Julia Carrie Wong", "Sam Levin"), authors("<meta name=\"author\" content=\"Julia Carrie "
                + "Wong\"><meta name=\"author\" content=\"Sam Levin\">", "<article><h1>Protesters hold out</h1>" + BODY
                + "</article>"));
        assertEquals(List.of("Josh Haskell", "David Caplan", "Patrick Reevell"), authors("", "<article><h1>Clinton "
                + "speaks on the hack</h1><ul class=\"authors\"><li><div class=\"author\">By Josh Haskell</div></li>"
                + "<li><div class=\"author\">David Caplan</div></li><li><div class=\"author\">PATRICK REEVELL</div>"
                + "</li></ul>" + BODY + "</article>"));
        assertEquals(List.of("Paul Frew"), authors("", "<article><h1>The best cameras</h1><div class=\"meta\"><span "
                + "class=\"author-name\">By <a href=\"/author/paul-frew/\">Paul Frew</a></span> &amp; <span class=\""
                + "author-meta-container expert\"><span class=\"author-name\"><a href=\"/author/gene-petrino/\">Gene "
                + "Petrino</a></span></span></div>" + BODY + "</article>"));
    }

    @Test
    void aBylinesHandleAPhotosCreditAndAPersonNamedInTheTextAreNoAuthors() {
        assertEquals(List.of("April Glaser"), authors("", "<article><h1>Wheeler leaves the FCC</h1><div class=\"byline"
                + "\">By April Glaser@aprilaser Dec 15, 2016, 5:23pm EST</div>" + BODY + "</article>"));
        assertEquals(List.of("Marc Santora"), authors("", "<article><h1>Suspect arrested</h1><figure><video></video>"
                + "<span class=\"video-credit\">By MEGAN SPECIA on September 19, 2016</span></figure><p class=\"byline"
                + "\">By Marc Santora</p>" + BODY + "</article>"));
        assertEquals(List.of(), authors("", "<article><h1>A training initiative</h1><p>The <a href=\"/people/American-"
                + "Theatre-Wing/\">American Theatre Wing</a> announced today a new initiative to support theatre "
                + "education in public schools across the country, with grants for teachers.</p>" + BODY + "</article>"));
    }

    @Test
    void anAuthorBoxLinkingToTheAuthorsPage() {
        assertEquals(List.of("Craig Lloyd"), authors("", "<article><h1>Amazon Echo vs. Google Home</h1>" + BODY
                + "</article><div id=\"authorinfobox\"><p><b><a href=\"/author/craiglloyd/\">Craig Lloyd</a></b> is "
                + "a mediocre gamer, aviation geek and baseball fan.</p></div>"));
    }

    @Test
    void aChineseTitlesSectionAndSiteAfterUnderscores() {
        String html = page("<title>这个约会软件，想用你和对方的相似好恶来帮你找对象_智能_好奇心日报</title>",
                "<div><p>" + "这个约会软件想用你和对方的相似好恶来帮你找对象。".repeat(10) + "</p></div>");

        assertEquals("这个约会软件，想用你和对方的相似好恶来帮你找对象", extractor.fromHtml(html, null).title());
    }
}
