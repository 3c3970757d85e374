package dev.exobindings.runtime;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Time limits. Per cmdlet the module's own HTTP timeout, which the generated {@link CmdletDescriptor} carries (960 s
 * by default, longer for the cmdlets the module's table lists, e.g. Get-DistributionGroupMember 3660 s); this record
 * only holds what the caller overrides: one per-request value for every cmdlet, values per cmdlet name, and the
 * overall budget per invocation (all attempts, waits and pages; by default the cmdlet's request timeout plus ten
 * minutes, so no invocation runs unbounded).
 *
 * @param connect    TCP/TLS connect timeout
 * @param perRequest one HTTP request, overriding the per-cmdlet values; null = per cmdlet
 * @param overall    the whole invocation; null = the default budget: the cmdlet's request timeout plus
 *                   {@link #DEFAULT_RETRY_ALLOWANCE} (so one slow attempt and the retries' waits fit)
 * @param perCmdlet  cmdlet name (case-insensitive) → request timeout, overriding the descriptor's
 */
public record Timeouts(Duration connect, Duration perRequest, Duration overall, Map<String, Duration> perCmdlet) {
    /** The module's default HTTP timeout. */
    public static final Duration DEFAULT_CMDLET = CmdletDescriptor.DEFAULT_HTTP_TIMEOUT;
    /** Added to a cmdlet's request timeout to make its default overall budget (waits and further attempts). */
    public static final Duration DEFAULT_RETRY_ALLOWANCE = Duration.ofMinutes(10);

    public Timeouts {
        Objects.requireNonNull(connect, "connect");
        TreeMap<String, Duration> merged = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (perCmdlet != null) {
            merged.putAll(perCmdlet);
        }
        perCmdlet = java.util.Collections.unmodifiableMap(merged);
        requirePositive(connect, "connect");
        if (perRequest != null) {
            requirePositive(perRequest, "perRequest");
        }
        if (overall != null) {
            requirePositive(overall, "overall");
        }
    }

    /** Connect 30 s, per-cmdlet request timeouts as the module, the default overall budget. */
    public static Timeouts defaults() {
        return new Timeouts(Duration.ofSeconds(30), null, null, Map.of());
    }

    /** Copy with a connect timeout. */
    public Timeouts withConnect(Duration value) {
        return new Timeouts(value, perRequest, overall, perCmdlet);
    }

    /** Copy with one request timeout for every cmdlet. */
    public Timeouts withPerRequest(Duration value) {
        return new Timeouts(connect, value, overall, perCmdlet);
    }

    /** Copy with an overall budget per invocation. */
    public Timeouts withOverall(Duration value) {
        return new Timeouts(connect, perRequest, value, perCmdlet);
    }

    /** Copy with a request timeout for one cmdlet. */
    public Timeouts withCmdlet(String cmdletName, Duration value) {
        requirePositive(value, cmdletName);
        Map<String, Duration> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(perCmdlet);
        copy.put(cmdletName, value);
        return new Timeouts(connect, perRequest, overall, copy);
    }

    /** The HTTP request timeout for a cmdlet of unknown traits (the module default unless overridden). */
    public Duration requestTimeout(String cmdletName) {
        return requestTimeout(cmdletName, DEFAULT_CMDLET);
    }

    /**
     * The HTTP request timeout for {@code cmdletName}: the per-request override, else the per-cmdlet override, else
     * {@code moduleTimeout} (the cmdlet descriptor's).
     */
    public Duration requestTimeout(String cmdletName, Duration moduleTimeout) {
        if (perRequest != null) {
            return perRequest;
        }
        return perCmdlet.getOrDefault(cmdletName, moduleTimeout);
    }

    /**
     * The overall budget of one invocation of {@code cmdletName} whose module timeout is {@code moduleTimeout}: the
     * configured one, else its request timeout plus {@link #DEFAULT_RETRY_ALLOWANCE}.
     */
    public Duration overallFor(String cmdletName, Duration moduleTimeout) {
        return overall != null ? overall : requestTimeout(cmdletName, moduleTimeout).plus(DEFAULT_RETRY_ALLOWANCE);
    }

    private static void requirePositive(Duration d, String what) {
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("timeout '" + what + "' must be positive, got " + d);
        }
    }
}
