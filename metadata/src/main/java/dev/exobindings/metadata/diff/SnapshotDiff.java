package dev.exobindings.metadata.diff;

import java.util.List;
import java.util.Objects;

/**
 * Everything that differs between two snapshots.
 *
 * @param oldName         name of the old snapshot (its header name or the file it came from)
 * @param newName         name of the new snapshot
 * @param cmdletsAdded    cmdlets only in the new snapshot, sorted
 * @param cmdletsRemoved  cmdlets only in the old snapshot, sorted
 * @param cmdletsChanged  cmdlets in both with at least one parameter change, sorted by cmdlet name
 */
public record SnapshotDiff(String oldName, String newName, List<String> cmdletsAdded, List<String> cmdletsRemoved,
                           List<CmdletChanges> cmdletsChanged) {
    public SnapshotDiff {
        Objects.requireNonNull(oldName, "oldName");
        Objects.requireNonNull(newName, "newName");
        cmdletsAdded = List.copyOf(cmdletsAdded);
        cmdletsRemoved = List.copyOf(cmdletsRemoved);
        cmdletsChanged = List.copyOf(cmdletsChanged);
    }

    /** Whether the two snapshots describe the same cmdlets and parameters. */
    public boolean isEmpty() {
        return cmdletsAdded.isEmpty() && cmdletsRemoved.isEmpty() && cmdletsChanged.isEmpty();
    }

    /** Number of parameter changes over all changed cmdlets. */
    public int parameterChangeCount() {
        return cmdletsChanged.stream().mapToInt(c -> c.changes().size()).sum();
    }

    /** Number of parameter changes of one kind over all changed cmdlets. */
    public long count(ChangeKind kind) {
        return cmdletsChanged.stream().flatMap(c -> c.changes().stream()).filter(ch -> ch.kind() == kind).count();
    }

    /** One line: {@code 2 cmdlets added, 1 removed, 5 parameter changes in 3 cmdlets}. */
    public String summary() {
        return cmdletsAdded.size() + " cmdlet(s) added, " + cmdletsRemoved.size() + " removed, "
                + parameterChangeCount() + " parameter change(s) in " + cmdletsChanged.size() + " cmdlet(s)";
    }
}
