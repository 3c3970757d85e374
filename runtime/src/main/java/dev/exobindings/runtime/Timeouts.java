package dev.exobindings.runtime;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Time limits. Per cmdlet (default 960 s, the module's "server timeout + 1 minute"; longer for the cmdlets the
 * module lists: Get-DistributionGroupMember 3660 s, Import-TransportRuleCollection 3660 s, Set-OrganizationConfig
 * 1860 s, Set-UnifiedGroup 3660 s, Update-DistributionGroupMember 3660 s, Update-RoleGroupMember 1860 s),
 * optionally one per-request value for every cmdlet, and an overall budget per invocation (all attempts, waits and
 * pages; by default the cmdlet's request timeout plus ten minutes).
 *
 * @param connect    TCP/TLS connect timeout
 * @param perRequest one HTTP request, overriding the per-cmdlet values; null = per cmdlet
 * @param overall    the whole invocation; null = the default budget: the cmdlet's request timeout plus
 *                   {@link #DEFAULT_RETRY_ALLOWANCE} (so one slow attempt and the retries' waits fit)
 * @param perCmdlet  cmdlet name (case-insensitive) → request timeout, overriding the defaults
 */
public record Timeouts(Duration connect, Duration perRequest, Duration overall, Map<String, Duration> perCmdlet) {
    /** The module's default HTTP timeout. */
    public static final Duration DEFAULT_CMDLET = Duration.ofSeconds(960);
    /** Added to a cmdlet's request timeout to make its default overall budget (waits and further attempts). */
    public static final Duration DEFAULT_RETRY_ALLOWANCE = Duration.ofMinutes(10);
    private static final Map<String, Duration> MODULE_DEFAULTS = Map.of(
            "Get-DistributionGroupMember", Duration.ofSeconds(3600 + 60),
            "Import-TransportRuleCollection", Duration.ofSeconds(3600 + 60),
            "Set-OrganizationConfig", Duration.ofSeconds(1800 + 60),
            "Set-UnifiedGroup", Duration.ofSeconds(3600 + 60),
            "Update-DistributionGroupMember", Duration.ofSeconds(3600 + 60),
            "Update-RoleGroupMember", Duration.ofSeconds(1800 + 60));

    public Timeouts {
        Objects.requireNonNull(connect, "connect");
        TreeMap<String, Duration> merged = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        merged.putAll(MODULE_DEFAULTS);
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

    /** The HTTP request timeout for {@code cmdletName}. */
    public Duration requestTimeout(String cmdletName) {
        if (perRequest != null) {
            return perRequest;
        }
        return perCmdlet.getOrDefault(cmdletName.toLowerCase(Locale.ROOT), DEFAULT_CMDLET);
    }

    /** The overall budget of one invocation of {@code cmdletName}: the configured one, else the default. */
    public Duration overallFor(String cmdletName) {
        return overall != null ? overall : requestTimeout(cmdletName).plus(DEFAULT_RETRY_ALLOWANCE);
    }

    private static void requirePositive(Duration d, String what) {
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("timeout '" + what + "' must be positive, got " + d);
        }
    }
}
