package news.ingest.feed;

import java.util.List;

/**
 * A parsed feed.
 *
 * @param format  e.g. {@code rss_2.0}, {@code atom_1.0}, {@code json_feed_1.1}
 * @param title   the feed's title, if any
 * @param entries its items, in feed order
 */
public record FeedDocument(String format, String title, List<FeedEntry> entries) {

    public FeedDocument {
        entries = List.copyOf(entries);
    }
}
