package news.ingest.feed;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One item of a feed.
 *
 * @param guid        the entry's id (RSS guid, Atom id, JSON Feed id), if any
 * @param link        the article's address, if any
 * @param title       headline, as plain text
 * @param publishedAt the entry's date, if any
 * @param categories  category labels
 * @param authors     author names
 * @param contentHtml the entry's full content or, failing that, its summary, as HTML; may be empty
 * @param fullContent whether {@code contentHtml} is the full content rather than a summary
 */
public record FeedEntry(String guid, String link, String title, OffsetDateTime publishedAt, List<String> categories,
        List<String> authors, String contentHtml, boolean fullContent) {

    public FeedEntry {
        categories = categories == null ? List.of() : List.copyOf(categories);
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** The key that identifies the entry across polls: its guid, else its link, else its title. */
    public String key() {
        if (guid != null && !guid.isBlank()) {
            return "guid:" + guid.strip();
        }
        if (link != null && !link.isBlank()) {
            return "link:" + link.strip();
        }
        return title == null || title.isBlank() ? null : "title:" + title.strip();
    }
}
