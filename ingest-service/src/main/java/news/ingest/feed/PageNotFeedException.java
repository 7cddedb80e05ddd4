package news.ingest.feed;

/**
 * The bytes are a web page, not a feed: a site's address given where its feed's belongs. The page may name its feed
 * ({@code <link rel="alternate" type="application/rss+xml" href="...">}), as browsers and feed readers find it.
 */
public final class PageNotFeedException extends FeedParseException {

    private final String namedFeed;

    /** @param namedFeed the address of the feed the page names (as written, maybe relative), or null */
    public PageNotFeedException(String namedFeed) {
        super(namedFeed == null ? "a web page, not a feed, and it names no feed"
                : "a web page, not a feed; it names the feed " + namedFeed);
        this.namedFeed = namedFeed;
    }

    /** @return the address of the feed the page names, as written (maybe relative); null when it names none */
    public String namedFeed() {
        return namedFeed;
    }
}
