package news.ingest.feed;

/** The bytes are not a feed this reader accepts; the message says why in words a user understands. */
public class FeedParseException extends Exception {

    public FeedParseException(String message) {
        super(message);
    }

    public FeedParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
