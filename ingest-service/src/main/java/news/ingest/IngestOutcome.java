package news.ingest;

import news.events.IngestedArticle;

/**
 * What happened to a submission.
 *
 * @param status  {@link Status#PUBLISHED} for a new article, {@link Status#UPDATED} for a known article whose text
 *                changed (published again under the same id), {@link Status#DUPLICATE} when nothing changed and
 *                nothing was published
 * @param article the article as extracted
 */
public record IngestOutcome(Status status, IngestedArticle article) {

    public enum Status { PUBLISHED, UPDATED, DUPLICATE }
}
