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
 * @param httpTimeoutSeconds the cmdlet's entry in the module's per-cmdlet timeout table (the server-side seconds the
 *                           table writes), or {@code null} when the table does not name it (the module default)
 */
public record ModuleTraits(String confirmImpact, boolean batchable, String routingParameter, boolean folderRouting,
                           Integer httpTimeoutSeconds) {

    /** What the simulator writes when nothing is known: batchable, no impact, no routing, default timeout. */
    public static final ModuleTraits DEFAULT = new ModuleTraits(null, true, null, false, null);

    /**
     * The snapshot's traits of a cmdlet, or {@link #DEFAULT} when the snapshot does not know them. The snapshot
     * records the HTTP client timeout (table entry plus {@link CmdletTraits#CLIENT_MARGIN_SECONDS}); the table
     * gets the entry back, so a capture of this text yields the same traits.
     */
    public static ModuleTraits of(Cmdlet cmdlet) {
        CmdletTraits t = cmdlet.traits();
        if (t == null) {
            return DEFAULT;
        }
        String impact = t.confirmImpact() == null ? null : t.confirmImpact().name().charAt(0)
                + t.confirmImpact().name().substring(1).toLowerCase(Locale.ROOT);
        return new ModuleTraits(impact, t.batchable(), t.routing() == null ? null : t.routing().parameter(),
                t.routing() != null && t.routing().kind() == RoutingKind.FOLDER_ID, tableEntry(cmdlet, t));
    }

    private static Integer tableEntry(Cmdlet cmdlet, CmdletTraits t) {
        if (t.httpTimeoutSeconds() == CmdletTraits.DEFAULT_HTTP_TIMEOUT_SECONDS) {
            return null;
        }
        int entry = t.httpTimeoutSeconds() - CmdletTraits.CLIENT_MARGIN_SECONDS;
        if (entry < 1) {
            // a table entry cannot express it: writing the default would change the traits a capture reads back
            throw new IllegalArgumentException(cmdlet.name() + ": HTTP timeout " + t.httpTimeoutSeconds()
                    + " s is not the default " + CmdletTraits.DEFAULT_HTTP_TIMEOUT_SECONDS + " s and not above the "
                    + CmdletTraits.CLIENT_MARGIN_SECONDS + " s margin of a per-cmdlet table entry");
        }
        return entry;
    }
}
