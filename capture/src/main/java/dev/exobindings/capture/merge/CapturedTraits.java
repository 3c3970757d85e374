package dev.exobindings.capture.merge;

import dev.exobindings.capture.psm1.ModuleConstants;
import dev.exobindings.capture.psm1.ProxyFunction;
import dev.exobindings.capture.psm1.RoutingRule;

/**
 * A cmdlet's traits as the captured module text states them.
 *
 * @param supportsShouldProcess {@code SupportsShouldProcess}
 * @param confirmImpact         declared {@code ConfirmImpact} ({@code High}/{@code Medium}/{@code Low}/{@code None}),
 *                              or {@code null}
 * @param batchable             the batching flag
 * @param routingParameter      the routing-hint parameter, or {@code null}
 * @param routingRule           its rule, or {@code null}
 * @param httpTimeoutSeconds    the per-cmdlet timeout, else the module default, else {@code null} (unknown)
 */
public record CapturedTraits(boolean supportsShouldProcess, String confirmImpact, boolean batchable,
                             String routingParameter, RoutingRule routingRule, Integer httpTimeoutSeconds) {

    /** The traits of one proxy under the module's constants. */
    public static CapturedTraits of(ProxyFunction proxy, ModuleConstants constants) {
        return new CapturedTraits(proxy.binding().supportsShouldProcess(),
                proxy.binding().supportsShouldProcess() ? proxy.binding().confirmImpact() : null, proxy.batchable(),
                proxy.routing() == null ? null : proxy.routing().parameter(),
                proxy.routing() == null ? null : proxy.routing().rule(),
                constants.timeoutSeconds(proxy.name()).orElse(null));
    }
}
