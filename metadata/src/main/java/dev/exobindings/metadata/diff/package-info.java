/**
 * Compares two snapshots: which cmdlets were added or removed, and per cmdlet which parameters were added,
 * removed, changed type, changed mandatory-ness or moved between parameter sets. Pure functions over the model,
 * deterministic ordering (case-insensitive by name, as PowerShell compares names), plus Markdown and JSON renderers.
 *
 * <pre>{@code
 * SnapshotDiff diff = SnapshotDiffer.diff(oldSnapshot, newSnapshot);
 * String markdown = DiffMarkdown.render(diff);
 * String json = DiffJson.render(diff);
 * }</pre>
 */
package dev.exobindings.metadata.diff;
