package news.query.rest;

import static news.query.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import news.devinfra.RealInfraResource;
import news.events.AnalyzedArticle;
import news.events.EntityMention;
import news.events.Tone;
import news.query.TestArticles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless Chromium (Debian's chromium and chromium-driver): it shows the stored
 * articles, filters by a clicked theme, highlights a theme's evidence, and adds articles live from the stream.
 * Leaves {@code target/dashboard.png}. Skipped when {@code /usr/bin/chromium} is not installed. The articles here are
 * made up, so the page's mechanics are checked fast and on their own; the same checks over the two seed documents,
 * ingested, extracted and analysed by the real services, are in end-to-end-tests ({@code PipelineIT
 * theDashboardShowsTheSeeds...}, leaving {@code end-to-end-tests/target/dashboard-seeds.png}).
 */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class DashboardTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String SRC = "Dashboard Daily";

    @TestHTTPResource("/")
    URL page;

    private final TestArticles articles = new TestArticles();
    private WebDriver browser;
    private Path profile;

    @BeforeEach
    void startBrowser() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "skipped: no headless browser; install Debian's chromium and chromium-driver "
                        + "(/usr/bin/chromium, /usr/bin/chromedriver)");
        profile = Files.createTempDirectory("dashboard-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private static String hoursAgo(int hours) {
        return OffsetDateTime.now(ZoneOffset.UTC).minusHours(hours).withNano(0).toString();
    }

    @Test
    void showsArticlesFiltersByThemeHighlightsEvidenceAndUpdatesLive() throws Exception {
        articles.publish(article("dash-1", SRC, "en", "Tariffs on steel rise",
                "New tariffs on steel imports were announced in Tokyo on Monday.", hoursAgo(5),
                List.of("trade:tariffs on steel"), List.of("JP:Tokyo")));
        articles.publish(article("dash-2", SRC, "en", "Cup final tonight",
                "The cup final in Madrid sold out; the health ministry asked fans to stay hydrated.", hoursAgo(4),
                List.of("sport:cup final", "health:health ministry"), List.of("ES:Madrid")));
        articles.publish(article("dash-3", SRC, "en", "Marathon record",
                "A marathon record fell in Berlin as runners raced in cool weather.", hoursAgo(3),
                List.of("sport:marathon record"), List.of("DE:Berlin")));
        for (String id : List.of("dash-1", "dash-2", "dash-3")) {
            TestArticles.awaitStored(id);
        }

        browser.get(page.toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(b -> !b.findElements(By.cssSelector("#articles li[data-id='dash-1']")).isEmpty());
        assertEquals("Tariffs on steel rise",
                browser.findElement(By.cssSelector("#articles li[data-id='dash-1'] .title")).getText());
        wait.until(b -> !b.findElements(By.cssSelector("#trend polyline[data-theme='sport']")).isEmpty());

        // a theme in the sidebar filters the list
        wait.until(b -> !b.findElements(By.cssSelector("#themes button[data-theme='sport']")).isEmpty());
        browser.findElement(By.cssSelector("#themes button[data-theme='sport']")).click();
        wait.until(b -> b.findElements(By.cssSelector("#articles li[data-id='dash-1']")).isEmpty());
        List<WebElement> items = browser.findElements(By.cssSelector("#articles li.article"));
        assertFalse(items.isEmpty());
        for (WebElement item : items) {
            assertFalse(item.findElements(By.cssSelector(".chip[data-theme='sport']")).isEmpty(),
                    "only sport articles: " + item.getText());
        }
        assertTrue(items.stream().anyMatch(i -> "dash-2".equals(i.getDomAttribute("data-id"))));

        // a chip shows its theme's evidence highlighted in the text
        browser.findElement(By.cssSelector("#articles li[data-id='dash-2'] .chip[data-theme='health']")).click();
        wait.until(b -> !b.findElements(By.cssSelector("#detail-body mark")).isEmpty());
        List<WebElement> marks = browser.findElements(By.cssSelector("#detail-body mark"));
        assertEquals(List.of("health ministry"), marks.stream().map(WebElement::getText).toList());

        // a new sport article arrives through the stream without a reload
        articles.publish(article("dash-live", SRC, "en", "Live: derby won",
                "The derby was won in the last minute in Rome.", hoursAgo(1),
                List.of("sport:derby"), List.of("IT:Rome")));
        wait.withTimeout(Duration.ofSeconds(30))
                .until(b -> !b.findElements(By.cssSelector("#articles li[data-id='dash-live']")).isEmpty());
        assertEquals("live", browser.findElement(By.id("live")).getText());

        Path shot = Path.of("target", "dashboard.png");
        Files.createDirectories(shot.getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), shot,
                StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(shot) > 10_000, "a real screenshot");
    }

    @Test
    void thePeopleNamedMostAreListedAndOneFiltersTheArticles() {
        articles.publish(named(article("dash-people-1", SRC, "en", "Wang Yi meets Takeshi Iwaya",
                "Wang Yi and Takeshi Iwaya met in Beijing.", hoursAgo(9), List.of("diplomacy:met"),
                List.of("CN:Beijing")), "Wang Yi", "Takeshi Iwaya"));
        articles.publish(named(article("dash-people-2", SRC, "en", "Wang Yi in Paris",
                "Wang Yi arrived in Paris.", hoursAgo(8), List.of("diplomacy:arrived"), List.of("FR:Paris")),
                "Wang Yi"));
        TestArticles.awaitStored("dash-people-1");
        TestArticles.awaitStored("dash-people-2");

        browser.get(page.toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(b -> !b.findElements(By.cssSelector("#people button[data-name='Takeshi Iwaya']")).isEmpty());
        assertTrue(browser.findElement(By.cssSelector("#people button[data-name='Wang Yi']")).getText()
                .matches("(?s)Wang Yi\\s*\\d+"), "a name and how many articles name it");
        // counted over a window, unlike the theme list: the heading says which
        assertTrue(browser.findElement(By.id("people-range")).getText()
                .matches("\\d{4}-\\d{2}-\\d{2} – \\d{4}-\\d{2}-\\d{2}"), "the window the names are counted in");
        browser.findElement(By.cssSelector("#people button[data-name='Takeshi Iwaya']")).click();
        wait.until(b -> b.findElements(By.cssSelector("#articles li[data-id='dash-people-2']")).isEmpty());
        assertEquals(List.of("dash-people-1"), browser.findElements(By.cssSelector("#articles li.article")).stream()
                .map(e -> e.getDomAttribute("data-id")).toList());
        assertTrue(browser.findElement(By.cssSelector("#people button[data-name='Takeshi Iwaya']"))
                .getDomAttribute("class").contains("active"));
    }

    @Test
    void anArticlesDetailShowsItsCountriesPeopleOrganisationsAndToneAndANameFiltersTheArticles() {
        AnalyzedArticle visit = article("dash-detail-1", SRC, "en", "Kamikawa meets Wang Yi in Beijing",
                "Foreign Minister Yoko Kamikawa met Wang Yi in Beijing; Xinhua called the talks candid.", hoursAgo(11),
                List.of("diplomacy:met"), List.of("CN:Beijing"));
        articles.publish(new AnalyzedArticle(visit.schemaVersion(), visit.analysisVersion(), visit.taxonomyVersion(),
                visit.article(), visit.themes(), visit.countries(), visit.analyzedAt(), "analysed", List.of(
                        new EntityMention(EntityMention.PERSON, "Yoko Kamikawa", "Foreign Minister", 1, List.of()),
                        new EntityMention(EntityMention.PERSON, "Wang Yi", null, 1, List.of()),
                        new EntityMention(EntityMention.ORGANIZATION, "Xinhua", null, 1, List.of())),
                new Tone(0.5, 1, 0, 14), null));
        articles.publish(named(article("dash-detail-2", SRC, "en", "Wang Yi in Paris", "Wang Yi arrived in Paris.",
                hoursAgo(10), List.of("diplomacy:arrived"), List.of("FR:Paris")), "Wang Yi"));
        TestArticles.awaitStored("dash-detail-1");
        TestArticles.awaitStored("dash-detail-2");

        browser.get(page.toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(b -> !b.findElements(By.cssSelector("#articles li[data-id='dash-detail-1']")).isEmpty());
        assertTrue(browser.findElement(By.cssSelector("#articles li[data-id='dash-detail-1'] .meta")).getText()
                .endsWith(" · tone +0.50"), "the list shows each article's tone");
        browser.findElement(By.cssSelector("#articles li[data-id='dash-detail-1'] .title")).click();
        wait.until(b -> !b.findElements(By.cssSelector("#detail-names .entity")).isEmpty());
        assertEquals(List.of("CN"), browser.findElements(By.cssSelector("#detail-names .country")).stream()
                .map(WebElement::getText).toList());
        assertEquals(List.of("Foreign Minister Yoko Kamikawa", "Wang Yi", "Xinhua"), browser.findElements(
                By.cssSelector("#detail-names .entity")).stream().map(WebElement::getText).toList());
        assertEquals("Tone +0.50 (−1 bad news … +1 good news): 1 good, 0 bad among 14 words",
                browser.findElement(By.id("detail-tone")).getText());
        // the tone strip under the trend has a bar for the day of the article, titled with its mean and counts
        List<WebElement> bars = browser.findElements(By.cssSelector("#tone rect[data-bucket]"));
        assertFalse(bars.isEmpty(), "a bar for the articles with a tone");
        String title = bars.get(bars.size() - 1).findElement(By.tagName("title")).getAttribute("textContent");
        assertTrue(title.matches("\\d{4}-\\d{2}-\\d{2}: tone [+-]?\\d\\.\\d{2} over \\d+ articles,"
                + " \\d+ leaning to bad news, \\d+ to good"), title);

        // a name in the detail lists only the articles that name it
        browser.findElement(By.cssSelector("#detail-names .entity[data-name='Yoko Kamikawa']")).click();
        wait.until(b -> b.findElements(By.cssSelector("#articles li[data-id='dash-detail-2']")).isEmpty());
        assertEquals(List.of("dash-detail-1"), browser.findElements(By.cssSelector("#articles li.article")).stream()
                .map(e -> e.getDomAttribute("data-id")).toList());
    }

    private static AnalyzedArticle named(AnalyzedArticle a, String... people) {
        List<EntityMention> entities = java.util.Arrays.stream(people)
                .map(n -> new EntityMention(EntityMention.PERSON, n, null, 1, List.of())).toList();
        return new AnalyzedArticle(a.schemaVersion(), a.analysisVersion(), a.taxonomyVersion(), a.article(), a.themes(),
                a.countries(), a.analyzedAt(), "analysed", entities, null, null);
    }

    @Test
    void anArticlesStoryLinkListsTheArticlesOfThatStory() {
        articles.publish(article("dash-story-1", SRC, "en", "Ministers meet in Beijing",
                "The foreign ministers met in Beijing for talks.", hoursAgo(7), List.of("diplomacy:talks"),
                List.of("CN:Beijing")).withStory(news.events.StoryLink.newStory("dash-story-1")));
        articles.publish(article("dash-story-2", SRC, "en", "What the Beijing talks mean",
                "An analysis of the talks in Beijing.", hoursAgo(6), List.of("diplomacy:talks"),
                List.of("CN:Beijing")).withStory(new news.events.StoryLink("sdash-story-1", null, 0.4)));
        TestArticles.awaitStored("dash-story-1");
        TestArticles.awaitStored("dash-story-2");

        browser.get(page.toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(b -> !b.findElements(By.cssSelector("#articles li[data-id='dash-story-2'] .story-link")).isEmpty());
        browser.findElement(By.cssSelector("#articles li[data-id='dash-story-2'] .story-link")).click();
        wait.until(b -> !b.findElements(By.cssSelector("#story-articles li.article")).isEmpty());
        assertEquals(List.of("dash-story-1", "dash-story-2"), browser.findElements(
                By.cssSelector("#story-articles li.article")).stream().map(e -> e.getDomAttribute("data-id")).toList());
        assertTrue(browser.findElement(By.id("detail-title")).getText().contains("Ministers meet in Beijing"));
    }
}
