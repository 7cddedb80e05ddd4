package news.importer;

/** An input that is refused before anything is posted; the message is the reason shown in the summary. */
final class Rejected extends Exception {

    Rejected(String reason) {
        super(reason, null, false, false);
    }
}
