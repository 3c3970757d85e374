package dev.exobindings.metadata.traits;

import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.CmdletTraits;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.RoutingHint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Gives snapshot cmdlets the traits a module-traits table has for them (by case-insensitive name). Cmdlets the table
 * lacks keep unknown traits. A routing parameter is respelled as the cmdlet declares it; one the cmdlet does not
 * declare is a contradiction between the inputs and fails, never guessed.
 */
public final class TraitsAttacher {
    private TraitsAttacher() {
    }

    /**
     * The result of attaching traits.
     *
     * @param cmdlets         the cmdlets, same order, with traits where the table has them
     * @param withTraits      how many cmdlets got traits
     * @param tableOnly       table rows naming no cmdlet of the list (newer or older than the other inputs)
     */
    public record Attached(List<Cmdlet> cmdlets, int withTraits, Set<String> tableOnly) {
        public Attached {
            cmdlets = List.copyOf(cmdlets);
            tableOnly = Set.copyOf(tableOnly);
        }
    }

    /**
     * Attaches {@code table}'s traits to {@code cmdlets}.
     *
     * @param tableName names the table in error messages
     * @throws ModuleTraitsException when a routing parameter is not a parameter of its cmdlet
     */
    public static Attached attach(List<Cmdlet> cmdlets, Map<String, CmdletTraits> table, String tableName) {
        Set<String> unused = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        unused.addAll(table.keySet());
        List<Cmdlet> out = new ArrayList<>(cmdlets.size());
        int attached = 0;
        for (Cmdlet cmdlet : cmdlets) {
            CmdletTraits traits = table.get(cmdlet.name());
            if (traits == null) {
                out.add(cmdlet);
                continue;
            }
            unused.remove(cmdlet.name());
            out.add(cmdlet.withTraits(respell(cmdlet, traits, tableName)));
            attached++;
        }
        return new Attached(out, attached, unused);
    }

    private static CmdletTraits respell(Cmdlet cmdlet, CmdletTraits traits, String tableName) {
        RoutingHint routing = traits.routing();
        if (routing == null) {
            return traits;
        }
        Optional<Parameter> parameter = cmdlet.parameter(routing.parameter());
        if (parameter.isEmpty()) {
            throw new IllegalArgumentException(tableName + ": " + cmdlet.name() + ": routing parameter '"
                    + routing.parameter() + "' is not a parameter of the cmdlet. Fix: correct the table's "
                    + "routingParameter or regenerate the inputs from the same module");
        }
        return new CmdletTraits(traits.supportsShouldProcess(), traits.confirmImpact(), traits.batchable(),
                new RoutingHint(parameter.get().name(), routing.kind()), traits.httpTimeoutSeconds());
    }
}
