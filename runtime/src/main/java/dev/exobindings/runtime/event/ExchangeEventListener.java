package dev.exobindings.runtime.event;

/**
 * Observes what the client does. Every method has an empty default; implement the ones you need.
 * Called on the calling thread; keep it fast and never throw.
 */
public interface ExchangeEventListener {

    /** An HTTP call finished (any status). */
    default void onRequest(RequestEvent event) {
    }

    /** A retry is about to wait {@code event.delay()}. */
    default void onRetry(RetryEvent event) {
    }

    /** The service answered 429 or a tenant-concurrency rejection. */
    default void onThrottled(ThrottledEvent event) {
    }

    /** A page of rows arrived. */
    default void onPage(PageEvent event) {
    }

    /** A {@code $batch} HTTP call finished. */
    default void onBatch(BatchEvent event) {
    }

    /** The service sent a warning ({@code @adminapi.warnings}); streams report their warnings here. */
    default void onWarning(WarningEvent event) {
    }

    /** Ignores everything. */
    static ExchangeEventListener none() {
        return new ExchangeEventListener() {
        };
    }
}
