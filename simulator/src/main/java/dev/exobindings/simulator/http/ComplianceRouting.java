package dev.exobindings.simulator.http;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Security &amp; Compliance routing state: whether the tenant moved from the primary regional host to the
 * secondary one (the primary then redirects every call there), a one-off redirect planned for the next regional
 * call (to test what a client does with a hostile {@code Location}), and the bootstrap count.
 */
public final class ComplianceRouting {
    /** The port the front door's {@code Location} names, as observed on the real service. */
    public static final int LOCATION_PORT = 446;
    /** The affinity cookie the regional hosts set. */
    public static final String AFFINITY_COOKIE = "ComplianceAffinity";

    private volatile boolean moved;
    private final AtomicReference<String> nextRedirect = new AtomicReference<>();
    private final AtomicLong bootstraps = new AtomicLong();

    /** The primary host now redirects every call to the secondary host. */
    public void move() {
        moved = true;
    }

    /** Whether the tenant moved. */
    public boolean moved() {
        return moved;
    }

    /** The next regional call is answered 307 with this {@code Location}. */
    public void redirectNext(String location) {
        nextRedirect.set(location);
    }

    /** The planned one-off redirect, consumed. */
    String takeRedirect() {
        return nextRedirect.getAndSet(null);
    }

    /** Counts a bootstrap request at the front door. */
    void recordBootstrap() {
        bootstraps.incrementAndGet();
    }

    /** Bootstrap requests the front door answered. */
    public long bootstraps() {
        return bootstraps.get();
    }
}
