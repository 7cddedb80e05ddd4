package news.ingest.fetch;

/** A fetch that failed or was refused; the message is fit to show a user as a feed's last error. */
public class FetchException extends Exception {

    public FetchException(String message) {
        super(message);
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
