package news.query.rest;

import java.util.List;

/**
 * One page of a list.
 *
 * @param items       the articles: newest first, or best match first with {@code sort=relevance}, or oldest
 *                    stored first with {@code since}
 * @param nextCursor  pass as {@code cursor} to get the next page; absent on the last page and with {@code since}
 * @param sinceCursor pass as {@code since} (with the same filters) to get only what is stored after this answer
 */
public record ArticlePage(List<ArticleSummary> items, String nextCursor, String sinceCursor) {
}
