package dev.exobindings.metadata.diff;

import java.util.List;
import java.util.Objects;

/**
 * The parameter changes of one cmdlet present in both snapshots.
 *
 * @param cmdlet  the cmdlet's name
 * @param changes at least one change, ordered by parameter name, then kind, then set
 */
public record CmdletChanges(String cmdlet, List<ParameterChange> changes) {
    public CmdletChanges {
        Objects.requireNonNull(cmdlet, "cmdlet");
        changes = List.copyOf(changes);
    }
}
