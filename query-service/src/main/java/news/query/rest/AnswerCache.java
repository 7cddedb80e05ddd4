package news.query.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Computed answers (list pages, statistics) as their JSON bytes, by entity tag. A tag covers the request and the
 * newest stored sequence number, so an entry is never stale: once an article is stored, requests get new tags and
 * old entries age out, least recently used first, within {@value #MAX_BYTES} bytes. Dashboards polling the same
 * views between two stored articles share one computation and one serialisation.
 */
@ApplicationScoped
public class AnswerCache {

    static final long MAX_BYTES = 64L * 1024 * 1024;
    static final int MAX_ENTRY_BYTES = 1024 * 1024;

    @Inject
    ObjectMapper json;

    private final Map<String, byte[]> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    /** The JSON of the answer tagged {@code tag}, computed by {@code compute} when not kept. */
    public byte[] get(String tag, Supplier<Object> compute) {
        synchronized (entries) {
            byte[] hit = entries.get(tag);
            if (hit != null) {
                return hit;
            }
        }
        // computed outside the lock: two requests may compute the same answer once each, never block each other
        byte[] value;
        try {
            value = json.writeValueAsBytes(compute.get());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the answer", e);
        }
        if (value.length <= MAX_ENTRY_BYTES) {
            synchronized (entries) {
                byte[] previous = entries.put(tag, value);
                bytes += value.length - (previous == null ? 0 : previous.length);
                Iterator<byte[]> eldest = entries.values().iterator();
                while (bytes > MAX_BYTES && eldest.hasNext()) {
                    bytes -= eldest.next().length;
                    eldest.remove();
                }
            }
        }
        return value;
    }
}
