package news.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import news.devinfra.RealInfraResource;
import news.events.FeedInfo;
import news.events.IngestedArticle;
import news.ingest.ArticleSubmission;
import org.junit.jupiter.api.Test;

/** The date an article gets when only its feed entry has one. */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class ArticleIngestionTest {

    private static final String UNDATED_PAGE = "<html><head><title>Pacific nations agree fisheries patrols</title></head>"
            + "<body><article><p>Ministers from twelve Pacific nations met in Suva on Thursday to agree on a plan for "
            + "shared fisheries patrols, aimed at stopping illegal fishing in their exclusive economic zones.</p><p>The "
            + "plan, to be financed by a regional fund, will put two new patrol boats into service next year.</p>"
            + "</article></body></html>";

    @Inject
    ArticleIngestion ingestion;

    private IngestedArticle fromFeedEntryDated(OffsetDateTime entryDate) {
        FeedInfo feed = new FeedInfo("https://example.org/feed.xml", "Example", "https://example.org/a", entryDate, List.of());
        return ingestion.extract(new ArticleSubmission("https://example.org/a", UNDATED_PAGE, null, null, null,
                "Fisheries patrols", IngestedArticle.FROM_PAGE, feed, true));
    }

    @Test
    void anUndatedPageTakesItsFeedEntrysDateUnlessThatDateHasNotComeYet() {
        OffsetDateTime yesterday = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).withNano(0);
        assertEquals(yesterday.toInstant(), fromFeedEntryDated(yesterday).publishedAt().toInstant());
        // ten days ahead: an event's date or a placeholder, not when the article was published
        assertNull(fromFeedEntryDated(OffsetDateTime.now(ZoneOffset.UTC).plusDays(10)).publishedAt());
    }
}
