package dev.exobindings.runtime.error;

/** HTTP 429 (or the tenant-concurrency rejection) still returned after all retries. */
public class ThrottledException extends ExchangeException {
    private static final long serialVersionUID = 1L;

    public ThrottledException(ErrorInfo info) {
        super(info);
    }

    public ThrottledException(ErrorInfo info, Throwable cause) {
        super(info, cause);
    }
}
