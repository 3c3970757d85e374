package dev.exobindings.metadata.diff;

import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.ParameterSetMembership;
import dev.exobindings.metadata.types.DotNetTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The parameter rows of one cmdlet; old set names are mapped to new ones first. Memberships of sets that were added
 * or removed as a whole are covered by the set rows and not repeated per parameter.
 */
final class ParameterDiffer {
    private final String cmdlet;
    private final UnaryOperator<String> mapSet;
    private final Set<String> addedSets;
    private final Set<String> removedSets;
    private final List<DiffRow> rows;

    /**
     * @param addedSets   lower-case names of the sets only the new cmdlet has
     * @param removedSets lower-case names of the sets only the old cmdlet has
     */
    ParameterDiffer(String cmdlet, UnaryOperator<String> mapSet, Set<String> addedSets, Set<String> removedSets,
                    List<DiffRow> rows) {
        this.cmdlet = cmdlet;
        this.mapSet = mapSet;
        this.addedSets = addedSets;
        this.removedSets = removedSets;
        this.rows = rows;
    }

    void compare(List<Parameter> oldParameters, List<Parameter> newParameters) {
        Map<String, Parameter> before = SnapshotDiffer.byKey(oldParameters, Parameter::name);
        Map<String, Parameter> after = SnapshotDiffer.byKey(newParameters, Parameter::name);
        List<Parameter> removed = new ArrayList<>();
        List<Parameter> added = new ArrayList<>();
        before.forEach((key, p) -> {
            if (after.containsKey(key)) {
                changes(p, after.get(key));
            } else {
                removed.add(p);
            }
        });
        after.forEach((key, p) -> {
            if (!before.containsKey(key)) {
                added.add(p);
            }
        });
        for (Parameter gone : List.copyOf(removed)) {
            Parameter successor = successor(gone, added);
            if (successor != null) {
                removed.remove(gone);
                added.remove(successor);
                rows.add(row(successor.name(), ChangeKind.PARAMETER_RENAMED, null, gone.name(), successor.name(), true,
                        "its setter (or entry argument) changes name"));
                changes(gone, successor);
            }
        }
        for (Parameter gone : removed) {
            rows.add(row(gone.name(), ChangeKind.PARAMETER_REMOVED, null, typeOf(gone), null, true,
                    "its setter (or entry argument) disappears"));
        }
        for (Parameter fresh : added) {
            // mandatory only in new sets changes no existing entry method
            boolean mandatory = fresh.sets().stream().anyMatch(m -> m.mandatory() && !isAdded(m.name()));
            rows.add(row(fresh.name(), ChangeKind.PARAMETER_ADDED, null, null, typeOf(fresh), mandatory,
                    mandatory ? "mandatory in an existing set: its entry method takes a new argument"
                            : "a new optional setter (or a parameter of a new set)"));
        }
    }

    /**
     * The added parameter that replaces {@code gone}: one naming the other as an alias, else the only added parameter
     * of the same type and the same set memberships; {@code null} when there is none or it is ambiguous.
     */
    private Parameter successor(Parameter gone, List<Parameter> added) {
        for (Parameter candidate : added) {
            if (hasAlias(candidate, gone.name()) || hasAlias(gone, candidate.name())) {
                return candidate;
            }
        }
        Parameter match = null;
        for (Parameter candidate : added) {
            if (typeOf(candidate).equals(typeOf(gone)) && memberships(candidate, false).equals(memberships(gone, true))) {
                if (match != null) {
                    return null;
                }
                match = candidate;
            }
        }
        return match;
    }

    private void changes(Parameter then, Parameter now) {
        String name = now.name();
        if (!typeOf(then).equals(typeOf(now))) {
            rows.add(row(name, ChangeKind.TYPE_CHANGED, null, typeOf(then), typeOf(now), true,
                    "the setter's Java type may change"));
        }
        Map<String, ParameterSetMembership> oldSets = new TreeMap<>();
        then.sets().forEach(m -> oldSets.putIfAbsent(mapSet.apply(m.name()).toLowerCase(Locale.ROOT), m));
        Map<String, ParameterSetMembership> newSets = SnapshotDiffer.byKey(now.sets(), ParameterSetMembership::name);
        newSets.forEach((key, m) -> {
            ParameterSetMembership old = oldSets.get(key);
            if (old == null && isAdded(key)) {
                return;
            }
            if (old == null) {
                rows.add(row(name, ChangeKind.SET_MEMBERSHIP_CHANGED, m.name(), "not a member", membership(m),
                        m.mandatory(), m.mandatory() ? "mandatory in that set: its entry takes a new argument"
                                : "a new optional setter on that set's builder"));
            } else {
                setFacts(name, m.name(), old, m);
            }
        });
        oldSets.forEach((key, m) -> {
            if (!newSets.containsKey(key) && !removedSets.contains(key)) {
                rows.add(row(name, ChangeKind.SET_MEMBERSHIP_CHANGED, mapSet.apply(m.name()), membership(m),
                        "not a member", true, "the setter disappears from that set's builder"));
            }
        });
        values(name, then, now);
        if (!folded(then.aliases()).equals(folded(now.aliases()))) {
            rows.add(row(name, ChangeKind.ALIAS_CHANGED, null, then.aliases().toString(), now.aliases().toString(),
                    false, "Java calls bind by the parameter's name, never by an alias"));
        }
    }

