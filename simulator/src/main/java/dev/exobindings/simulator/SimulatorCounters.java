package dev.exobindings.simulator;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the simulator saw and did, for assertions such as "the throttled call applied nothing".
 * <ul>
 *   <li>{@code httpRequests}/{@code httpStatus}: every HTTP exchange and its status (0 = connection reset);</li>
 *   <li>{@code invocations}/{@code invocationStatus}: every InvokeCommand call, alone or inside a batch;</li>
 *   <li>{@code batches}, {@code continuations} (calls that followed a nextLink), {@code nextLinks} issued;</li>
 *   <li>{@code applied(cmdlet)}: calls whose cmdlet ran to success (not Confirm/WhatIf, not faulted, not
 *       rejected); {@code applied(cmdlet, identity)}: successful changes per changed object;</li>
 *   <li>{@code faults(kind)}: injected faults per {@link FaultKind}.</li>
 * </ul>
 * Names are matched case-insensitively. Thread-safe.
 */
public final class SimulatorCounters {
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    void increment(String key) {
        counts.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new LongAdder()).increment();
    }

    private long get(String key) {
        LongAdder adder = counts.get(key.toLowerCase(Locale.ROOT));
        return adder == null ? 0 : adder.sum();
    }

    /** HTTP exchanges received. */
    public long httpRequests() {
        return get("http");
    }

    /** HTTP exchanges answered with this status (0 counts connection resets). */
    public long httpStatus(int status) {
        return get("http.status." + status);
    }

    /** InvokeCommand calls, single or batched. */
    public long invocations() {
        return get("invoke");
    }

    /** InvokeCommand calls answered with this status. */
    public long invocationStatus(int status) {
        return get("invoke.status." + status);
    }

    /** {@code $batch} requests. */
    public long batches() {
        return get("batch");
    }

    /** InvokeCommand calls that carried a skip token (followed a nextLink). */
    public long continuations() {
        return get("continuation");
    }

    /** nextLinks handed out. */
    public long nextLinks() {
        return get("nextlink");
    }

    /** Calls of this cmdlet that ran to success. */
    public long applied(String cmdlet) {
        return get("applied." + cmdlet);
    }

    /** Successful changes of this cmdlet to the object named {@code identity} (its Name). */
    public long applied(String cmdlet, String identity) {
        return get("applied." + cmdlet + "." + identity);
    }

    /** Faults of this kind injected. */
    public long faults(FaultKind kind) {
        return get("fault." + kind.name());
    }

    /** Every counter by key, sorted, for diagnostics. */
    public Map<String, Long> asMap() {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }

    /** Sets every counter back to zero (between test phases, or {@code POST /_sim/reset}). */
    public void reset() {
        counts.clear();
    }

    /** Records a successful cmdlet call and the objects it changed. */
    public void recordApplied(String cmdlet, Iterable<String> identities) {
        increment("applied." + cmdlet);
        identities.forEach(id -> increment("applied." + cmdlet + "." + id));
    }

    /** Records one invocation with its status. */
    public void recordInvocation(int status) {
        increment("invoke");
        increment("invoke.status." + status);
    }

    /** Records an HTTP exchange with its status. */
    public void recordHttp(int status) {
        increment("http");
        increment("http.status." + status);
    }

    /** Records an injected fault. */
    public void recordFault(FaultKind kind) {
        increment("fault." + kind.name());
    }

    /** Records a batch, a continuation or a nextLink ({@code "batch"}, {@code "continuation"}, {@code "nextlink"}). */
    public void recordEvent(String event) {
        increment(event);
    }
}
