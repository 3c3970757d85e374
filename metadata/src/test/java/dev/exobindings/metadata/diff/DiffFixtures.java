package dev.exobindings.metadata.diff;

import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Header;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.ParameterSetMembership;
import dev.exobindings.metadata.model.Product;
import dev.exobindings.metadata.model.Snapshot;
import dev.exobindings.metadata.model.SourceKind;
import dev.exobindings.metadata.model.ValuesOrigin;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small hand-built snapshots for the diff tests. */
final class DiffFixtures {
    private DiffFixtures() {
    }

    static Snapshot snapshot(String name, Cmdlet... cmdlets) {
        return new Snapshot(new Header(1, name, Product.EXCHANGE_ONLINE, "2026-01-01", List.of(), Map.of()),
                Arrays.asList(cmdlets));
    }

    /** A catalog cmdlet whose sets are those its parameters name (Identity when none). */
    static Cmdlet cmdlet(String name, Parameter... parameters) {
        return cmdlet(name, null, List.of(SourceKind.CATALOG), parameters);
    }

    static Cmdlet cmdlet(String name, String defaultSet, List<SourceKind> sources, Parameter... parameters) {
        String[] verbNoun = name.split("-", 2);
        Set<String> sets = new LinkedHashSet<>();
        for (Parameter p : parameters) {
            p.sets().forEach(m -> sets.add(m.name()));
        }
        if (sets.isEmpty()) {
            sets.add("Identity");
        }
        return new Cmdlet(name, verbNoun[0], verbNoun[1], Product.EXCHANGE_ONLINE, defaultSet, null, false, sources,
                List.copyOf(sets), Arrays.asList(parameters));
    }

    static Parameter parameter(String name, String type, ParameterSetMembership... sets) {
        return new Parameter(name, type, null, false, false, List.of(), List.of(), null, false, false,
                Arrays.asList(sets));
    }

    static Parameter aliased(String name, String type, List<String> aliases, ParameterSetMembership... sets) {
        return new Parameter(name, type, null, false, false, aliases, List.of(), null, false, false,
                Arrays.asList(sets));
    }

    static Parameter valued(String name, List<String> values, ParameterSetMembership... sets) {
        return new Parameter(name, name, null, false, false, List.of(), values, ValuesOrigin.VALIDATE_SET, false,
                false, Arrays.asList(sets));
    }

    static Parameter multiValued(String name, String type, String elementType, ParameterSetMembership... sets) {
        return new Parameter(name, type, elementType, true, false, List.of(), List.of(), null, false, false,
                Arrays.asList(sets));
    }

    static ParameterSetMembership mandatoryIn(String set) {
        return new ParameterSetMembership(set, true, null, false, false);
    }

    static ParameterSetMembership optionalIn(String set) {
        return new ParameterSetMembership(set, false, null, false, false);
    }

    static ParameterSetMembership at(String set, Integer position, boolean byValue) {
        return new ParameterSetMembership(set, false, position, byValue, false);
    }
}
