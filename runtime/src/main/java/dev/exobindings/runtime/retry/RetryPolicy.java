package dev.exobindings.runtime.retry;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * When and how long to wait before retrying. Immutable; defaults mirror the module: 5 retries (6 attempts),
 * backoff {@code 2 s × 2^retry} capped at 60 s, ±20 % jitter, and no retry of a non-idempotent call that may
 * have reached the server.
 *
 * @param maxRetries              retries after the first attempt (0 = never retry)
 * @param baseDelay               the first backoff delay
 * @param maxDelay                cap of one backoff delay
 * @param jitter                  0..1, fraction by which a backoff delay is randomly shortened
 * @param retryNonIdempotent      retry writes after 5xx/timeouts too (they may run twice)
 * @param random                  source of jitter randomness, values in [0,1)
 * @param maxRetryAfter           longest {@code Retry-After} the client sleeps through (default
 *                                {@link #DEFAULT_MAX_RETRY_AFTER}); a longer one fails the call at once with a
 *                                {@code ThrottledException} carrying the server's value
 */
public record RetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay, double jitter,
                          boolean retryNonIdempotent, DoubleSupplier random, Duration maxRetryAfter) {
    /** Default cap of an honoured {@code Retry-After}. */
    public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofMinutes(2);

    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0, got " + maxRetries);
        }
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (baseDelay.isNegative() || maxDelay.isNegative()) {
            throw new IllegalArgumentException("delays must not be negative");
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("jitter must be within 0..1, got " + jitter);
        }
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        if (maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("maxRetryAfter must not be negative");
        }
    }

    /** The module's defaults. */
    public static RetryPolicy defaults() {
        return builder().build();
    }

    /** Never retries (401 refresh still happens once: it is not a retry of the same request). */
    public static RetryPolicy none() {
        return builder().maxRetries(0).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The backoff before retry number {@code retry} (0-based): capped exponential with jitter. */
    public Duration backoff(int retry) {
        long base = baseDelay.toMillis();
        long exp = retry >= 30 ? Long.MAX_VALUE : base << retry;
        long capped = exp < 0 || exp > maxDelay.toMillis() ? maxDelay.toMillis() : exp;
        long jittered = Math.round(capped * (1.0 - jitter * random.getAsDouble()));
        return Duration.ofMillis(Math.max(0, jittered));
    }

    /** Builder for {@link RetryPolicy}. */
    public static final class Builder {
        private int maxRetries = 5;
        private Duration baseDelay = Duration.ofSeconds(2);
        private Duration maxDelay = Duration.ofSeconds(60);
        private double jitter = 0.2;
        private boolean retryNonIdempotent;
        private DoubleSupplier random = Math::random;
        private Duration maxRetryAfter = DEFAULT_MAX_RETRY_AFTER;

        private Builder() {
        }

        public Builder maxRetries(int maxRetries) {
            this.maxRetries = maxRetries;
            return this;
        }

        public Builder baseDelay(Duration baseDelay) {
            this.baseDelay = baseDelay;
            return this;
        }

        public Builder maxDelay(Duration maxDelay) {
            this.maxDelay = maxDelay;
            return this;
        }

        public Builder jitter(double jitter) {
            this.jitter = jitter;
            return this;
        }

        /** Allow retrying New-/Set-/Remove-… calls after 5xx or timeouts (they may then run twice). */
        public Builder retryNonIdempotent(boolean retryNonIdempotent) {
            this.retryNonIdempotent = retryNonIdempotent;
            return this;
        }

        /** Randomness for jitter (tests pass a constant). */
        public Builder random(DoubleSupplier random) {
            this.random = random;
            return this;
        }

        /** Longest {@code Retry-After} slept through; a longer one fails the call with the server's value. */
        public Builder maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = maxRetryAfter;
            return this;
        }

        public RetryPolicy build() {
            return new RetryPolicy(maxRetries, baseDelay, maxDelay, jitter, retryNonIdempotent, random,
                    maxRetryAfter);
        }
    }
}
