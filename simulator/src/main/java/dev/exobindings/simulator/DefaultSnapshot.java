package dev.exobindings.simulator;

import dev.exobindings.metadata.BundledSnapshots;
import dev.exobindings.metadata.model.Snapshot;

/** The snapshot used when none is given: the bundled Exchange Online snapshot of the metadata module. */
final class DefaultSnapshot {

    private DefaultSnapshot() {
    }

    static Snapshot get() {
        return BundledSnapshots.exchangeOnline();
    }
}
