package news.query.rest;

import java.util.List;

/**
 * One page of a list, newest first.
 *
 * @param items      the articles
 * @param nextCursor pass as {@code cursor} to get the next page; absent on the last page
 */
public record ArticlePage(List<ArticleSummary> items, String nextCursor) {
}
