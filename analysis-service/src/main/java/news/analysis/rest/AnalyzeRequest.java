package news.analysis.rest;

import jakarta.validation.constraints.Size;

/**
 * Text to analyse.
 *
 * @param title    the headline (optional; weighs more than the body)
 * @param body     the article text, at most {@value #MAX_BODY_CHARS} characters; may be left out when there is a title
 *                 (a headline alone is analysed as one)
 * @param language ISO 639-1 code (optional, detected when absent; themes are not analysed for a language other than
 *                 English)
 */
public record AnalyzeRequest(@Size(max = 2000) String title,
                             @Size(max = MAX_BODY_CHARS, message = BODY_TOO_LONG) String body,
                             @Size(max = 35) String language) {

    /** The longest body analysed, as ingest-service takes it: ten times the longest article page we have seen. */
    public static final int MAX_BODY_CHARS = 1_000_000;
    static final String BODY_TOO_LONG = "the body is longer than any news article (at most 1,000,000 characters)";

    /** @return true when neither a title nor a body holds any text: nothing to analyse */
    boolean empty() {
        return (title == null || title.isBlank()) && (body == null || body.isBlank());
    }
}
