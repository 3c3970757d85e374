package dev.exobindings.simulator.http;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts in-flight requests of the tenant; above the limit a request is refused (plain-text 429). */
public final class ConcurrencyGate {
    private final int limit;
    private final AtomicInteger inFlight = new AtomicInteger();

    /** @param limit in-flight requests allowed, 0 for no limit */
    public ConcurrencyGate(int limit) {
        this.limit = limit;
    }

    /** Enters; false when over the limit (the caller must not call {@link #leave()} then). */
    public boolean enter() {
        if (inFlight.incrementAndGet() > limit && limit > 0) {
            inFlight.decrementAndGet();
            return false;
        }
        return true;
    }

    /** Leaves after an accepted {@link #enter()}. */
    public void leave() {
        inFlight.decrementAndGet();
    }
}
