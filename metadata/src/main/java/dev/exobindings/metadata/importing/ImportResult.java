package dev.exobindings.metadata.importing;

import dev.exobindings.metadata.merge.MergeReport;
import dev.exobindings.metadata.model.Snapshot;

/**
 * An imported snapshot (already validated) and the report of how its inputs were merged.
 *
 * @param snapshot the snapshot
 * @param report   the merge report (conflicts, single-source cmdlets, importer notes)
 */
public record ImportResult(Snapshot snapshot, MergeReport report) {
}
