package news.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The counts of a run, safe to update from the worker threads. */
final class Tally {

    static final int EXAMPLES = 3;

    final AtomicLong published = new AtomicLong();
    final AtomicLong updated = new AtomicLong();
    final AtomicLong duplicates = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    private final Map<String, Group> failures = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> skipped = new ConcurrentHashMap<>();

    /** Failures with one reason: how many, and a few of the inputs. */
    static final class Group {
        final String reason;
        final AtomicLong count = new AtomicLong();
        final List<String> examples = new ArrayList<>();

        Group(String reason) {
            this.reason = reason;
        }
    }

    void record(IngestClient.Outcome outcome, String origin) {
        switch (outcome.status()) {
            case PUBLISHED -> published.incrementAndGet();
            case UPDATED -> updated.incrementAndGet();
            case DUPLICATE -> duplicates.incrementAndGet();
            case FAILED -> fail(origin, outcome.reason());
        }
    }

    void fail(String origin, String reason) {
        failed.incrementAndGet();
        Group group = failures.computeIfAbsent(reason, Group::new);
        group.count.incrementAndGet();
        synchronized (group.examples) {
            if (group.examples.size() < EXAMPLES) {
                group.examples.add(origin);
            }
        }
    }

    void skip(String reason) {
        skipped.computeIfAbsent(reason, r -> new AtomicLong()).incrementAndGet();
    }

    long imported() {
        return published.get() + updated.get();
    }

    /** Articles finished, whatever became of them. */
    long done() {
        return imported() + duplicates.get() + failed.get();
    }

    /** Failure groups, the most frequent first. */
    List<Group> failures() {
        List<Group> groups = new ArrayList<>(failures.values());
        groups.sort(Comparator.comparingLong((Group g) -> g.count.get()).reversed()
                .thenComparing(g -> g.reason));
        return groups;
    }

    Map<String, Long> skipped() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        skipped.forEach((reason, count) -> counts.put(reason, count.get()));
        return counts;
    }
}
