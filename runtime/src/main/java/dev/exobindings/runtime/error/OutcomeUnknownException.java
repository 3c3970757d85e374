package dev.exobindings.runtime.error;

/**
 * A write that may or may not have been applied: the request may have reached the service (the connection broke
 * or timed out after it was sent, or a gateway gave up waiting) and no answer says what happened. It was not retried
 * because the cmdlet is not idempotent: running it again could apply it twice. Check the object's state before
 * repeating the call. Distinct from {@link TransientServiceException}, which means the call was not applied (or
 * was a read).
 */
public class OutcomeUnknownException extends ExchangeException {
    private static final long serialVersionUID = 1L;

    public OutcomeUnknownException(ErrorInfo info, Throwable cause) {
        super(info, cause);
    }

    @Override
    public boolean outcomeUnknown() {
        return true;
    }
}
