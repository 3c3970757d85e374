package dev.exobindings.runtime.limit;

import dev.exobindings.runtime.retry.Sleeper;
import java.time.Clock;
import java.time.Duration;

/**
 * Token bucket: at most {@code permitsPerSecond} calls per second on average, bursts up to one second's worth.
 * Uses the injected clock and sleeper so tests run without real waiting.
 */
public final class RateLimiter {
    private final double permitsPerSecond;
    private final Clock clock;
    private final Sleeper sleeper;
    private double available;
    private long lastRefillNanos;

    public RateLimiter(double permitsPerSecond, Clock clock, Sleeper sleeper) {
        if (!(permitsPerSecond > 0)) {
            throw new IllegalArgumentException("rateLimit must be > 0 permits per second, got " + permitsPerSecond);
        }
        this.permitsPerSecond = permitsPerSecond;
        this.clock = clock;
        this.sleeper = sleeper;
        this.available = Math.max(1, permitsPerSecond);
        this.lastRefillNanos = nanos();
    }

    /** Takes one permit, waiting until one is available. */
    public void acquire() throws InterruptedException {
        while (true) {
            Duration wait;
            synchronized (this) {
                refill();
                if (available >= 1) {
                    available -= 1;
                    return;
                }
                wait = Duration.ofNanos((long) Math.ceil((1 - available) / permitsPerSecond * 1e9));
            }
            sleeper.sleep(wait);
        }
    }

    private void refill() {
        long now = nanos();
        double added = (now - lastRefillNanos) / 1e9 * permitsPerSecond;
        available = Math.min(Math.max(1, permitsPerSecond), available + added);
        lastRefillNanos = now;
    }

    private long nanos() {
        var instant = clock.instant();
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
