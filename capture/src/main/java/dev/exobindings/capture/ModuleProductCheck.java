package dev.exobindings.capture;

import dev.exobindings.capture.CaptureException.Kind;
import dev.exobindings.metadata.BundledSnapshots;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Product;
import dev.exobindings.metadata.model.Snapshot;
import dev.exobindings.metadata.io.SnapshotSpelling;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses a module text of the other product than the one captured: an endpoint of Security &amp; Compliance
 * captured as Exchange Online (or the reverse) would give a snapshot named and typed for one product holding the
 * other's cmdlets, and a merge report whose counts describe neither. The cmdlet names tell the products apart: each
 * product's bundled docs know most of its own cmdlets and few of the other's.
 */
final class ModuleProductCheck {
    private ModuleProductCheck() {
    }

    /**
     * @throws CaptureException when clearly more of the captured cmdlets are the other product's than {@code docs}'
     *                          product's
     */
    static void check(List<Cmdlet> captured, Snapshot docs) {
        Product claimed = docs.header().product();
        Product other = claimed == Product.EXCHANGE_ONLINE ? Product.SECURITY_COMPLIANCE : Product.EXCHANGE_ONLINE;
        Snapshot otherDocs = other == Product.EXCHANGE_ONLINE ? BundledSnapshots.exchangeOnline()
                : BundledSnapshots.securityCompliance();
        Set<String> names = captured.stream().map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        long own = known(names, docs);
        long others = known(names, otherDocs);
        if (others > 2 * own) {
            String service = SnapshotSpelling.spell(other);
            throw new CaptureException(Kind.NO_MODULE, "The module text holds " + service + " cmdlets, not "
                    + SnapshotSpelling.spell(claimed) + " ones: " + others + " of its " + names.size() + " cmdlets are in "
                    + service + "'s docs, " + own + " in " + SnapshotSpelling.spell(claimed) + "'s. The endpoint serves "
                    + service + ": capture it as that service (--service " + service + " on the command line, <service>"
                    + service + "</service> in the plugin, Capture.builder().service(…)), or give the endpoint of "
                    + SnapshotSpelling.spell(claimed) + ". Nothing was written.");
        }
    }

    private static long known(Set<String> names, Snapshot snapshot) {
        return snapshot.cmdlets().stream().filter(c -> names.contains(c.name().toLowerCase(Locale.ROOT))).count();
    }
}
