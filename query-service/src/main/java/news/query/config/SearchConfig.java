package news.query.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Lists and full-text search. */
@ConfigMapping(prefix = "news.search")
public interface SearchConfig {

    /**
     * {@code sort=relevance} ranks this many of the newest matches (ranking every match of a common word in
     * millions of articles would read all their text); older matches are reached with {@code sort=published}.
     */
    @WithDefault("1000")
    int relevanceCandidates();
}