    private void setFacts(String name, String set, ParameterSetMembership then, ParameterSetMembership now) {
        if (then.mandatory() != now.mandatory()) {
            rows.add(row(name, ChangeKind.MANDATORY_CHANGED, set, mandatory(then), mandatory(now), true,
                    now.mandatory() ? "entry methods take a new argument" : "entry methods lose an argument"));
        }
        if (!java.util.Objects.equals(then.position(), now.position())) {
            rows.add(row(name, ChangeKind.POSITION_CHANGED, set, position(then), position(now), false,
                    "Java calls bind by name, never by position"));
        }
        if (then.valueFromPipeline() != now.valueFromPipeline()
                || then.valueFromPipelineByPropertyName() != now.valueFromPipelineByPropertyName()) {
            rows.add(row(name, ChangeKind.PIPELINE_CHANGED, set, pipeline(then), pipeline(now), false,
                    "Java calls have no pipeline"));
        }
    }

    private void values(String name, Parameter then, Parameter now) {
        Set<String> oldValues = folded(then.allowedValues());
        Set<String> newValues = folded(now.allowedValues());
        for (String value : now.allowedValues()) {
            if (!oldValues.contains(value.toLowerCase(Locale.ROOT))) {
                rows.add(row(name, ChangeKind.ENUM_VALUE_ADDED, null, null, value, false,
                        "a new enum constant; existing constants stay"));
            }
        }
        for (String value : then.allowedValues()) {
            if (!newValues.contains(value.toLowerCase(Locale.ROOT))) {
                rows.add(row(name, ChangeKind.ENUM_VALUE_REMOVED, null, value, null, true,
                        "deletes the Java enum constant"));
            }
        }
    }

    private DiffRow row(String parameter, ChangeKind kind, String set, String before, String after, boolean breaking,
                        String why) {
        return new DiffRow(cmdlet, parameter, set, kind, before, after, breaking, why);
    }

    /**
     * The type as a report shows it, spelling normalised: the declared type, its element type where known, and a
     * multi-value marker when the declared type does not already say so.
     */
    static String typeOf(Parameter parameter) {
        StringBuilder text = new StringBuilder(parameter.type() == null ? "?" : DotNetTypes.canonical(parameter.type()));
        if (parameter.elementType() != null) {
            text.append('<').append(DotNetTypes.canonical(parameter.elementType())).append('>');
        }
        if (parameter.multiValued() && parameter.elementType() == null && !text.toString().endsWith("[]")) {
            text.append(" (multi-valued)");
        }
        return text.toString();
    }

    private Set<String> memberships(Parameter p, boolean old) {
        Set<String> out = new TreeSet<>();
        for (ParameterSetMembership m : p.sets()) {
            out.add((old ? mapSet.apply(m.name()) : m.name()).toLowerCase(Locale.ROOT) + (m.mandatory() ? "!" : ""));
        }
        return out;
    }

    private boolean isAdded(String set) {
        return addedSets.contains(set.toLowerCase(Locale.ROOT));
    }

    private static boolean hasAlias(Parameter p, String name) {
        return p.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(name));
    }

    private static Set<String> folded(List<String> values) {
        Set<String> out = new TreeSet<>();
        values.forEach(v -> out.add(v.toLowerCase(Locale.ROOT)));
        return out;
    }

    private static String membership(ParameterSetMembership set) {
        return "member (" + mandatory(set) + ")";
    }

    private static String mandatory(ParameterSetMembership set) {
        return set.mandatory() ? "mandatory" : "optional";
    }

    private static String position(ParameterSetMembership set) {
        return set.position() == null ? "named" : String.valueOf(set.position());
    }

    private static String pipeline(ParameterSetMembership set) {
        if (set.valueFromPipeline() && set.valueFromPipelineByPropertyName()) {
            return "by value, by property name";
        }
        return set.valueFromPipeline() ? "by value" : set.valueFromPipelineByPropertyName() ? "by property name" : "none";
    }
}
