package dev.exobindings.metadata.merge;

import dev.exobindings.metadata.model.Cmdlet;
import java.util.List;

/**
 * The merged cmdlets and the report of every conflict found on the way.
 *
 * @param cmdlets merged cmdlets, sorted by name (case-insensitive, then exact)
 * @param report  the conflicts and per-source counts
 */
public record MergeResult(List<Cmdlet> cmdlets, MergeReport report) {
    public MergeResult {
        cmdlets = List.copyOf(cmdlets);
    }
}
