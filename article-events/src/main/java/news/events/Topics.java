package news.events;

/** Kafka topic names of the pipeline. Every topic is keyed by the article id. */
public final class Topics {

    /** Extracted articles, published by ingest-service. */
    public static final String ARTICLES_INGESTED = "articles.ingested";

    /** Analysed articles (themes, countries), published by analysis-service. */
    public static final String ARTICLES_ANALYZED = "articles.analyzed";

    /** Suffix of the dead-letter topic next to each topic. */
    public static final String DLQ_SUFFIX = ".dlq";

    private Topics() {
    }

    /** The dead-letter topic for {@code topic}. */
    public static String dlq(String topic) {
        return topic + DLQ_SUFFIX;
    }
}
