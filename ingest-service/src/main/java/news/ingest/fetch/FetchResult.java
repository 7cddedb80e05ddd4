package news.ingest.fetch;

/**
 * What a fetch brought back.
 *
 * @param status       200, or 304 when the resource did not change since the validators given
 * @param finalUrl     the address after redirects
 * @param contentType  the {@code Content-Type} header, if any
 * @param body         the (decompressed) body; empty for 304
 * @param etag         the {@code ETag} to send next time, if any
 * @param lastModified the {@code Last-Modified} to send next time, if any
 */
public record FetchResult(int status, String finalUrl, String contentType, byte[] body, String etag,
        String lastModified) {

    public boolean notModified() {
        return status == 304;
    }
}
