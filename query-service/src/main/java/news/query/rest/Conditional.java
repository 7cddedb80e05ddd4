package news.query.rest;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * Conditional GET for answers computed from the read model. The entity tag is a hash of the request (path and
 * query) and the newest stored sequence number, which changes whenever an article is stored or replaced; so a
 * poller sending {@code If-None-Match} gets {@code 304 Not Modified} without the query being run. Answers may be
 * stored by caches but are revalidated on every use ({@code Cache-Control: no-cache}).
 */
final class Conditional {

    private static final CacheControl REVALIDATE = CacheControl.valueOf("no-cache");

    private Conditional() {
    }

    static EntityTag tag(UriInfo uri, long maxSeq) {
        String seed = maxSeq + "|" + uri.getRequestUri().getRawPath() + "?" + uri.getRequestUri().getRawQuery();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return new EntityTag(HexFormat.of().formatHex(hash, 0, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 304 when the client's copy is current, else 200 with {@code body}; both with the tag and cache policy. */
    static Response respond(Request request, EntityTag tag, Supplier<Object> body) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(REVALIDATE).build();
        }
        return Response.ok(body.get()).tag(tag).cacheControl(REVALIDATE).build();
    }
}
