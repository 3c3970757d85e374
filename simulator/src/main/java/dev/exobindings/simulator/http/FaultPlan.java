package dev.exobindings.simulator.http;

import dev.exobindings.simulator.FaultKind;

/**
 * The faults decided for one request, before anything runs.
 *
 * @param sequence      the request's arrival number
 * @param latencyMillis latency to add
 * @param failure       RESET, THROTTLE or SERVER_ERROR, or {@code null} when the call runs
 * @param slowBody      whether the response body is trickled
 * @param resetAfterApply whether the connection is dropped after the call ran
 */
public record FaultPlan(long sequence, long latencyMillis, FaultKind failure, boolean slowBody,
                        boolean resetAfterApply) {

    /**
     * This plan without latency: a {@code $batch} item shares its HTTP exchange's round trip (the exchange's plan
     * already waited), so only its own 429/5xx draw applies.
     */
    public FaultPlan withoutLatency() {
        return new FaultPlan(sequence, 0, failure, slowBody, resetAfterApply);
    }
}
