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
}
