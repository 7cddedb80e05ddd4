package news.ingest.extract;

/**
 * The page has more elements than the extractor reads ({@link ArticleExtractor#MAX_ELEMENTS}): far beyond any
 * article page, and past the size whose reading stays within a second.
 */
public final class PageTooLargeException extends RuntimeException {

    PageTooLargeException(String message) {
        super(message);
    }
}
