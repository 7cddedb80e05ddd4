package news.events;

/** CloudEvents {@code ce_type} values written on every record, one per event kind and schema version. */
public final class CloudEventTypes {

    public static final String ARTICLE_INGESTED = "news.article.ingested.v" + IngestedArticle.SCHEMA_VERSION;
    public static final String ARTICLE_ANALYZED = "news.article.analyzed.v" + AnalyzedArticle.SCHEMA_VERSION;

    private CloudEventTypes() {
    }
}
