package dev.exobindings.metadata.diff;

import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.ParameterSetMembership;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The set-level rows of one cmdlet present in both snapshots (sets added, removed, renamed; default set), then its
 * parameters through {@link ParameterDiffer} with old set names mapped to new ones, so a renamed set does not also
 * show up as every parameter leaving one set and joining another.
 */
final class CmdletDiffer {
    private final Cmdlet before;
    private final Cmdlet after;
    private final JavaNaming naming;
    private final List<DiffRow> rows;
    /** lower-case old set name → new set name, for sets present on both sides (renamed or not). */
    private final Map<String, String> setMap = new HashMap<>();
    private final Set<String> addedSets = new TreeSet<>();
    private final Set<String> removedSets = new TreeSet<>();

    CmdletDiffer(Cmdlet before, Cmdlet after, JavaNaming naming, List<DiffRow> rows) {
        this.before = before;
        this.after = after;
        this.naming = naming;
        this.rows = rows;
    }

    void compare() {
        sets();
        defaultSet();
        new ParameterDiffer(after.name(), this::mapSet, addedSets, removedSets, rows)
                .compare(before.parameters(), after.parameters());
    }

    /** The new name of an old set, or the old name when the set is gone. */
    String mapSet(String oldSet) {
        return setMap.getOrDefault(oldSet.toLowerCase(Locale.ROOT), oldSet);
    }

    private void sets() {
        Map<String, String> oldSets = folded(before.parameterSets());
        Map<String, String> newSets = folded(after.parameterSets());
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        oldSets.forEach((key, name) -> {
            if (newSets.containsKey(key)) {
                setMap.put(key, newSets.get(key));
            } else {
                removed.add(name);
            }
        });
        newSets.forEach((key, name) -> {
            if (!oldSets.containsKey(key)) {
                added.add(name);
            }
        });
        // a lone set on each side is the same set whatever it is called; otherwise pair by identical members
        if (oldSets.size() == 1 && newSets.size() == 1 && removed.size() == 1) {
            renamed(removed.remove(0), added.remove(0));
        }
        for (String gone : List.copyOf(removed)) {
            String match = uniqueSameShape(gone, added);
            if (match != null) {
                removed.remove(gone);
                added.remove(match);
                renamed(gone, match);
            }
        }
        removed.forEach(s -> removedSets.add(s.toLowerCase(Locale.ROOT)));
        added.forEach(s -> addedSets.add(s.toLowerCase(Locale.ROOT)));
        for (String gone : removed) {
            rows.add(new DiffRow(after.name(), null, gone, ChangeKind.SET_REMOVED, java(before, gone), null, true,
                    "its builder type and entry method disappear"));
        }
        for (String fresh : added) {
            rows.add(new DiffRow(after.name(), null, fresh, ChangeKind.SET_ADDED, null, java(after, fresh), false,
                    "a new builder type and entry method"));
        }
    }

    private void renamed(String oldName, String newName) {
        setMap.put(oldName.toLowerCase(Locale.ROOT), newName);
        String oldType = naming.builderType(before, oldName);
        String newType = naming.builderType(after, newName);
        boolean sameType = oldType != null && oldType.equals(newType);
        rows.add(new DiffRow(after.name(), null, newName, ChangeKind.SET_RENAMED, label(oldName, oldType),
                label(newName, newType), !sameType, sameType ? "the builder type keeps its name"
                : oldType == null ? "the builder type is named after the set" : "the builder type changes name"));
    }

    private void defaultSet() {
        if (before.parameterSets().size() == 1 && after.parameterSets().size() == 1) {
            return; // with one set the default is only a label: the call binds that set either way
        }
        String then = before.defaultParameterSet() == null ? null : mapSet(before.defaultParameterSet());
        String now = after.defaultParameterSet();
        if (!Objects.equals(fold(then), fold(now))) {
            rows.add(new DiffRow(after.name(), null, null, ChangeKind.DEFAULT_SET_CHANGED,
                    before.defaultParameterSet(), now, true,
                    "which entry method is all()/create() and which set a plain call binds may change"));
        }
    }

    /** The one added set whose members (name and mandatory flag) equal those of {@code oldSet}, else null. */
    private String uniqueSameShape(String oldSet, List<String> candidates) {
        Set<String> shape = shape(before, oldSet);
        String match = null;
        for (String candidate : candidates) {
            if (shape(after, candidate).equals(shape)) {
                if (match != null) {
                    return null;
                }
                match = candidate;
            }
        }
        return shape.isEmpty() ? null : match;
    }

    private static Set<String> shape(Cmdlet cmdlet, String set) {
        Set<String> members = new TreeSet<>();
        for (Parameter p : cmdlet.parameters()) {
            for (ParameterSetMembership m : p.sets()) {
                if (m.name().equalsIgnoreCase(set)) {
                    members.add(p.name().toLowerCase(Locale.ROOT) + (m.mandatory() ? "!" : ""));
                }
            }
        }
        return members;
    }

    private String java(Cmdlet cmdlet, String set) {
        return label(set, naming.builderType(cmdlet, set));
    }

    private static String label(String set, String javaType) {
        return javaType == null ? set : set + " (" + javaType + ")";
    }

    private static String fold(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> folded(List<String> names) {
        Map<String, String> map = new TreeMap<>();
        names.forEach(n -> map.putIfAbsent(n.toLowerCase(Locale.ROOT), n));
        return new LinkedHashMap<>(map);
    }
}
