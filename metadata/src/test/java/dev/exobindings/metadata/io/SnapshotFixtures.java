package dev.exobindings.metadata.io;

import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.CmdletTraits;
import dev.exobindings.metadata.model.ConfirmImpact;
import dev.exobindings.metadata.model.RoutingHint;
import dev.exobindings.metadata.model.RoutingKind;
import dev.exobindings.metadata.model.Header;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.ParameterSetMembership;
import dev.exobindings.metadata.model.Product;
import dev.exobindings.metadata.model.Snapshot;
import dev.exobindings.metadata.model.Source;
import dev.exobindings.metadata.model.SourceKind;
import dev.exobindings.metadata.model.ValuesOrigin;
import java.util.List;
import java.util.Map;

/** A small valid snapshot covering every member of the format (traits with and without routing). */
final class SnapshotFixtures {
    private SnapshotFixtures() {
    }

    static Snapshot small() {
        Parameter identity = new Parameter("Identity", "MailboxIdParameter", null, false, false, List.of(),
                List.of(), ValuesOrigin.NONE, false, false,
                List.of(new ParameterSetMembership("Identity", false, 0, true, true)));
        Parameter anr = new Parameter("Anr", "String", null, false, false, List.of(), List.of(), ValuesOrigin.NONE,
                false, false, List.of(new ParameterSetMembership("AnrSet", true, null, false, false)));
        Parameter details = new Parameter("RecipientTypeDetails", "RecipientTypeDetails[]", "RecipientTypeDetails",
                true, false, List.of("Rtd"), List.of("UserMailbox", "SharedMailbox"), ValuesOrigin.DOCS_PROSE, true,
                true, List.of(new ParameterSetMembership("Identity", false, null, false, false),
                new ParameterSetMembership("AnrSet", false, null, false, false)));
        Cmdlet getMailbox = new Cmdlet("Get-Mailbox", "Get", "Mailbox", Product.EXCHANGE_ONLINE, "Identity",
                "https://learn.microsoft.com/powershell/module/exchangepowershell/get-mailbox", false,
                List.of(SourceKind.DOCS, SourceKind.CATALOG), List.of("Identity", "AnrSet"),
                List.of(identity, anr, details)).withTraits(new CmdletTraits(false, null, false,
                new RoutingHint("Identity", RoutingKind.MAILBOX_ID), 3600));
        Parameter force = new Parameter("Force", "SwitchParameter", null, false, true, List.of(), List.of(),
                ValuesOrigin.NONE, false, false,
                List.of(new ParameterSetMembership(Cmdlet.ALL_PARAMETER_SETS, false, null, false, false)));
        Cmdlet removeThing = new Cmdlet("Remove-Thing", "Remove", "Thing", Product.EXCHANGE_ONLINE, null, null,
                true, List.of(SourceKind.CATALOG), List.of(Cmdlet.ALL_PARAMETER_SETS), List.of(force))
                .withTraits(new CmdletTraits(true, ConfirmImpact.HIGH, true, null, 960));
        Header header = new Header(1, "test-snapshot", Product.EXCHANGE_ONLINE, "2026-08-21",
                List.of(new Source(SourceKind.CATALOG, "philband/go-exoscc", "6f660c23bd294bfc932b65338421150fe49d9f92",
                        "spec/catalog/EXO-catalog.json", "MIT")),
                Map.of("cmdlets", 2, "parameters", 4));
        return new Snapshot(header, List.of(getMailbox, removeThing));
    }
}
