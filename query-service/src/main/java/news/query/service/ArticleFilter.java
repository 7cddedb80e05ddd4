package news.query.service;

import java.time.Instant;

/**
 * What a list asks for; null fields do not filter.
 *
 * @param theme   theme id the article must carry
 * @param country ISO 3166-1 alpha-2 code the article must mention
 * @param text    full-text query (web search syntax: words, "phrases", -excluded, or)
 * @param from    earliest publication time, inclusive
 * @param to      latest publication time, exclusive
 * @param after   position after which the page starts (from a cursor)
 * @param limit   page size
 */
public record ArticleFilter(String theme, String country, String text, Instant from, Instant to, Cursor after,
        int limit) {
}
