/**
 * Compares two snapshots, one row per difference labelled breaking or not for code using the bindings: cmdlets
 * added, removed or dropped by the service; sets added, removed, renamed (with the builder type), default set;
 * parameters added, removed, renamed; type, mandatory, set membership, enum values, position, pipeline and aliases.
 * Pure functions over the model, deterministic ordering (case-insensitive by name, as PowerShell compares names),
 * plus Markdown and JSON renderers and an exit code for CI.
 *
 * <pre>{@code
 * SnapshotDiff diff = SnapshotDiffer.diff(oldSnapshot, newSnapshot);
 * String markdown = DiffMarkdown.render(diff);
 * String json = DiffJson.render(diff);
 * System.exit(diff.exitCode(true));   // 1 when a row is breaking
 * }</pre>
 */
package dev.exobindings.metadata.diff;
