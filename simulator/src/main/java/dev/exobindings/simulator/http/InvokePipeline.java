package dev.exobindings.simulator.http;

import dev.exobindings.simulator.CallJournal;
import dev.exobindings.simulator.FaultKind;
import dev.exobindings.simulator.RecordedCall;
import dev.exobindings.simulator.SimulatorCounters;
import dev.exobindings.simulator.cmdlets.CallerRole;
import dev.exobindings.simulator.cmdlets.CmdletDispatcher;
import dev.exobindings.simulator.protocol.ErrorBodies;
import dev.exobindings.simulator.protocol.InvokeRequest;
import dev.exobindings.simulator.protocol.SimResponse;

/**
 * One InvokeCommand call with its planned faults: latency first, then a planned 429 or 5xx answers without
 * running the cmdlet, otherwise the dispatcher runs it.
 */
public final class InvokePipeline {
    private final CmdletDispatcher dispatcher;
    private final FaultInjector injector;
    private final SimulatorCounters counters;
    private final CallJournal journal;

    public InvokePipeline(CmdletDispatcher dispatcher, FaultInjector injector, SimulatorCounters counters,
                          CallJournal journal) {
        this.dispatcher = dispatcher;
        this.injector = injector;
        this.counters = counters;
        this.journal = journal;
    }

    /** The fault injector. */
    public FaultInjector injector() {
        return injector;
    }

    /**
     * Runs the call of a caller with {@code role} under the plan (a RESET in the plan is the HTTP layer's business
     * and is ignored here).
     */
    public SimResponse run(InvokeRequest request, FaultPlan plan, CallerRole role) {
        delay(plan);
        SimResponse response = plannedFailure(plan);
        if (response != null) {
            counters.recordInvocation(response.status());
        } else {
            response = dispatcher.invoke(request, role);
        }
        journal.add(new RecordedCall(request.cmdletName(), request.parameters().toString(), request.headers(),
                request.batched(), request.skipToken() != null, response.status(), host(request.serviceRoot())));
        return response;
    }

    private static String host(String serviceRoot) {
        try {
            return java.net.URI.create(serviceRoot).getRawAuthority();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Sleeps the planned latency. */
    void delay(FaultPlan plan) {
        if (plan.latencyMillis() > 0) {
            counters.recordFault(FaultKind.LATENCY);
            try {
                Thread.sleep(plan.latencyMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The planned 429/5xx response, or null. */
    SimResponse plannedFailure(FaultPlan plan) {
        if (plan.failure() == FaultKind.THROTTLE) {
            counters.recordFault(FaultKind.THROTTLE);
            return ErrorBodies.throttled(injector.faults().retryAfterSeconds());
        }
        if (plan.failure() == FaultKind.SERVER_ERROR) {
            counters.recordFault(FaultKind.SERVER_ERROR);
            return injector.faults().serverErrorStatus() == 503 ? ErrorBodies.serviceUnavailable()
                    : ErrorBodies.transientServerError();
        }
        return null;
    }
}
