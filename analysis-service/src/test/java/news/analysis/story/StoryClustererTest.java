package news.analysis.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import news.analysis.ArticleAnalyzer;
import news.analysis.theme.SeedTexts;
import news.events.AnalyzedArticle;
import news.events.ArticleIds;
import news.events.EntityMention;
import news.events.IngestedArticle;
import news.events.StoryLink;
import org.junit.jupiter.api.Test;

class StoryClustererTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.fromClasspath();
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final String SEED_004_TITLE =
            "Redefining Dynamics: What the Japanese Foreign Minister’s Visit to China Signifies";

    static StoryFeatures features(String id, String title, String body, String published, Instant ingested) {
        IngestedArticle article = new IngestedArticle(IngestedArticle.SCHEMA_VERSION, id, null, null, "Test", title,
                List.of(), published == null ? null : OffsetDateTime.parse(published), "en", body,
                ArticleIds.contentHash(title, body), ingested);
        AnalyzedArticle analyzed = ANALYZER.analyze(article);
        return StoryFeatures.of(analyzed);
    }

    /** Seed 000 as ingest-service extracts it: no title, no date. */
    static StoryFeatures seed000() throws IOException {
        String text = SeedTexts.seed("000_749f0bb3dcd254b9.txt");
        String body = String.join("\n\n", text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        return features("seed-000", null, body, null, NOW);
    }

    /** Seed 004 as ingest-service extracts it: the analysis article, its title and date. */
    static StoryFeatures seed004() throws IOException {
        return features("seed-004", SEED_004_TITLE, SeedTexts.seed004Body(), "2025-01-11T00:00:00Z", NOW);
    }

    /** The plain-text samples (first line the headline) and a sports story. */
    static List<StoryFeatures> unrelated() throws IOException {
        List<StoryFeatures> out = new ArrayList<>();
        Path samples = Path.of(System.getProperty("project.root", "..")).resolve("samples");
        assumeTrue(Files.isDirectory(samples), "samples/ not found: " + samples.toAbsolutePath());
        for (String name : List.of("03-naval-exercises.txt", "04-foreign-ministers-meeting.txt", "05-cup-final.txt")) {
            String text = Files.readString(samples.resolve(name), StandardCharsets.UTF_8);
            int nl = text.indexOf('\n');
            out.add(features(name, text.substring(0, nl).strip(), text.substring(nl + 1).strip(), null, NOW));
        }
        out.add(features("sports", "Tokyo marathon record falls as Kenyan runner wins in 2:02",
                "A Kenyan runner broke the course record at the Tokyo Marathon on Sunday, finishing in two hours and "
                        + "two minutes as thousands lined the streets of the Japanese capital. Organisers said 38,000 "
                        + "runners took part. The winner said the cool weather and a fast field helped him pull away "
                        + "in the final ten kilometres, and he thanked his coach and the crowds in Tokyo.",
                null, NOW));
        return out;
    }

    private static StoryClusterer clusterer() {
        return new StoryClusterer(StorySettings.DEFAULTS);
    }

    @Test
    void theTwoSeedsAreOneStoryInEitherOrder() throws IOException {
        StoryFeatures a = seed000();
        StoryFeatures b = seed004();
        System.out.printf("seeds: term overlap %.3f, shared people/organisations %d %s, shingle Jaccard %.3f%n",
                StoryFeatures.termOverlap(a, b), StoryFeatures.sharedEntities(a, b), a.entities(),
                StoryFeatures.shingleSimilarity(a, b));

        StoryClusterer clusterer = clusterer();
        StoryClusterer.Decision first = clusterer.assign(a, NOW);
        assertEquals(StoryLink.newStory("seed-000"), first.link());
        StoryClusterer.Decision second = clusterer.assign(b, NOW);
        assertEquals("sseed-000", second.link().storyId(), "seed 004 joins seed 000's story: " + second);
        assertNull(second.link().duplicateOf(), "different wording is no copy");
        assertEquals("seed-000", second.closest());

        StoryClusterer reversed = clusterer();
        reversed.assign(b, NOW);
        assertEquals("sseed-004", reversed.assign(a, NOW).link().storyId());
    }

    @Test
    void unrelatedArticlesStartTheirOwnStories() throws IOException {
        StoryClusterer clusterer = clusterer();
        clusterer.assign(seed000(), NOW);
        clusterer.assign(seed004(), NOW);
        for (StoryFeatures other : unrelated()) {
            System.out.printf("%s vs seeds: term overlap %.3f / %.3f, shared %d / %d%n", other.articleId(),
                    StoryFeatures.termOverlap(other, seed000()), StoryFeatures.termOverlap(other, seed004()),
                    StoryFeatures.sharedEntities(other, seed000()), StoryFeatures.sharedEntities(other, seed004()));
            StoryClusterer.Decision d = clusterer.assign(other, NOW);
            assertEquals(StoryLink.newStory(other.articleId()), d.link(), other.articleId() + ": " + d);
        }
    }

    @Test
    void sharingOnePersonIsNotEnoughWithoutCloseWording() throws IOException {
        StoryClusterer clusterer = clusterer();
        clusterer.assign(seed000(), NOW);
        clusterer.assign(seed004(), NOW);
        Path samples = Path.of(System.getProperty("project.root", "..")).resolve("samples");
        assumeTrue(Files.isDirectory(samples), "samples/ not found: " + samples.toAbsolutePath());
        String ministers = Files.readString(samples.resolve("04-foreign-ministers-meeting.txt"), StandardCharsets.UTF_8);
        StoryFeatures wang = features("ministers-and-wang-yi", "Brazil and South Africa pledge closer ties",
                ministers.substring(ministers.indexOf('\n') + 1) + "\n\nChinese Foreign Minister Wang Yi welcomed "
                        + "the statement.", null, NOW);
        assertEquals(1, StoryFeatures.sharedEntities(wang, seed000()));
        StoryClusterer.Decision d = clusterer.preview(wang);
        assertEquals(StoryLink.newStory("ministers-and-wang-yi"), d.link(), d.toString());
    }

    @Test
    void aSyndicatedCopyIsADuplicateOfTheFirstAndInItsStory() throws IOException {
        StoryFeatures original = seed000();
        String text = SeedTexts.seed("000_749f0bb3dcd254b9.txt").strip();
        StoryFeatures copy = features("copy-1", "Japan's top diplomat in Beijing",
                "TOKYO (Wire) - " + text + "\n\nReporting by the Wire desk; editing by the night editor.", null, NOW);
        StoryFeatures copyOfCopy = features("copy-2", null,
                text.replace("Beijing", "the Chinese capital") + "\n\nMore to follow.", null, NOW);
        System.out.printf("copies: shingle Jaccard %.3f and %.3f%n", StoryFeatures.shingleSimilarity(original, copy),
                StoryFeatures.shingleSimilarity(original, copyOfCopy));

        StoryClusterer clusterer = clusterer();
        clusterer.assign(original, NOW);
        StoryClusterer.Decision d1 = clusterer.assign(copy, NOW);
        assertEquals("sseed-000", d1.link().storyId());
        assertEquals("seed-000", d1.link().duplicateOf());
        assertTrue(d1.link().similarity() >= 0.8, d1.toString());
        StoryClusterer.Decision d2 = clusterer.assign(copyOfCopy, NOW);
        assertEquals("sseed-000", d2.link().storyId());
        assertEquals("seed-000", d2.link().duplicateOf(), "a copy names the first article, not another copy");

        StoryClusterer.Decision related = clusterer.assign(seed004(), NOW);
        assertEquals("sseed-000", related.link().storyId());
        assertNull(related.link().duplicateOf());
    }

    @Test
    void twoCompaniesResultsTablesAreTwoStoriesAndARepeatedTableIsACopy() {
        StoryFeatures acme = features("acme", "ACME TOOLS INC <ACT> 2ND QTR NET", "Shr 41 cts vs 37 cts Net 5,120,000 "
                + "vs 4,610,000 Revs 61.2 mln vs 57.9 mln Six mths Shr 80 cts vs 71 cts Net 9,950,000 vs 8,870,000", null, NOW);
        StoryFeatures brill = features("brill", "BRILL FOODS CORP <BRF> 2ND QTR NET", "Shr 12 cts vs 15 cts Net 1,020,000 "
                + "vs 1,270,000 Revs 18.4 mln vs 19.9 mln Six mths Shr 25 cts vs 28 cts Net 2,110,000 vs 2,380,000", null, NOW);
        StoryFeatures acmeAgain = features("acme-again", "ACME TOOLS INC <ACT> 2ND QTR NET", "Shr 41 cts vs 37 cts Net "
                + "5,120,000 vs 4,610,000 Revs 61.2 mln vs 57.9 mln Six mths Shr 80 cts vs 71 cts Net 9,950,000 vs 8,870,000",
                null, NOW);
        assertTrue(StoryFeatures.termOverlap(acme, brill) >= 0.5, "written to one formula");

        StoryClusterer clusterer = clusterer();
        clusterer.assign(acme, NOW);
        assertEquals(StoryLink.newStory("brill"), clusterer.assign(brill, NOW).link(), "another company's results");
        assertEquals("acme", clusterer.assign(acmeAgain, NOW).link().duplicateOf());
    }

    /** A eurobond notice as the wire writes them, for one issuer and its lead manager. */
    private static StoryFeatures bondNotice(String id, String issuer, String manager) {
        return features(id, issuer.toUpperCase(java.util.Locale.ROOT) + " ISSUES 100 MLN DLR EUROBOND", issuer
                + " is issuing a 100 mln dlr eurobond due March 15, 1992 paying 7-1/4 pct and priced at 101-3/8 pct, "
                + "lead manager " + manager + " said. The non-callable bond is available in denominations of 5,000 dlrs "
                + "and will be listed in Luxembourg. The selling concession is 1-1/4 pct, while management and "
                + "underwriting combined pays 5/8 pct. The payment date is March 15.", null, NOW);
    }

    /** A development bank's loan as the wire reports it, to one country for one purpose. */
    private static StoryFeatures loanReport(String id, String country, String capital, String purpose) {
        return features(id, "WORLD BANK LOANS " + country.toUpperCase(java.util.Locale.ROOT) + " 300 MLN DLRS",
                "The World Bank said it approved a 300 mln dlr loan to " + country + " to help finance " + purpose
                        + ". The loan is for 17 years, including five years of grace, at the bank's standard variable "
                        + "interest rate, currently 7.92 pct. The government in " + capital + " will carry out the "
                        + "project, which the bank said would strengthen " + country + "'s economy and its "
                        + "balance of payments over the next five years.", null, NOW);
    }

    /** A defence contract as the wire reports it, its headline in capitals. */
    private static StoryFeatures contractNotice(String id, String company, String amount) {
        return features(id, company.toUpperCase(java.util.Locale.ROOT) + " GETS NAVY CONTRACT", company + " Inc said "
                + "it received a " + amount + " mln dlr contract from the U.S. Navy for the production of "
                + "teleprinters for use in submarines. The Navy said work would be completed by March 1989.", null,
                NOW);
    }

    @Test
    void twoCompaniesContractsFromOneNavyAreTwoStories() {
        StoryFeatures tracor = contractNotice("tracor", "Tracor", "8.4");
        StoryFeatures systems = contractNotice("systems", "E-Systems", "9.2");
        assertEquals("o:tracor inc", tracor.principal(), "the company the headline names first");
        StoryClusterer clusterer = clusterer();
        clusterer.assign(tracor, NOW);
        assertEquals(StoryLink.newStory("systems"), clusterer.assign(systems, NOW).link(),
                "another company's contract");
    }

    @Test
    void oneLendersLoansToTwoCountriesAreTwoStoriesAndACountrysNextReportJoinsItsOwn() {
        StoryFeatures turkey = loanReport("turkey", "Turkey", "Ankara", "a power transmission project");
        StoryFeatures mexico = loanReport("mexico", "Mexico", "Mexico City", "a highway maintenance project");
        StoryFeatures signed = features("turkey-signed", "TURKEY SIGNS 300 MLN DLR WORLD BANK LOAN",
                "Turkey signed the 300 mln dlr World Bank loan for its power transmission project in Ankara today, the "
                        + "World Bank said. The loan, approved last week, is for 17 years, including five years of "
                        + "grace, at the bank's standard variable interest rate. The government said the project "
                        + "would strengthen Turkey's economy and its balance of payments.", null, NOW);
        StoryClusterer clusterer = clusterer();
        assertEquals(1, clusterer.sharedNames(turkey, mexico), "the World Bank");
        assertTrue(StoryFeatures.termOverlap(turkey, mexico) >= StorySettings.DEFAULTS.overlapNeeded(1),
                "written to one formula");

        StoryLink first = clusterer.assign(turkey, NOW).link();
        assertEquals(StoryLink.newStory("mexico"), clusterer.assign(mexico, NOW).link(), "another country's loan");
        StoryClusterer.Decision next = clusterer.assign(signed, NOW);
        assertEquals(first.storyId(), next.link().storyId(), "the same loan, signed");
    }

    @Test
    void twoIssuersNoticesWrittenToOneFormulaAreTwoStories() {
        StoryFeatures harbor = bondNotice("harbor", "Harbor Freight Lines Inc", "Nomura International Ltd");
        StoryFeatures orchard = bondNotice("orchard", "Orchard Software Corp", "Deutsche Bank Capital Markets Ltd");
        StoryFeatures harborAgain = bondNotice("harbor-again", "Harbor Freight Lines Inc", "Nomura International Ltd");
        assertTrue(StoryFeatures.termOverlap(harbor, orchard) >= 0.8, "written to one formula");
        assertEquals(0, StoryFeatures.sharedEntities(harbor, orchard));

        StoryClusterer clusterer = clusterer();
        clusterer.assign(harbor, NOW);
        assertEquals(StoryLink.newStory("orchard"), clusterer.assign(orchard, NOW).link(), "another issuer's bond");
        assertEquals("harbor", clusterer.assign(harborAgain, NOW).link().duplicateOf(), "the notice sent again");
    }

    @Test
    void twoIssuersBondsManagedByOneBankAreTwoStoriesAndAnIssuersNextNoticeJoinsItsOwn() {
        StoryFeatures harbor = bondNotice("harbor", "Harbor Freight Lines Inc", "Nomura International Ltd");
        StoryFeatures orchard = bondNotice("orchard", "Orchard Software Corp", "Nomura International Ltd");
        StoryFeatures increased = features("harbor-increased", "HARBOR FREIGHT EUROBOND INCREASED TO 150 MLN DLRS",
                "Harbor Freight Lines Inc has increased its eurobond due March 15, 1992 to 150 mln dlrs from 100 mln, "
                        + "lead manager Nomura International Ltd said. The bond pays 7-1/4 pct and is priced at 101-3/8 "
                        + "pct. The non-callable bond is available in denominations of 5,000 dlrs and will be listed in "
                        + "Luxembourg. The payment date is March 15.", null, NOW);
        StoryClusterer clusterer = clusterer();
        assertEquals(1, clusterer.sharedNames(harbor, orchard), "the lead manager");
        assertEquals("o:harbor freight lines inc", harbor.principal());

        StoryLink first = clusterer.assign(harbor, NOW).link();
        assertEquals(StoryLink.newStory("orchard"), clusterer.assign(orchard, NOW).link(), "another issuer's bond");
        StoryClusterer.Decision next = clusterer.assign(increased, NOW);
        assertEquals(first.storyId(), next.link().storyId(), "the same issuer's bond, increased");
        assertNull(next.link().duplicateOf());
    }

    @Test
    void anOrganisationIsOneByItsInitialsItsLegalFormOrItsWordOrder() {
        assertTrue(StoryClusterer.sameName("uaw", "united auto workers"));
        assertTrue(StoryClusterer.sameName("trans world airlines inc", "twa"));
        assertTrue(StoryClusterer.sameName("federal deposit insurance corp", "federal deposit insurance corporation"));
        assertTrue(StoryClusterer.sameName("u.s. agriculture department", "u.s. department of agriculture"));
        assertTrue(StoryClusterer.sameName("u.s. carmaker general motors", "general motors"));
        assertFalse(StoryClusterer.sameName("harbor freight lines inc", "orchard software corp"));
        assertFalse(StoryClusterer.sameName("bank of america", "america"), "one word ends many names");
        assertFalse(StoryClusterer.sameName("ab", "american airlines"), "initials of every word");
        assertFalse(StoryClusterer.sameName("co inc", "group ltd"), "legal forms alone name nobody");
    }

    private static StoryFeatures naming(String organisation) {
        return StoryFeatures.of(organisation, null, "A notice.", null, NOW,
                List.of(new EntityMention(EntityMention.ORGANIZATION, organisation, null, 1, List.of())), List.of());
    }

    @Test
    void aNameThatBeginsAnotherIsANameInCommon() {
        assertTrue(StoryClusterer.nameInCommon(naming("FCS Laboratories Inc"), naming("FCS Laboratories")));
        assertTrue(StoryClusterer.nameInCommon(naming("FCS Laboratories"), naming("FCS Laboratories Inc")));
        assertFalse(StoryClusterer.nameInCommon(naming("FCS Laboratories Inc"), naming("FCS Lab")), "whole words only");
        assertFalse(StoryClusterer.nameInCommon(naming("Harbor Freight Lines Inc"), naming("Orchard Software Corp")));
    }

    @Test
    void aNameThatManyArticlesCarryIsNoSharedName() {
        StoryClusterer clusterer = clusterer();
        String sec = " It filed the plan with the Securities and Exchange Commission.";
        for (int i = 0; i < 30; i++) { // a week of filings that all name the regulator
            clusterer.assign(features("filing-" + i, null, "Company " + i + " will sell shares." + sec, null, NOW), NOW);
        }
        StoryFeatures a = features("a", null, "Harbor Freight Lines will buy ships, Chairman Anna Berg said." + sec, null, NOW);
        StoryFeatures b = features("b", null, "Orchard Software will open offices, Chairman Anna Berg said." + sec, null, NOW);
        StoryFeatures c = features("c", null, "Orchard Software will open offices." + sec, null, NOW);
        assertEquals(2, StoryFeatures.sharedEntities(a, b));
        assertEquals(1, clusterer.sharedNames(a, b), "Anna Berg counts, the regulator named by 30 filings does not");
        assertEquals(0, clusterer.sharedNames(a, c));
    }

    @Test
    void anOrganisationNamedInFullAndInShortIsOneSharedName() {
        StoryFeatures a = features("a", null, "Moody's Investors Service Inc said it may downgrade Dana Corp. Moody's "
                + "cited weak sales.", null, NOW);
        StoryFeatures b = features("b", null, "Moody's Investors Service Inc said it may downgrade Conseco Inc. Moody's "
                + "cited high debt.", null, NOW);
        assertEquals(2, StoryFeatures.sharedEntities(a, b), "'Moody's' and 'Moody's Investors Service Inc'");
        assertEquals(1, clusterer().sharedNames(a, b), "one agency");
    }

    @Test
    void theSameEventMonthsApartIsAnotherStory() throws IOException {
        StoryFeatures base = seed004();
        String body = SeedTexts.seed004Body();
        StoryFeatures twoMonthsLater = features("later", SEED_004_TITLE, body.replace("broader context",
                "wider context"), "2025-03-15T00:00:00Z", NOW);
        StoryFeatures threeDaysLater = features("soon", SEED_004_TITLE, body.replace("broader context",
                "wider context"), "2025-01-14T00:00:00Z", NOW);
        StoryClusterer clusterer = clusterer();
        clusterer.assign(base, NOW);
        assertEquals("slater", clusterer.assign(twoMonthsLater, NOW).link().storyId());
        StoryClusterer.Decision soon = clusterer.assign(threeDaysLater, NOW);
        assertEquals("sseed-004", soon.link().storyId());
        assertEquals("seed-004", soon.link().duplicateOf());
    }

    /** A market report as a wire sends it every day: the same words, the day's figures. */
    private static StoryFeatures dailyReport(int day) {
        String date = String.format("2026-03-%02dT11:00:00Z", 2 + day);
        String body = String.format("The Bank of England said it had provided the money market with %d mln stg of "
                + "assistance in the morning session, after forecasting a shortage of around %d mln stg. Dealers said "
                + "the central bank bought %d mln stg of eligible bank bills outright in band one at an unchanged "
                + "rate, and %d mln stg of treasury bills in band two. Factors draining liquidity included bills "
                + "maturing in official hands and a take-up of treasury bills of %d mln stg, while exchequer "
                + "transactions added some %d mln stg. Sterling interbank rates were steady, with overnight money "
                + "quoted near %d pct, and dealers expected further help in the afternoon if the shortage persisted.",
                100 + 37 * day, 700 + 53 * day, 60 + 11 * day, 20 + 7 * day, 300 + 29 * day, 140 + 17 * day, 9 + day);
        return features("report-" + day, "U.K. money market given assistance", body, date, NOW);
    }

    @Test
    void aDailyReportDoesNotChainIntoOneStoryForWeeks() {
        StoryClusterer clusterer = clusterer();
        List<String> stories = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            StoryClusterer.Decision d = clusterer.assign(dailyReport(day), NOW);
            assertNull(d.link().duplicateOf(), "each day's report is its own text, not a copy");
            stories.add(d.link().storyId());
        }
        // each report joins the one before it; a story spans at most the window (four days) from first to last
        assertEquals(List.of("sreport-0", "sreport-0", "sreport-0", "sreport-0", "sreport-0", "sreport-5",
                "sreport-5"), stories);
    }

    @Test
    void anIndexedArticleKeepsItsStory() throws IOException {
        StoryClusterer clusterer = clusterer();
        StoryFeatures a = seed000();
        StoryFeatures b = seed004();
        clusterer.assign(a, NOW);
        StoryLink link = clusterer.assign(b, NOW).link();
        StoryClusterer.Decision again = clusterer.assign(b, NOW.plusSeconds(60));
        assertTrue(again.known());
        assertEquals(link, again.link());
        assertEquals(2, clusterer.size());

        // what another replica (or an earlier run) decided is kept as it was
        StoryClusterer other = clusterer();
        assertTrue(other.remember(b, new StoryLink("sfrom-elsewhere", null, 0.4), NOW, NOW));
        assertFalse(other.remember(b, link, NOW, NOW), "remembered once");
        assertEquals("sfrom-elsewhere", other.assign(b, NOW).link().storyId());
        assertEquals("sfrom-elsewhere", other.assign(a, NOW).link().storyId(), "a new article joins that story");
    }

    @Test
    void previewDecidesWithoutIndexing() throws IOException {
        StoryClusterer clusterer = clusterer();
        clusterer.assign(seed000(), NOW);
        assertEquals("sseed-000", clusterer.preview(seed004()).link().storyId());
        assertEquals(1, clusterer.size());
        assertNull(clusterer.linkOf("seed-004"));
    }

    @Test
    void theIndexIsBoundedByEntriesAndRetention() throws IOException {
        StoryClusterer small = new StoryClusterer(new StorySettings(Duration.ofDays(4), Duration.ofDays(7), 2, 0.8,
                0.5, 0.1, 0.2));
        small.assign(seed000(), NOW);
        for (StoryFeatures other : unrelated().subList(0, 2)) {
            small.assign(other, NOW);
        }
        assertEquals(2, small.size());
        assertNull(small.linkOf("seed-000"), "the longest-indexed article went first");
        assertEquals("sseed-004", small.assign(seed004(), NOW).link().storyId(), "so seed 004 starts a story");

        StoryClusterer week = clusterer();
        week.assign(seed000(), NOW);
        assertEquals("sseed-004", week.assign(seed004(), NOW.plus(Duration.ofDays(8))).link().storyId(),
                "after the retention the first seed is no candidate");
        assertEquals(1, week.size());
        assertFalse(week.remember(seed000(), StoryLink.newStory("seed-000"), NOW, NOW.plus(Duration.ofDays(8))));
    }

    @Test
    void anUndatedArticleWasPublishedAtTheLatestWhenItWasIngested() throws IOException {
        StoryClusterer clusterer = clusterer();
        StoryFeatures undated = seed000(); // ingested at NOW, no publication time
        String body = SeedTexts.seed004Body();
        assertTrue(clusterer.timeCompatible(undated, features("old", null, body, "2020-01-01T00:00:00Z", NOW)),
                "published long before the undated one was ingested: may be the same event");
        assertTrue(clusterer.timeCompatible(undated, features("soon", null, body, "2026-12-03T00:00:00Z", NOW)));
        assertFalse(clusterer.timeCompatible(undated, features("later", null, body, "2026-12-20T00:00:00Z", NOW)),
                "published weeks after the undated one was already ingested: another event");
        assertTrue(clusterer.timeCompatible(undated, seed000()));
    }
}
