package dev.exobindings.runtime.limit;

import java.util.concurrent.Semaphore;

/**
 * Caps the HTTP calls in flight for one tenant. Fair, so a waiting stream page is not starved by a burst of
 * single calls. Shared by invoke, stream and batch of one client.
 */
public final class ConcurrencyLimiter {
    private final int permits;
    private final Semaphore semaphore;

    public ConcurrencyLimiter(int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("maxConcurrency must be >= 1, got " + permits);
        }
        this.permits = permits;
        this.semaphore = new Semaphore(permits, true);
    }

    /** Waits for a slot. */
    public void acquire() throws InterruptedException {
        semaphore.acquire();
    }

    /** Gives the slot back. */
    public void release() {
        semaphore.release();
    }

    /** Slots currently free. */
    public int available() {
        return semaphore.availablePermits();
    }

    /** The configured maximum. */
    public int permits() {
        return permits;
    }
}
