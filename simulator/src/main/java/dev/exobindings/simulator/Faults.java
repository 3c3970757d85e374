package dev.exobindings.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * Fault and load knobs. Rates are probabilities in [0, 1], drawn per request from {@code seed} and the request's
 * arrival number, so the same seed gives the same fault sequence for the same sequence of requests. Faults are
 * decided before the cmdlet runs: a throttled, failed or reset call changes nothing.
 *
 * @param seed              seed of the fault sequence
 * @param latency           added to every HTTP exchange (once per {@code $batch}, not per item: the items share
 *                          the exchange's round trip)
 * @param latencyJitter     up to this much more, drawn per request
 * @param throttleRate      share of calls answered 429 with {@code Retry-After}
 * @param retryAfterSeconds the {@code Retry-After} value (decimal seconds, e.g. {@code "1"} or {@code "0.5"})
 * @param concurrencyLimit  in-flight requests allowed per tenant (0 = no limit); more get the plain-text 429
 * @param serverErrorRate   share of calls answered with {@code serverErrorStatus}
 * @param serverErrorStatus 500 (ADTransientException body) or 503
 * @param resetRate         share of HTTP exchanges dropped without a response, before the cmdlet runs
 * @param resetAfterApplyRate share of HTTP exchanges dropped without a response AFTER the cmdlet ran (the change
 *                          is applied but the client never learns it; for testing that non-idempotent calls are
 *                          not retried blindly)
 * @param slowBodyRate      share of HTTP responses sent slowly
 * @param slowChunkBytes    chunk size of a slow body
 * @param slowChunkDelay    pause between chunks of a slow body
 */
public record Faults(long seed, Duration latency, Duration latencyJitter, double throttleRate,
                     String retryAfterSeconds, int concurrencyLimit, double serverErrorRate, int serverErrorStatus,
                     double resetRate, double resetAfterApplyRate, double slowBodyRate, int slowChunkBytes, Duration slowChunkDelay) {

    public Faults {
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(latencyJitter, "latencyJitter");
        Objects.requireNonNull(slowChunkDelay, "slowChunkDelay");
        checkRate("throttleRate", throttleRate);
        checkRate("serverErrorRate", serverErrorRate);
        checkRate("resetRate", resetRate);
        checkRate("resetAfterApplyRate", resetAfterApplyRate);
        checkRate("slowBodyRate", slowBodyRate);
        if (serverErrorStatus != 500 && serverErrorStatus != 503) {
            throw new IllegalArgumentException("serverErrorStatus must be 500 or 503, got " + serverErrorStatus);
        }
        if (concurrencyLimit < 0 || slowChunkBytes < 1) {
            throw new IllegalArgumentException("concurrencyLimit must be >= 0 and slowChunkBytes >= 1");
        }
        try {
            if (Double.parseDouble(retryAfterSeconds) < 0) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException("retryAfterSeconds must be a non-negative decimal, got '"
                    + retryAfterSeconds + "'", e);
        }
    }

    /** No faults, no latency. */
    public static Faults none() {
        return builder().build();
    }

    /** A builder starting from {@link #none()}. */
    public static Builder builder() {
        return new Builder();
    }

    private static void checkRate(String name, double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, got " + rate);
        }
    }

    /** Builder for {@link Faults}. */
    public static final class Builder {
        private long seed = 1;
        private Duration latency = Duration.ZERO;
        private Duration latencyJitter = Duration.ZERO;
        private double throttleRate;
        private String retryAfterSeconds = "1";
        private int concurrencyLimit;
        private double serverErrorRate;
        private int serverErrorStatus = 500;
        private double resetRate;
        private double resetAfterApplyRate;
        private double slowBodyRate;
        private int slowChunkBytes = 64;
        private Duration slowChunkDelay = Duration.ofMillis(20);

        private Builder() {
        }

        /** Seed of the fault sequence. */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /** Latency added to every request, plus up to {@code jitter} more. */
        public Builder latency(Duration base, Duration jitter) {
            latency = base;
            latencyJitter = jitter;
            return this;
        }

        /** 429 rate and the Retry-After value in seconds. */
        public Builder throttle(double rate, String retryAfter) {
            throttleRate = rate;
            retryAfterSeconds = retryAfter;
            return this;
        }

        /** In-flight requests allowed per tenant (0 = unlimited). */
        public Builder concurrencyLimit(int limit) {
            concurrencyLimit = limit;
            return this;
        }

        /** 5xx rate and status (500 or 503). */
        public Builder serverErrors(double rate, int status) {
            serverErrorRate = rate;
            serverErrorStatus = status;
            return this;
        }

        /** Connection reset rate. */
        public Builder resets(double rate) {
            resetRate = rate;
            return this;
        }

        /** Rate of connections dropped after the cmdlet ran (its change applied, no response sent). */
        public Builder resetsAfterApply(double rate) {
            resetAfterApplyRate = rate;
            return this;
        }

        /** Slow body rate, chunk size and pause between chunks. */
        public Builder slowBodies(double rate, int chunkBytes, Duration chunkDelay) {
            slowBodyRate = rate;
            slowChunkBytes = chunkBytes;
            slowChunkDelay = chunkDelay;
            return this;
        }

        /** The settings. */
        public Faults build() {
            return new Faults(seed, latency, latencyJitter, throttleRate, retryAfterSeconds, concurrencyLimit,
                    serverErrorRate, serverErrorStatus, resetRate, resetAfterApplyRate, slowBodyRate, slowChunkBytes, slowChunkDelay);
        }
    }
}
