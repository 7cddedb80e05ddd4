package news.events;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Where a feed-borne article came from.
 *
 * @param feedUrl     the subscribed feed's address
 * @param feedTitle   the feed's title, if any
 * @param entryId     the entry's guid or link
 * @param entryDate   the entry's date, if any
 * @param categories  the entry's categories
 */
public record FeedInfo(String feedUrl, String feedTitle, String entryId, OffsetDateTime entryDate,
        List<String> categories) {

    public FeedInfo {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
