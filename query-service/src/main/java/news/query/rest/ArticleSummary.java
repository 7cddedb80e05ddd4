package news.query.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** An article in a list: enough to show it, without body or evidence. */
public record ArticleSummary(String id, String title, String source, String url, OffsetDateTime publishedAt,
        Instant ingestedAt, String language, String snippet, List<Theme> themes, List<String> countries) {

    /** A theme of the article without its evidence. */
    public record Theme(String theme, String label, String iptcCode, double score) {
    }
}
