package news.ingest.rest;

/**
 * The answer to a submission.
 *
 * @param id       the article id, the same every time the same article is submitted
 * @param status   {@code published}, {@code updated} (known article, changed text) or {@code duplicate}
 *                 (nothing new; nothing published)
 * @param title    the extracted title, if any
 * @param location where the analysed article will be in the query API
 */
public record IngestResponse(String id, String status, String title, String location) {
}
