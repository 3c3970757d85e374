package dev.exobindings.simulator;

/** The faults the simulator can inject. */
public enum FaultKind {
    /** 429 with Retry-After, decided by the throttle rate. */
    THROTTLE,
    /** 429 with the plain-text message, because the per-tenant concurrency limit was exceeded. */
    CONCURRENCY,
    /** 5xx (500 ADTransientException, or 503). */
    SERVER_ERROR,
    /** The connection is dropped without a response, before the cmdlet runs. */
    RESET,
    /** The connection is dropped without a response after the cmdlet ran (the change is applied). */
    RESET_AFTER_APPLY,
    /** The body is sent slowly, in small chunks. */
    SLOW_BODY,
    /** Added latency before the call runs. */
    LATENCY
}
