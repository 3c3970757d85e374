package dev.exobindings.simulator.http;

import dev.exobindings.simulator.FaultKind;
import dev.exobindings.simulator.Faults;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decides the faults of each request from the seed and the request's arrival number, so a fixed seed replays the
 * same sequence. Also hands out the numbers.
 */
public final class FaultInjector {
    private final Faults faults;
    private final AtomicLong arrivals = new AtomicLong();

    public FaultInjector(Faults faults) {
        this.faults = faults;
    }

    /** The settings. */
    public Faults faults() {
        return faults;
    }

    /** Plans the next request (HTTP exchange or batch item). */
    public FaultPlan next() {
        return plan(arrivals.getAndIncrement());
    }

    /** The plan of request number {@code sequence}; a pure function of seed and number. */
    public FaultPlan plan(long sequence) {
        SplittableRandom random = new SplittableRandom(faults.seed() * 0x9E3779B97F4A7C15L + sequence);
        double reset = random.nextDouble();
        double throttle = random.nextDouble();
        double serverError = random.nextDouble();
        double slow = random.nextDouble();
        double resetAfter = random.nextDouble();
        long jitter = faults.latencyJitter().toMillis();
        long latency = faults.latency().toMillis() + (jitter > 0 ? random.nextLong(jitter + 1) : 0);
        FaultKind failure = reset < faults.resetRate() ? FaultKind.RESET
                : throttle < faults.throttleRate() ? FaultKind.THROTTLE
                : serverError < faults.serverErrorRate() ? FaultKind.SERVER_ERROR : null;
        return new FaultPlan(sequence, latency, failure, slow < faults.slowBodyRate(),
                failure == null && resetAfter < faults.resetAfterApplyRate());
    }
}
