package news.query.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Computed answers (list pages, statistics) by entity tag. A tag covers the request and the newest stored sequence number, so an
 * entry is never stale: once an article is stored, requests get new tags and old entries age out (least recently
 * used first, at most {@value #MAX_ENTRIES}). Dashboards
 * polling the same views between two stored articles share one computation.
 */
@ApplicationScoped
public class AnswerCache {

    static final int MAX_ENTRIES = 512;

    private final Map<String, Object> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    public Object get(String tag, Supplier<Object> compute) {
        synchronized (entries) {
            Object hit = entries.get(tag);
            if (hit != null) {
                return hit;
            }
        }
        // computed outside the lock: two requests may compute the same answer once each, never block each other
        Object value = compute.get();
        synchronized (entries) {
            entries.put(tag, value);
        }
        return value;
    }
}
