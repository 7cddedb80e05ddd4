package news.ingest;

import java.time.OffsetDateTime;
import news.events.FeedInfo;
import news.events.IngestedArticle;

/**
 * A page or text handed to ingest-service, by any path (REST, feeds, backfill). Exactly one of {@code html} and
 * {@code text} is set.
 *
 * @param url         where the page lives, if known
 * @param html        the page's HTML
 * @param text        plain text: a clean article or the text of a whole page
 * @param source      who published it, when the caller knows better than the page
 * @param publishedAt publication time, when the caller knows better than the page
 * @param titleHint   a title to use when the extraction finds none (a feed entry's title)
 * @param textSource  where the text comes from, see {@link IngestedArticle#textSource()}
 * @param feed        the feed it came from, if any
 * @param onlyIfNew   publish only when the id was never published before, even if the text changed (feeds: an
 *                    entry already seen under its canonical URL is not published again)
 */
public record ArticleSubmission(String url, String html, String text, String source, OffsetDateTime publishedAt,
        String titleHint, String textSource, FeedInfo feed, boolean onlyIfNew) {

    /** A submission from a user: a page or text, republished when its text changes. */
    public ArticleSubmission(String url, String html, String text, String source, OffsetDateTime publishedAt) {
        this(url, html, text, source, publishedAt, null, IngestedArticle.FROM_PAGE, null, false);
    }
}
