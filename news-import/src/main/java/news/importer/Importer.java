package news.importer;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Posts what the readers find with {@code concurrency} workers; the reader blocks while twice that many articles
 * are in flight, so memory stays bounded whatever the input size. Stops reading once {@code giveUpAfter}
 * articles in a row found ingest-service unreachable or unavailable after all their retries.
 */
final class Importer implements Sink {

    private final IngestClient client;
    private final Payloads payloads;
    private final Tally tally;
    private final ExecutorService workers;
    private final Semaphore inFlight;
    private final int giveUpAfter;
    private final Consumer<String> onFailure;
    private final AtomicInteger unavailableInARow = new AtomicInteger();
    private final AtomicReference<String> stopReason = new AtomicReference<>();

    Importer(IngestClient client, Payloads payloads, Tally tally, int concurrency, int giveUpAfter,
             Consumer<String> onFailure) {
        this.client = client;
        this.payloads = payloads;
        this.tally = tally;
        this.giveUpAfter = giveUpAfter;
        this.onFailure = onFailure;
        this.inFlight = new Semaphore(concurrency * 2);
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "import-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void item(Item item) throws InterruptedException {
        inFlight.acquire();
        if (stopping()) {
            inFlight.release();
            return;
        }
        workers.execute(() -> {
            try {
                post(item);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.release();
            }
        });
    }

    private void post(Item item) throws InterruptedException {
        byte[] body;
        try {
            body = payloads.body(item);
        } catch (Rejected e) {
            rejected(item.origin(), e.getMessage());
            return;
        } catch (RuntimeException e) {
            rejected(item.origin(), "cannot read the article: " + e.getClass().getSimpleName());
            return;
        }
        IngestClient.Outcome outcome = client.post(body);
        if (outcome.unavailable()) {
            if (giveUpAfter > 0 && unavailableInARow.incrementAndGet() >= giveUpAfter) {
                stopReason.compareAndSet(null, giveUpAfter + " articles in a row failed with \"" + outcome.reason()
                        + "\" after all retries");
            }
        } else {
            unavailableInARow.set(0);
        }
        tally.record(outcome, item.origin());
        if (outcome.reason() != null) {
            onFailure.accept(item.origin() + ": " + outcome.reason());
        }
    }

    @Override
    public void rejected(String origin, String reason) {
        tally.fail(origin, reason);
        onFailure.accept(origin + ": " + reason);
    }

    @Override
    public void skipped(String reason) {
        tally.skip(reason);
    }

    @Override
    public boolean stopping() {
        return stopReason.get() != null || Thread.currentThread().isInterrupted();
    }

    /** Why the run stopped reading early, or null. */
    String stopReason() {
        return stopReason.get();
    }

    void stop(String reason) {
        stopReason.compareAndSet(null, reason);
    }

    /** Waits for the articles in flight. */
    void finish() throws InterruptedException {
        workers.shutdown();
        while (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
            // the last posts are still retrying
        }
    }

    void abort() {
        workers.shutdownNow();
    }
}
