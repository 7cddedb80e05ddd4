package news.query.service;

/** How a list is ordered. */
public enum SortOrder {
    /** newest publication (else ingest) time first */
    PUBLISHED,
    /** best full-text match first ({@code ts_rank}), then newest; only with a text query */
    RELEVANCE
}
