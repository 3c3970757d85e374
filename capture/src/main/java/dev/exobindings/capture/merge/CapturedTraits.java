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
 * @param tableTimeoutSeconds   the cmdlet's entry in the module's per-cmdlet timeout table (server-side seconds, the
 *                              column {@code httpTimeoutSeconds} of {@code module-traits.tsv}), or {@code null}
 * @param defaultTimeoutSeconds the module's default HTTP timeout, or {@code null} when the text states none
 */
public record CapturedTraits(boolean supportsShouldProcess, String confirmImpact, boolean batchable,
                             String routingParameter, RoutingRule routingRule, Integer tableTimeoutSeconds,
                             Integer defaultTimeoutSeconds) {

    /**
     * The HTTP client timeout: the table's entry plus {@link CmdletTraits#CLIENT_MARGIN_SECONDS} (as the
     * module-traits table is read), else the module default, else {@code null} (unknown).
     */
    public Integer httpTimeoutSeconds() {
        // not one conditional expression: its int branch would unbox a null default (a text without the constant)
        if (tableTimeoutSeconds != null) {
            return CmdletTraits.clientTimeoutForServerTimeout(tableTimeoutSeconds);
        }
        return defaultTimeoutSeconds;
    }

    /**
     * As the snapshot model records them; a module that states no timeout at all gets the module default
     * ({@link CmdletTraits#DEFAULT_HTTP_TIMEOUT_SECONDS}).
     */
    public CmdletTraits toModel() {
        Integer timeout = httpTimeoutSeconds();
        return new CmdletTraits(supportsShouldProcess,
                confirmImpact == null ? null : ConfirmImpact.valueOf(confirmImpact.toUpperCase(Locale.ROOT)), batchable,
                routingParameter == null ? null : new RoutingHint(routingParameter,
                        routingRule == RoutingRule.FOLDER_ID ? RoutingKind.FOLDER_ID : RoutingKind.MAILBOX_ID),
                timeout == null ? CmdletTraits.DEFAULT_HTTP_TIMEOUT_SECONDS : timeout);
    }

    /** The traits of one proxy under the module's constants. */
    public static CapturedTraits of(ProxyFunction proxy, ModuleConstants constants) {
        return new CapturedTraits(proxy.binding().supportsShouldProcess(),
                proxy.binding().supportsShouldProcess() ? proxy.binding().confirmImpact() : null, proxy.batchable(),
                proxy.routing() == null ? null : proxy.routing().parameter(),
                proxy.routing() == null ? null : proxy.routing().rule(),
                constants.tableTimeoutSeconds(proxy.name()).orElse(null), constants.defaultTimeoutSeconds());
    }
}
