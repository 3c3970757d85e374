package dev.exobindings.runtime.error;

import java.time.Duration;
import java.util.Optional;

/**
 * HTTP 429 (or the tenant-concurrency rejection) still returned after all retries, or a {@code Retry-After}
 * longer than the client's cap ({@code RetryPolicy.maxRetryAfter}), which the client does not sleep through.
 */
public class ThrottledException extends ExchangeException {
    private static final long serialVersionUID = 1L;
    private final Duration retryAfter;

    public ThrottledException(ErrorInfo info) {
        this(info, null, null);
    }

    public ThrottledException(ErrorInfo info, Throwable cause) {
        this(info, cause, null);
    }

    /** @param retryAfter the wait the service last asked for ({@code Retry-After}), or null */
    public ThrottledException(ErrorInfo info, Throwable cause, Duration retryAfter) {
        super(info, cause);
        this.retryAfter = retryAfter;
    }

    /** The wait the service last asked for ({@code Retry-After}), when it sent one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
