package dev.exobindings.simulator.protocol;

/**
 * Thrown by cmdlet handlers and the parameter binder to end a call with one of the service's error responses.
 * Carries the finished response, so the HTTP layer only writes it.
 */
public final class ServiceError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient SimResponse response;

    public ServiceError(SimResponse response) {
        super("simulated service error " + response.status(), null, false, false);
        this.response = response;
    }

    /** The response to send. */
    public SimResponse response() {
        return response;
    }
}
