package news.events;

import java.util.List;

/**
 * One theme of an article.
 *
 * @param theme    theme id from the taxonomy, e.g. {@code trade}
 * @param label    human label, e.g. "Trade"
 * @param iptcCode IPTC Media Topic QCode, e.g. {@code medtop:20000373}
 * @param score    confidence 0..1
 * @param evidence the phrases that triggered the theme
 */
public record ThemeTag(String theme, String label, String iptcCode, double score, List<Evidence> evidence) {

    public ThemeTag {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
