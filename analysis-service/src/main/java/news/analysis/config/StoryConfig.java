package news.analysis.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import news.analysis.story.StorySettings;

/** Story clusters: the in-memory index of recent articles and how it is rebuilt from articles.analyzed. */
@ConfigMapping(prefix = "news.stories")
public interface StoryConfig {

    /** Longest gap in publication time between two articles of one story. */
    @WithDefault("P4D")
    Duration window();

    /** How long an article stays in the index; on startup the index is rebuilt from this far back. */
    @WithDefault("P7D")
    Duration retention();

    /** Most articles kept in the index (about 2 KiB each). */
    @WithDefault("20000")
    int maxEntries();

    /** Estimated shingle Jaccard similarity from which an article is a copy of an earlier one. */
    @WithDefault("0.8")
    double duplicateThreshold();

    /** How long analysis waits at startup for the index to catch up with articles.analyzed before going on. */
    @WithDefault("PT60S")
    Duration catchUpTimeout();

    /** The clusterer's settings; the content-word thresholds are {@link StorySettings#DEFAULTS}'. */
    default StorySettings settings() {
        StorySettings d = StorySettings.DEFAULTS;
        return new StorySettings(window(), retention(), maxEntries(), duplicateThreshold(), d.textAlone(),
                d.perSharedEntity(), d.minOverlap());
    }
}
