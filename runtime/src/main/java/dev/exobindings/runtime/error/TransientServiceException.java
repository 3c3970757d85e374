package dev.exobindings.runtime.error;

/** HTTP 5xx, 408, a transient server exception or a network failure, still failing after the retries allowed. */
public class TransientServiceException extends ExchangeException {
    private static final long serialVersionUID = 1L;

    public TransientServiceException(ErrorInfo info) {
        super(info);
    }

    public TransientServiceException(ErrorInfo info, Throwable cause) {
        super(info, cause);
    }
}
