package news.importer;

/** Where the readers hand what they read. */
interface Sink {

    /** Queues an article for posting; blocks while enough are in flight. */
    void item(Item item) throws InterruptedException;

    /** An input refused before posting: counted as failed with this reason. */
    void rejected(String origin, String reason);

    /** A WARC response that is not an article page, with why (not counted as failed). */
    void skipped(String reason);

    /** True once the run should read no further (ingest-service gone, interrupted). */
    boolean stopping();
}
