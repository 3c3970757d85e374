package dev.exobindings.metadata.diff;

import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.ParameterSetMembership;
import dev.exobindings.metadata.model.Snapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Computes a {@link SnapshotDiff}. Names of cmdlets, parameters and sets are matched case-insensitively, as
 * PowerShell matches them, so a change of spelling case alone is not reported. Every list in the result is sorted
 * (case-insensitive name, then exact name), so the same two snapshots always give the same report.
 */
public final class SnapshotDiffer {
    /** Case-insensitive first, exact spelling second: a total, locale-independent order. */
    static final Comparator<String> NAME_ORDER =
            String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    private SnapshotDiffer() {
    }

    /** Diffs two snapshots, naming them by their header names. */
    public static SnapshotDiff diff(Snapshot oldSnapshot, Snapshot newSnapshot) {
        return diff(oldSnapshot.header().name(), oldSnapshot, newSnapshot.header().name(), newSnapshot);
    }

    /** Diffs two snapshots under the given display names (e.g. the files they were read from). */
    public static SnapshotDiff diff(String oldName, Snapshot oldSnapshot, String newName, Snapshot newSnapshot) {
        Map<String, Cmdlet> before = byKey(oldSnapshot.cmdlets(), Cmdlet::name);
        Map<String, Cmdlet> after = byKey(newSnapshot.cmdlets(), Cmdlet::name);
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<CmdletChanges> changed = new ArrayList<>();
        for (Map.Entry<String, Cmdlet> entry : after.entrySet()) {
            Cmdlet old = before.get(entry.getKey());
            if (old == null) {
                added.add(entry.getValue().name());
            } else {
                List<ParameterChange> changes = parameterChanges(old, entry.getValue());
                if (!changes.isEmpty()) {
                    changed.add(new CmdletChanges(entry.getValue().name(), changes));
                }
            }
        }
        for (Map.Entry<String, Cmdlet> entry : before.entrySet()) {
            if (!after.containsKey(entry.getKey())) {
                removed.add(entry.getValue().name());
            }
        }
        added.sort(NAME_ORDER);
        removed.sort(NAME_ORDER);
        changed.sort(Comparator.comparing(CmdletChanges::cmdlet, NAME_ORDER));
        return new SnapshotDiff(oldName, newName, added, removed, changed);
    }

    private static List<ParameterChange> parameterChanges(Cmdlet oldCmdlet, Cmdlet newCmdlet) {
        Map<String, Parameter> before = byKey(oldCmdlet.parameters(), Parameter::name);
        Map<String, Parameter> after = byKey(newCmdlet.parameters(), Parameter::name);
        List<ParameterChange> changes = new ArrayList<>();
        for (Map.Entry<String, Parameter> entry : after.entrySet()) {
            Parameter newParameter = entry.getValue();
            Parameter oldParameter = before.get(entry.getKey());
            if (oldParameter == null) {
                changes.add(new ParameterChange(newParameter.name(), ChangeKind.PARAMETER_ADDED, null, null,
                        typeOf(newParameter)));
            } else {
                compare(oldParameter, newParameter, changes);
            }
        }
        for (Map.Entry<String, Parameter> entry : before.entrySet()) {
            if (!after.containsKey(entry.getKey())) {
                Parameter oldParameter = entry.getValue();
                changes.add(new ParameterChange(oldParameter.name(), ChangeKind.PARAMETER_REMOVED, null,
                        typeOf(oldParameter), null));
            }
        }
        changes.sort(Comparator.comparing(ParameterChange::parameter, NAME_ORDER)
                .thenComparing(ParameterChange::kind)
                .thenComparing(c -> c.set() == null ? "" : c.set(), NAME_ORDER));
        return changes;
    }

    private static void compare(Parameter oldParameter, Parameter newParameter, List<ParameterChange> out) {
        String name = newParameter.name();
        String oldType = typeOf(oldParameter);
        String newType = typeOf(newParameter);
        if (!oldType.equals(newType)) {
            out.add(new ParameterChange(name, ChangeKind.TYPE_CHANGED, null, oldType, newType));
        }
        Map<String, ParameterSetMembership> oldSets = byKey(oldParameter.sets(), ParameterSetMembership::name);
        Map<String, ParameterSetMembership> newSets = byKey(newParameter.sets(), ParameterSetMembership::name);
        for (Map.Entry<String, ParameterSetMembership> entry : newSets.entrySet()) {
            ParameterSetMembership now = entry.getValue();
            ParameterSetMembership then = oldSets.get(entry.getKey());
            if (then == null) {
                out.add(new ParameterChange(name, ChangeKind.SET_MEMBERSHIP_CHANGED, now.name(), "not a member",
                        membership(now)));
            } else if (then.mandatory() != now.mandatory()) {
                out.add(new ParameterChange(name, ChangeKind.MANDATORY_CHANGED, now.name(), mandatory(then),
                        mandatory(now)));
            }
        }
        for (Map.Entry<String, ParameterSetMembership> entry : oldSets.entrySet()) {
            if (!newSets.containsKey(entry.getKey())) {
                ParameterSetMembership then = entry.getValue();
                out.add(new ParameterChange(name, ChangeKind.SET_MEMBERSHIP_CHANGED, then.name(), membership(then),
                        "not a member"));
            }
        }
    }

    /**
     * The type as a report shows it: the declared type, its element type where known, and a multi-value marker
     * when the declared type does not already say so. Two parameters have the same type exactly when these agree.
     */
    static String typeOf(Parameter parameter) {
        StringBuilder text = new StringBuilder(parameter.type() == null ? "?" : parameter.type());
        if (parameter.elementType() != null) {
            text.append('<').append(parameter.elementType()).append('>');
        }
        if (parameter.multiValued() && parameter.elementType() == null && !text.toString().endsWith("[]")) {
            text.append(" (multi-valued)");
        }
        return text.toString();
    }

    private static String membership(ParameterSetMembership set) {
        return "member (" + mandatory(set) + ")";
    }

    private static String mandatory(ParameterSetMembership set) {
        return set.mandatory() ? "mandatory" : "optional";
    }

    /** Indexes by lower-cased name; the first of two names differing only in case wins (snapshots forbid that). */
    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> name) {
        Map<String, T> map = new TreeMap<>();
        for (T item : items) {
            map.putIfAbsent(name.apply(item).toLowerCase(Locale.ROOT), item);
        }
        return map;
    }
}
