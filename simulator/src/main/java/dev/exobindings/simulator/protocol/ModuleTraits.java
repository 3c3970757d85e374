package dev.exobindings.simulator.protocol;

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
}
