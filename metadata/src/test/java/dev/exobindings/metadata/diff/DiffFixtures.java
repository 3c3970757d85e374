package dev.exobindings.metadata.diff;

import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Header;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.ParameterSetMembership;
import dev.exobindings.metadata.model.Product;
import dev.exobindings.metadata.model.Snapshot;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Small hand-built snapshots for the diff tests. */
final class DiffFixtures {
    private DiffFixtures() {
    }

    static Snapshot snapshot(String name, Cmdlet... cmdlets) {
        return new Snapshot(new Header(1, name, Product.EXCHANGE_ONLINE, "2026-01-01", List.of(), Map.of()),
                Arrays.asList(cmdlets));
    }

    static Cmdlet cmdlet(String name, Parameter... parameters) {
        String[] verbNoun = name.split("-", 2);
        return new Cmdlet(name, verbNoun[0], verbNoun[1], Product.EXCHANGE_ONLINE, null, null, false, List.of(),
                List.of("Identity", "Filter"), Arrays.asList(parameters));
    }

    static Parameter parameter(String name, String type, ParameterSetMembership... sets) {
        return new Parameter(name, type, null, false, false, List.of(), List.of(), null, false, false,
                Arrays.asList(sets));
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
}
