package dev.exobindings.sample.fleet;

import java.time.Duration;
import java.util.Map;

/**
 * What one tenant's job produced: a value, or the failure that stopped it. Every tenant of a run gets exactly one.
 *
 * @param tenant  the tenant as configured
 * @param value   the job's result, or {@code null} when it failed
 * @param failure "ExceptionClass: message" of the failure, or {@code null}
 * @param elapsed wall time of this tenant's job
 */
public record TenantResult<T>(String tenant, T value, String failure, Duration elapsed) {

    /** Whether the job finished. */
    public boolean ok() {
        return failure == null;
    }

    static <T> TenantResult<T> success(String tenant, T value, Duration elapsed) {
        return new TenantResult<>(tenant, value, null, elapsed);
    }

    static <T> TenantResult<T> failed(String tenant, Throwable failure, Duration elapsed) {
        return new TenantResult<>(tenant, null, failure.getClass().getSimpleName() + ": " + failure.getMessage(), elapsed);
    }

    /** A one-line summary per tenant for a report. */
    public String line() {
        return tenant + ": " + (ok() ? "ok " + (value instanceof Map<?, ?> m ? m : value) : "FAILED " + failure)
                + " (" + elapsed.toMillis() + " ms)";
    }
}
