package news.analysis.story;

import java.time.Duration;

/**
 * The thresholds and bounds of {@link StoryClusterer}.
 *
 * @param window             the longest gap in publication time between two articles of one story (the
 *                           story's span grows as articles join, each within this of one already in it)
 * @param retention          how long an indexed article stays a candidate, counted from when it was indexed
 * @param maxEntries         the most articles kept; the longest-indexed go first
 * @param duplicateThreshold estimated shingle Jaccard similarity from which an article is a near-identical copy
 * @param textAlone          content-word overlap enough to join a story with no shared person/organisation (a
 *                           shared country is still required when both name countries)
 * @param perSharedEntity    how much less overlap is needed for each person/organisation both name
 * @param minOverlap         the least overlap needed however many are shared
 */
public record StorySettings(Duration window, Duration retention, int maxEntries, double duplicateThreshold,
        double textAlone, double perSharedEntity, double minOverlap) {

    /**
     * Four days of story span, a week of retention, 20,000 articles; copies from 0.8; content-word overlap 0.5
     * alone, 0.4 with one shared person/organisation, 0.3 with two, 0.2 with three or more.
     */
    public static final StorySettings DEFAULTS = new StorySettings(Duration.ofDays(4), Duration.ofDays(7), 20_000,
            0.8, 0.5, 0.1, 0.2);

    /** The content-word overlap needed to join a story when {@code shared} people/organisations are shared. */
    public double overlapNeeded(int shared) {
        return Math.max(minOverlap, textAlone - perSharedEntity * shared);
    }

    public StorySettings {
        if (maxEntries < 1 || window.isNegative() || retention.isNegative()) {
            throw new IllegalArgumentException("story settings out of range");
        }
    }
}
