package dev.exobindings.capture.merge;

import dev.exobindings.capture.psm1.ModuleConstants;
import dev.exobindings.capture.psm1.ProxyFunction;
import dev.exobindings.capture.psm1.RoutingRule;
import dev.exobindings.metadata.model.CmdletTraits;
import dev.exobindings.metadata.model.ConfirmImpact;
import dev.exobindings.metadata.model.RoutingHint;
import dev.exobindings.metadata.model.RoutingKind;

import java.util.Locale;

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

    /**
     * As the snapshot model records them; a module that states no timeout at all gets the module default
     * ({@link CmdletTraits#DEFAULT_HTTP_TIMEOUT_SECONDS}).
     */
    public CmdletTraits toModel() {
        return new CmdletTraits(supportsShouldProcess,
                confirmImpact == null ? null : ConfirmImpact.valueOf(confirmImpact.toUpperCase(Locale.ROOT)), batchable,
                routingParameter == null ? null : new RoutingHint(routingParameter,
                        routingRule == RoutingRule.FOLDER_ID ? RoutingKind.FOLDER_ID : RoutingKind.MAILBOX_ID),
                httpTimeoutSeconds == null ? CmdletTraits.DEFAULT_HTTP_TIMEOUT_SECONDS : httpTimeoutSeconds);
    }

    /** The traits of one proxy under the module's constants. */
    public static CapturedTraits of(ProxyFunction proxy, ModuleConstants constants) {
        return new CapturedTraits(proxy.binding().supportsShouldProcess(),
                proxy.binding().supportsShouldProcess() ? proxy.binding().confirmImpact() : null, proxy.batchable(),
                proxy.routing() == null ? null : proxy.routing().parameter(),
                proxy.routing() == null ? null : proxy.routing().rule(),
                constants.timeoutSeconds(proxy.name()).orElse(null));
    }
}
