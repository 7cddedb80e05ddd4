package news.ingest.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/** Politeness: one request at a time per host, and a gap between the end of one and the start of the next. */
public final class HostGate {

    private final Duration gap;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    public HostGate(Duration gap) {
        this.gap = gap;
    }

    /** Runs {@code request} when the host is free and its gap has passed. */
    public <T> T call(String host, Request<T> request) throws FetchException {
        Slot slot = slots.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new Slot());
        slot.lock.lock();
        try {
            long wait = slot.nextAllowedNanos - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            return request.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted while waiting for " + host);
        } finally {
            slot.nextAllowedNanos = System.nanoTime() + gap.toNanos();
            slot.lock.unlock();
        }
    }

    /** A request to one host. */
    @FunctionalInterface
    public interface Request<T> {
        T run() throws FetchException;
    }

    private static final class Slot {
        final ReentrantLock lock = new ReentrantLock();
        volatile long nextAllowedNanos;
    }
}
