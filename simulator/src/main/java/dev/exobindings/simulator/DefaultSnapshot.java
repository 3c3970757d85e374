package dev.exobindings.simulator;

import dev.exobindings.metadata.model.Snapshot;

/**
 * The snapshot used when none is given. Until the bundled Exchange Online snapshot is available this is the
 * {@link BuiltInSnapshot}.
 */
final class DefaultSnapshot {

    private DefaultSnapshot() {
    }

    static Snapshot get() {
        return BuiltInSnapshot.get();
    }
}
