package news.query.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An article in a list: enough to show it, without body or evidence; {@code snippet} is the start of the body, or in a
 * list found by a text query the passage that matches it ("…" where the body goes on); {@code storyId} is its story
 * (absent for analyses before stories existed), {@code duplicateOf} the first article it is a near-identical copy of;
 * {@code tone} its tone score from -1 (bad news) to +1 (good news), null for an article without one (not English).
 */
public record ArticleSummary(String id, String title, String source, String url, OffsetDateTime publishedAt,
        Instant ingestedAt, String language, String snippet, List<Theme> themes, List<String> countries,
        String storyId, String duplicateOf, Double tone) {

    /** A theme of the article without its evidence. */
    public record Theme(String theme, String label, String iptcCode, double score) {
    }
}
