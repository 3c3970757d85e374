package dev.exobindings.metadata.diff;

import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Snapshot;
import dev.exobindings.metadata.model.SourceKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Computes a {@link SnapshotDiff}. Names of cmdlets, parameters and sets are matched case-insensitively, as
 * PowerShell matches them, and types after {@code DotNetTypes} normalisation, so a change of spelling alone is not
 * reported. Every row says whether it breaks code using the generated bindings. The same two snapshots always give
 * the same rows in the same order.
 */
public final class SnapshotDiffer {
    /** Case-insensitive first, exact spelling second: a total, locale-independent order. */
    static final Comparator<String> NAME_ORDER =
            String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());
    private static final Comparator<String> NULL_FIRST = Comparator.nullsFirst(NAME_ORDER);
    static final Comparator<DiffRow> ROW_ORDER = Comparator.comparing(DiffRow::cmdlet, NAME_ORDER)
            .thenComparing(DiffRow::parameter, NULL_FIRST)
            .thenComparing(DiffRow::kind)
            .thenComparing(DiffRow::set, NULL_FIRST)
            .thenComparing(DiffRow::before, NULL_FIRST)
            .thenComparing(DiffRow::after, NULL_FIRST);

    private SnapshotDiffer() {
    }

    /** Diffs two snapshots, naming them by their header names, without Java names. */
    public static SnapshotDiff diff(Snapshot oldSnapshot, Snapshot newSnapshot) {
        return diff(oldSnapshot.header().name(), oldSnapshot, newSnapshot.header().name(), newSnapshot);
    }

    /** Diffs two snapshots under the given display names (e.g. the files they were read from). */
    public static SnapshotDiff diff(String oldName, Snapshot oldSnapshot, String newName, Snapshot newSnapshot) {
        return diff(oldName, oldSnapshot, newName, newSnapshot, JavaNaming.NONE);
    }

    /** As {@link #diff(String, Snapshot, String, Snapshot)}, naming builder types with {@code naming}. */
    public static SnapshotDiff diff(String oldName, Snapshot oldSnapshot, String newName, Snapshot newSnapshot,
                                    JavaNaming naming) {
        Map<String, Cmdlet> before = byKey(oldSnapshot.cmdlets(), Cmdlet::name);
        Map<String, Cmdlet> after = byKey(newSnapshot.cmdlets(), Cmdlet::name);
        List<DiffRow> rows = new ArrayList<>();
        for (Map.Entry<String, Cmdlet> entry : after.entrySet()) {
            Cmdlet now = entry.getValue();
            Cmdlet then = before.get(entry.getKey());
            if (then == null) {
                rows.add(new DiffRow(now.name(), null, null, ChangeKind.CMDLET_ADDED, null, null, false,
                        "a new class; existing code is unaffected"));
            } else if (servedBy(then) && !servedBy(now)) {
                rows.add(new DiffRow(now.name(), null, null, ChangeKind.CMDLET_DROPPED_BY_SERVICE,
                        sources(then), sources(now), true,
                        "the class is still generated from the docs, but the service no longer accepts the cmdlet"));
            } else {
                new CmdletDiffer(then, now, naming, rows).compare();
            }
        }
        // A capture lists what the signed-in account's roles may run, so a cmdlet it lacks may still exist.
        String removed = newSnapshot.cmdlets().stream().anyMatch(c -> c.sources().contains(SourceKind.CAPTURE))
                ? "its class disappears; not in the capture: removed by Microsoft, or not allowed to the account that "
                        + "captured (RBAC)"
                : "its class disappears";
        for (Map.Entry<String, Cmdlet> entry : before.entrySet()) {
            if (!after.containsKey(entry.getKey())) {
                rows.add(new DiffRow(entry.getValue().name(), null, null, ChangeKind.CMDLET_REMOVED, null, null, true,
                        removed));
            }
        }
        rows.sort(ROW_ORDER);
        return new SnapshotDiff(oldName, newName, rows);
    }

    /**
     * A warning when the two snapshots describe different products: every cmdlet of each then shows as added or
     * removed, which is rarely what was meant (a bundled name or a file mixed up); empty when they match.
     */
    public static java.util.Optional<String> productMismatch(Snapshot oldSnapshot, Snapshot newSnapshot) {
        if (oldSnapshot.header().product() == newSnapshot.header().product()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("the old snapshot describes "
                + dev.exobindings.metadata.io.SnapshotSpelling.spell(oldSnapshot.header().product()) + ", the new one "
                + dev.exobindings.metadata.io.SnapshotSpelling.spell(newSnapshot.header().product())
                + ": their cmdlets show as removed and added; compare snapshots of one product");
    }

    /** Whether the service itself (its module catalog or a capture) lists the cmdlet. */
    private static boolean servedBy(Cmdlet cmdlet) {
        return cmdlet.sources().contains(SourceKind.CATALOG) || cmdlet.sources().contains(SourceKind.CAPTURE);
    }

    private static String sources(Cmdlet cmdlet) {
        return cmdlet.sources().stream().map(s -> s.name().toLowerCase(Locale.ROOT)).toList().toString();
    }

    /** Indexes by lower-cased name; the first of two names differing only in case wins (snapshots forbid that). */
    static <T> Map<String, T> byKey(List<T> items, Function<T, String> name) {
        Map<String, T> map = new TreeMap<>();
        for (T item : items) {
            map.putIfAbsent(name.apply(item).toLowerCase(Locale.ROOT), item);
        }
        return map;
    }
}
