package dev.exobindings.runtime.retry;

import java.time.Duration;

/** Waits between attempts. Injectable so tests advance a fake clock instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    /** Blocks for {@code duration}; throws {@link InterruptedException} if the thread is interrupted. */
    void sleep(Duration duration) throws InterruptedException;

    /** The real thing: {@link Thread#sleep(long)}. */
    static Sleeper system() {
        return d -> {
            if (!d.isNegative() && !d.isZero()) {
                Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
            }
        };
    }
}
