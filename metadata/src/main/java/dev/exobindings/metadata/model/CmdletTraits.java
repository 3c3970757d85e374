package dev.exobindings.metadata.model;

import java.util.Objects;

/**
 * What the module's proxy function says about a cmdlet beyond its parameters. A cmdlet's traits are either known
 * as a whole (read from a module text or a module-traits table) or unknown ({@code Cmdlet.traits() == null}).
 *
 * @param supportsShouldProcess {@code SupportsShouldProcess} of the proxy's {@code CmdletBinding}
 * @param confirmImpact         the declared {@code ConfirmImpact}, or {@code null} when none is declared
 * @param batchable             whether the module may put the cmdlet into a {@code $batch} request
 *                              ({@code -EnableBatchingStatus})
 * @param routing               the custom-routing hint parameter and its rule, or {@code null} when the cmdlet has none
 * @param httpTimeoutSeconds    how long the module's HTTP client waits for the cmdlet: its per-cmdlet server
 *                              timeout plus one minute ({@link #clientTimeoutForServerTimeout}), else the module
 *                              default {@value #DEFAULT_HTTP_TIMEOUT_SECONDS}
 */
public record CmdletTraits(boolean supportsShouldProcess, ConfirmImpact confirmImpact, boolean batchable,
                           RoutingHint routing, int httpTimeoutSeconds) {

    /** The module's default HTTP timeout (the server's 15 minutes plus one), for cmdlets its table does not name. */
    public static final int DEFAULT_HTTP_TIMEOUT_SECONDS = 960;
    /** What the module adds to a per-cmdlet server timeout of its table to get its HTTP client timeout. */
    public static final int CLIENT_MARGIN_SECONDS = 60;

    /**
     * The HTTP timeout for a cmdlet the module's timeout table names with {@code serverSeconds}
     * ({@code 'Get-DistributionGroupMember' = 3600} → 3660): the module waits one minute longer than the server.
     */
    public static int clientTimeoutForServerTimeout(int serverSeconds) {
        return Math.addExact(serverSeconds, CLIENT_MARGIN_SECONDS);
    }

    public CmdletTraits {
        if (httpTimeoutSeconds < 1) {
            throw new IllegalArgumentException("httpTimeoutSeconds must be positive: " + httpTimeoutSeconds);
        }
        if (confirmImpact != null && !supportsShouldProcess) {
            throw new IllegalArgumentException("a ConfirmImpact needs SupportsShouldProcess");
        }
    }

    /**
     * The impact PowerShell applies: the declared one, {@link ConfirmImpact#MEDIUM} for a ShouldProcess cmdlet that
     * declares none (PowerShell's default), {@link ConfirmImpact#NONE} without ShouldProcess.
     */
    public ConfirmImpact effectiveConfirmImpact() {
        if (!supportsShouldProcess) {
            return ConfirmImpact.NONE;
        }
        return Objects.requireNonNullElse(confirmImpact, ConfirmImpact.MEDIUM);
    }
}
