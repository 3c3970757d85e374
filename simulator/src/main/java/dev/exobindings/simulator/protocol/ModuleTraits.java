package dev.exobindings.simulator.protocol;

import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.CmdletTraits;
import dev.exobindings.metadata.model.RoutingKind;

import java.util.Locale;

/**
 * What the module text says about one cmdlet beyond its parameters, as the simulator writes it.
 *
 * @param confirmImpact      {@code High}, {@code Medium}, {@code Low}, or {@code null} for none declared (only with
 *                           ShouldProcess)
 * @param batchable          the {@code -EnableBatchingStatus} value
 * @param routingParameter   the parameter that supplies the custom-routing hint, or {@code null}
 * @param folderRouting      whether the hint uses the folder-id rule (else the mailbox-id rule)
 * @param httpTimeoutSeconds the cmdlet's HTTP timeout, or {@code null} for the module default
 */
public record ModuleTraits(String confirmImpact, boolean batchable, String routingParameter, boolean folderRouting,
                           Integer httpTimeoutSeconds) {

    /** What the simulator writes when nothing is known: batchable, no impact, no routing, default timeout. */
    public static final ModuleTraits DEFAULT = new ModuleTraits(null, true, null, false, null);

    /** The snapshot's traits of a cmdlet, or {@link #DEFAULT} when the snapshot does not know them. */
    public static ModuleTraits of(Cmdlet cmdlet) {
        CmdletTraits t = cmdlet.traits();
        if (t == null) {
            return DEFAULT;
        }
        String impact = t.confirmImpact() == null ? null : t.confirmImpact().name().charAt(0)
                + t.confirmImpact().name().substring(1).toLowerCase(Locale.ROOT);
        return new ModuleTraits(impact, t.batchable(), t.routing() == null ? null : t.routing().parameter(),
                t.routing() != null && t.routing().kind() == RoutingKind.FOLDER_ID, t.httpTimeoutSeconds());
    }
}
