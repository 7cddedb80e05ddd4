package news.ingest.extract;

/**
 * The extractor does not read the page: it has more elements than any article page
 * ({@link ArticleExtractor#MAX_ELEMENTS}, past the size whose reading stays within a second), or the HTML parser
 * fails on its markup.
 */
public final class UnreadablePageException extends RuntimeException {

    UnreadablePageException(String message) {
        super(message);
    }
}
