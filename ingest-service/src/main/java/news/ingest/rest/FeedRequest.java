package news.ingest.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A feed subscription.
 *
 * @param url          the feed's address (RSS, Atom or JSON Feed), http or https
 * @param pollInterval how often to poll: ISO-8601 duration ({@code PT15M}) or seconds; default 15 minutes
 * @param source       publisher name given to its articles; default the feed's title
 */
public record FeedRequest(
        @NotBlank @Size(max = 2048) @Pattern(regexp = "(?i)https?://\\S+", message = "must be an absolute http(s) URL")
        String url,
        @Size(max = 40) String pollInterval,
        @Size(max = 200) String source) {
}
